package id.capaian.extract;

/**
 * Whitespace folding for the text rules of extraction and facts, which run it on every line, cell
 * and header: a loop is several times cheaper than the regex it replaces and gives the same string.
 */
public final class Whitespace {
  private Whitespace() {}

  /** {@code \s+} to one space, as {@code s.replaceAll("\\s+", " ")} gives, without a regex. */
  public static String collapse(String s) {
    int n = s.length();
    StringBuilder sb = null;
    int copied = 0; // s[0, copied) is in sb already
    int i = 0;
    while (i < n) {
      if (!isRegexSpace(s.charAt(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && isRegexSpace(s.charAt(end))) {
        end++;
      }
      if (end - i > 1 || s.charAt(i) != ' ') {
        // A run other than one plain space: copy what precedes it, then a single space.
        if (sb == null) {
          sb = new StringBuilder(n);
        }
        sb.append(s, copied, i).append(' ');
        copied = end;
      }
      i = end;
    }
    return sb == null ? s : sb.append(s, copied, n).toString();
  }

  /** The characters of the regex class {@code \s}: space, and \t \n \x0B \f \r (9 to 13). */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }
}
