package id.capaian.extract.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A row while a table is being rebuilt: cleaned cell texts, the source line of each cell (a merged
 * cell keeps the line its text started on) and every source line folded into the row.
 */
final class WorkRow {
  final int line;
  final List<String> texts;
  final List<Integer> cellLines;
  final List<Integer> lines = new ArrayList<>();
  /** The row opens a page segment: a blank line, page furniture or a repeated header precede it. */
  boolean afterBreak;
  /** Index of a cell known to hold an account code (joined from fragments), or -1. */
  int codeCell = -1;
  /** Where realignment put each printed cell (column, or -1); null before realignment. */
  int[] placedAt;

  WorkRow(int line, List<String> texts) {
    this.line = line;
    this.texts = new ArrayList<>(texts);
    this.cellLines = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      cellLines.add(line);
    }
    lines.add(line);
  }

  WorkRow(int line, List<String> texts, List<Integer> cellLines, List<Integer> lines, boolean afterBreak) {
    this.line = line;
    this.texts = new ArrayList<>(texts);
    this.cellLines = new ArrayList<>(cellLines);
    this.lines.addAll(lines);
    this.afterBreak = afterBreak;
  }

  int size() {
    return texts.size();
  }

  String text(int col) {
    return col < texts.size() ? texts.get(col) : "";
  }

  CellKind kind(int col) {
    String t = text(col);
    if (col == codeCell && !t.isEmpty()) {
      return CellKind.CODE;
    }
    return CellClassifier.classify(t);
  }

  /** Index after the last non-empty cell. */
  int width() {
    for (int i = texts.size() - 1; i >= 0; i--) {
      if (!texts.get(i).isEmpty()) {
        return i + 1;
      }
    }
    return 0;
  }

  int nonEmpty() {
    int count = 0;
    for (String t : texts) {
      if (!t.isEmpty()) {
        count++;
      }
    }
    return count;
  }

  boolean isEmpty() {
    return width() == 0;
  }

  /** Appends another row's text to one cell (a cell continued on a later line). */
  void appendTo(int col, String more) {
    String current = texts.get(col);
    if (current.isEmpty()) {
      texts.set(col, more);
      return;
    }
    boolean hyphen = current.endsWith("-") && !more.isEmpty() && Character.isLowerCase(more.charAt(0));
    texts.set(col, hyphen ? current.substring(0, current.length() - 1) + more : current + " " + more);
  }

  void addLines(List<Integer> more) {
    for (Integer l : more) {
      if (!lines.contains(l)) {
        lines.add(l);
      }
    }
    lines.sort(null);
  }

  @Override
  public String toString() {
    return line + ":" + texts;
  }
}
