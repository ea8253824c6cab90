package id.capaian.extract.table;

import java.util.List;

/**
 * Recognises column-index rows printed under a header: {@code 1 | 2 | 3 ...}, {@code (1) ... (12)},
 * {@code 8=(7/6)}, {@code 10 = (5 + 7 + 9)}, {@code (i) ... (iv)}. They number the columns and carry
 * no data, so they are dropped.
 */
public final class IndexRowDetector {
  private IndexRowDetector() {}

  /**
   * True when every non-empty cell is an index token, there are at least three of them, the first
   * is 1 (or i) and they strictly increase.
   */
  public static boolean isIndexRow(List<String> cells) {
    int previous = 0;
    int count = 0;
    for (String cell : cells) {
      if (cell.isEmpty()) {
        continue;
      }
      int value = indexValue(cell);
      if (value <= 0 || value <= previous || count == 0 && value != 1) {
        return false;
      }
      previous = value;
      count++;
    }
    return count >= 3;
  }

  /** The column number a cell stands for, or -1: "7", "(7)", "8=(7/6)", "(iv)". */
  static int indexValue(String cell) {
    String c = cell.strip();
    int n = c.length();
    int i = 0;
    boolean paren = i < n && c.charAt(i) == '(';
    if (paren) {
      i++;
    }
    int start = i;
    int value = 0;
    while (i < n && CellClassifier.isDigit(c.charAt(i)) && i - start < 3) {
      value = value * 10 + (c.charAt(i) - '0');
      i++;
    }
    if (i == start) {
      int end = i;
      while (end < n && "ivxlIVXL".indexOf(c.charAt(end)) >= 0) {
        end++;
      }
      if (end == start || !paren) {
        return -1;
      }
      value = roman(c.substring(start, end));
      i = end;
    }
    if (paren) {
      if (i >= n || c.charAt(i) != ')') {
        return -1;
      }
      i++;
    }
    while (i < n && c.charAt(i) == ' ') {
      i++;
    }
    if (i == n) {
      return value;
    }
    // "8=(7/6)", "10 = (5 + 7 + 9)": a formula over other columns
    if (c.charAt(i) != '=') {
      return -1;
    }
    for (int k = i + 1; k < n; k++) {
      char ch = c.charAt(k);
      if (!CellClassifier.isDigit(ch) && "()+-/x*: ".indexOf(ch) < 0) {
        return -1;
      }
    }
    return value;
  }

  private static int roman(String r) {
    int total = 0;
    int prev = 0;
    for (int i = r.length() - 1; i >= 0; i--) {
      int v =
          switch (Character.toLowerCase(r.charAt(i))) {
            case 'i' -> 1;
            case 'v' -> 5;
            case 'x' -> 10;
            case 'l' -> 50;
            default -> 0;
          };
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }
}
