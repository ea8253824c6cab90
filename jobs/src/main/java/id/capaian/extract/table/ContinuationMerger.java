package id.capaian.extract.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds continuation rows into the row they belong to, once rows sit on the table's columns:
 *
 * <ul>
 *   <li>a cell split across a page break: a row opening a page segment with labels only, each under
 *       a label of the row above, continues those labels (an indicator or name wrapped onto the
 *       next page);
 *   <li>a code printed on a row of its own goes down to the unlabelled row that names it;
 *   <li>a name fragment with no code and no values that precedes its coded row goes down into it.
 * </ul>
 *
 * Rows with values of their own (a second indicator of the row above) stay rows.
 */
public final class ContinuationMerger {
  private ContinuationMerger() {}

  static List<WorkRow> merge(List<WorkRow> rows, int codeCol) {
    List<WorkRow> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      WorkRow row = rows.get(i);
      WorkRow prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && row.afterBreak && continuesAbove(row, prev)) {
        for (int c = 0; c < row.size(); c++) {
          if (!row.text(c).isEmpty()) {
            prev.appendTo(c, row.text(c));
          }
        }
        prev.addLines(row.lines);
        continue;
      }
      WorkRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
      if (next != null && codeCol >= 0 && (isCodeOnly(row, codeCol) && namesBelow(next, codeCol)
          || isFragmentOf(row, next, codeCol))) {
        for (int c = 0; c < row.size(); c++) {
          if (!row.text(c).isEmpty()) {
            next.texts.set(c, row.text(c));
            next.cellLines.set(c, row.cellLines.get(c));
          }
        }
        next.addLines(row.lines);
        next.afterBreak |= row.afterBreak;
        continue;
      }
      out.add(row);
    }
    for (int r = 0; r < out.size(); r++) {
      out.get(r).lines.sort(null);
    }
    return out;
  }

  /** Labels only, each under a label of the row above; not a lone section label in column 0. */
  static boolean continuesAbove(WorkRow row, WorkRow prev) {
    int labels = 0;
    for (int c = 0; c < row.size(); c++) {
      String t = row.text(c);
      if (t.isEmpty()) {
        continue;
      }
      if (row.kind(c) != CellKind.TEXT || prev.kind(c) != CellKind.TEXT) {
        return false;
      }
      if (t.endsWith(":")) {
        return false; // "Rincian :", "Sasaran:": a marker that opens rows, never a tail
      }
      labels++;
    }
    if (labels == 0) {
      return false;
    }
    return !(labels == 1 && !row.text(0).isEmpty() && row.size() >= 3);
  }

  private static boolean isCodeOnly(WorkRow row, int codeCol) {
    return row.nonEmpty() == 1 && row.kind(codeCol) == CellKind.CODE;
  }

  private static boolean namesBelow(WorkRow next, int codeCol) {
    if (!next.text(codeCol).isEmpty()) {
      return false;
    }
    for (int c = 0; c < next.size(); c++) {
      if (c != codeCol && next.kind(c) == CellKind.TEXT) {
        return true;
      }
    }
    return false;
  }

  /** A row with labels only, no code, whose labels fill empty cells of the coded row below it. */
  private static boolean isFragmentOf(WorkRow row, WorkRow next, int codeCol) {
    if (!row.text(codeCol).isEmpty() || next.kind(codeCol) != CellKind.CODE || row.nonEmpty() == 0) {
      return false;
    }
    for (int c = 0; c < row.size(); c++) {
      if (row.text(c).isEmpty()) {
        continue;
      }
      if (row.kind(c) != CellKind.TEXT || !next.text(c).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
