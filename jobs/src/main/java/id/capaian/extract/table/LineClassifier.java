package id.capaian.extract.table;

/**
 * Says what one physical line is, by scanning its characters once (no regex: this runs on every
 * line of every document).
 */
public final class LineClassifier {
  private LineClassifier() {}

  /** The shape of a line. */
  public enum Kind {
    /** Empty, or only spaces and tabs: a paragraph or page break. */
    BLANK,
    /** A markdown pipe row or rule ({@code | a | b |}, {@code |---|---|}). */
    PIPE,
    /** A tab-separated row (at least one tab and some text). */
    TAB,
    /** Anything else: prose, headings, captions, page furniture. */
    TEXT
  }

  public static Kind classify(String line) {
    int n = line.length();
    int i = 0;
    boolean tab = false;
    while (i < n && isSpace(line.charAt(i))) {
      tab |= line.charAt(i) == '\t';
      i++;
    }
    if (i == n) {
      return Kind.BLANK;
    }
    if (line.charAt(i) == '|' && line.indexOf('|', i + 1) > 0) {
      return Kind.PIPE;
    }
    return tab || line.indexOf('\t', i) >= 0 ? Kind.TAB : Kind.TEXT;
  }

  /**
   * A rule row: every non-empty cell is made of dashes (two or more), colons, equals signs or
   * spaces, and there is at least one such cell. A single "-" is a missing value, not a rule.
   */
  public static boolean isRule(java.util.List<String> cells) {
    boolean any = false;
    for (String cell : cells) {
      String c = cell.trim();
      if (c.isEmpty()) {
        continue;
      }
      int dashes = 0;
      for (int k = 0; k < c.length(); k++) {
        char ch = c.charAt(k);
        if (ch == '-') {
          dashes++;
        } else if (ch != ':' && ch != '=' && ch != ' ' && ch != '|') {
          return false;
        }
      }
      if (dashes < 2) {
        return false;
      }
      any = true;
    }
    return any;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0' || c == '\f';
  }
}
