package id.capaian.extract.table;

import java.util.ArrayList;
import java.util.List;

/** Splits a pipe or tab row into its raw cells, empty cells kept in place. */
public final class RowSplitter {
  private RowSplitter() {}

  /** Cells of a markdown pipe row: outer pipes dropped, escaped pipes ({@code \|}) kept as text. */
  public static List<String> pipe(String line) {
    String t = line.strip();
    int from = t.startsWith("|") ? 1 : 0;
    int to = t.length();
    if (to > from && t.charAt(to - 1) == '|' && (to < 2 || t.charAt(to - 2) != '\\')) {
      to--;
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == '\\' && i + 1 < to && t.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /** Cells of a tab-separated row; a trailing tab gives a trailing empty cell. */
  public static List<String> tab(String line) {
    List<String> cells = new ArrayList<>();
    int start = 0;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      if (line.charAt(i) == '\t') {
        cells.add(line.substring(start, i));
        start = i + 1;
      }
    }
    cells.add(line.substring(start));
    return cells;
  }
}
