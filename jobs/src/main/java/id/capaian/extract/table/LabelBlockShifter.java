package id.capaian.extract.table;

import java.util.List;

/**
 * A row whose label block (code, name, indicator) was printed some cells to the left of the table's
 * code column, while its values stand under their own headers ("1.2.11.01.02.005 | Pengadaan ... |
 * indikator | | | | | 1 unit | 130.000.000 ..." where Tujuan, Sasaran, Strategi, Arah come first):
 * the block is moved right, as a whole, so the code stands in the code column and the name and the
 * indicator beside it. Placed by content, never by position: the row's first cell must be a code left
 * of the code column, and every cell the block moves onto that is not its own must be empty, else the
 * row stays as printed.
 */
final class LabelBlockShifter {
  private LabelBlockShifter() {}

  /** Shifts every row of the table that needs it; returns how many moved. */
  static int shift(List<WorkRow> rows, int codeCol) {
    int moved = 0;
    if (codeCol <= 0) {
      return moved;
    }
    for (WorkRow row : rows) {
      if (shift(row, codeCol)) {
        moved++;
      }
    }
    return moved;
  }

  static boolean shift(WorkRow row, int codeCol) {
    int start = -1;
    for (int c = 0; c < codeCol; c++) {
      if (!row.text(c).isEmpty()) {
        start = CellClassifier.classify(row.text(c)) == CellKind.CODE ? c : -1;
        break;
      }
    }
    if (start < 0) {
      return false;
    }
    int by = codeCol - start;
    int end = start + 1; // exclusive: the code, then the words that follow it
    while (end < row.size() && CellClassifier.classify(row.text(end)) == CellKind.TEXT) {
      end++;
    }
    for (int c = Math.max(end, start + by); c < end + by; c++) {
      if (!row.text(c).isEmpty()) {
        return false;
      }
    }
    while (row.texts.size() < end + by) {
      row.texts.add("");
    }
    while (row.cellLines.size() < row.texts.size()) {
      row.cellLines.add(row.line);
    }
    for (int c = end - 1; c >= start; c--) {
      row.texts.set(c + by, row.texts.get(c));
      row.cellLines.set(c + by, row.cellLines.get(c));
      row.texts.set(c, "");
    }
    if (row.codeCell == start) {
      row.codeCell = codeCol;
    }
    return true;
  }
}
