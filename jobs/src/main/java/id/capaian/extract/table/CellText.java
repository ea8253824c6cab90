package id.capaian.extract.table;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reduces a raw cell to its plain text: HTML tags ({@code <i> <b> <ol> <p> <hr/>} ...) and entities,
 * LaTeX math ({@code $...$}, {@code $$...$$}) and markdown emphasis become text; whitespace is
 * collapsed. One pass per construct, no regex.
 */
public final class CellText {
  private CellText() {}

  /** Tags that separate words (block level); inline ones like {@code <i>} just vanish. */
  private static final Set<String> BLOCK_TAGS =
      Set.of("p", "br", "hr", "ol", "ul", "li", "div", "tr", "td", "th", "table", "h1", "h2", "h3");

  private static final Map<String, String> LATEX_SYMBOLS =
      Map.ofEntries(
          Map.entry("times", "×"),
          Map.entry("cdot", "·"),
          Map.entry("sum", "Σ"),
          Map.entry("le", "≤"),
          Map.entry("leq", "≤"),
          Map.entry("ge", "≥"),
          Map.entry("geq", "≥"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("div", "÷"),
          Map.entry("pm", "±"),
          Map.entry("neq", "≠"),
          Map.entry("approx", "≈"),
          Map.entry("infty", "∞"));

  public static String clean(String raw) {
    if (raw.isEmpty()) {
      return raw;
    }
    String s = raw;
    if (s.indexOf('<') >= 0) {
      s = stripTags(s);
    }
    if (s.indexOf('&') >= 0) {
      s = entities(s);
    }
    if (s.indexOf('$') >= 0) {
      s = math(s);
    }
    if (s.indexOf('*') >= 0 || s.indexOf('\\') >= 0 || s.indexOf("__") >= 0) {
      s = markdown(s);
    }
    return collapse(s);
  }

  private static String stripTags(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '<' && i + 1 < n && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/')) {
        int end = s.indexOf('>', i + 1);
        if (end > 0) {
          int nameStart = s.charAt(i + 1) == '/' ? i + 2 : i + 1;
          int nameEnd = nameStart;
          while (nameEnd < end && Character.isLetterOrDigit(s.charAt(nameEnd))) {
            nameEnd++;
          }
          String name = s.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
          out.append(BLOCK_TAGS.contains(name) ? " " : "");
          i = end + 1;
          continue;
        }
      }
      // Copy the text up to the next '<' in one go (a cell of an HTML table is mostly text).
      int next = s.indexOf('<', i + 1);
      int upTo = next < 0 ? n : next;
      out.append(s, i, upTo);
      i = upTo;
    }
    return out.toString();
  }

  private static String entities(String s) {
    return s.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** Replaces each balanced $..$ or $$..$$ span by the text of its formula. */
  private static String math(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '$' && (i == 0 || s.charAt(i - 1) != '\\')) {
        int width = i + 1 < n && s.charAt(i + 1) == '$' ? 2 : 1;
        int close = s.indexOf(width == 2 ? "$$" : "$", i + width);
        if (close > 0) {
          out.append(tidyBrackets(latex(s.substring(i + width, close))));
          i = close + width;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** Symbols are padded with spaces; none belong just inside brackets. */
  private static String tidyBrackets(String f) {
    return collapse(f).replace("( ", "(").replace(" )", ")");
  }

  /** The readable text of a LaTeX formula: commands to symbols, \frac{a}{b} to a/b, braces gone. */
  static String latex(String f) {
    StringBuilder out = new StringBuilder(f.length());
    int n = f.length();
    int i = 0;
    while (i < n) {
      char c = f.charAt(i);
      if (c == '\\' && i + 1 < n) {
        char next = f.charAt(i + 1);
        if (!Character.isLetter(next)) {
          // \% \, \; \{ \} \$ : escaped character or spacing
          out.append(next == ',' || next == ';' || next == ' ' || next == '!' ? ' ' : next);
          i += 2;
          continue;
        }
        int j = i + 1;
        while (j < n && Character.isLetter(f.charAt(j))) {
          j++;
        }
        String cmd = f.substring(i + 1, j);
        i = j;
        if (cmd.equals("frac") || cmd.equals("dfrac") || cmd.equals("tfrac")) {
          int[] num = group(f, i);
          int[] den = num == null ? null : group(f, num[1]);
          if (den != null) {
            out.append(latex(f.substring(num[0], num[1] - 1)))
                .append(" / ")
                .append(latex(f.substring(den[0], den[1] - 1)));
            i = den[1];
          }
        } else if (LATEX_SYMBOLS.containsKey(cmd)) {
          out.append(' ').append(LATEX_SYMBOLS.get(cmd)).append(' ');
        } else if (cmd.equals("left") || cmd.equals("right") || cmd.equals("text")
            || cmd.equals("mathrm") || cmd.equals("textbf") || cmd.equals("mathbf")
            || cmd.equals("textit") || cmd.equals("operatorname") || cmd.equals("quad")
            || cmd.equals("qquad")) {
          out.append(cmd.endsWith("quad") ? " " : "");
        } else {
          out.append(cmd);
        }
        continue;
      }
      if (c != '{' && c != '}') {
        out.append(c);
      }
      i++;
    }
    return out.toString();
  }

  /** The braced group starting at or after {@code from}: {start of content, index after '}'}. */
  private static int[] group(String f, int from) {
    int i = from;
    while (i < f.length() && f.charAt(i) == ' ') {
      i++;
    }
    if (i >= f.length() || f.charAt(i) != '{') {
      return null;
    }
    int depth = 0;
    for (int j = i; j < f.length(); j++) {
      if (f.charAt(j) == '{') {
        depth++;
      } else if (f.charAt(j) == '}' && --depth == 0) {
        return new int[] {i + 1, j + 1};
      }
    }
    return null;
  }

  /** Drops emphasis markers (** and __) and unescapes \* \_ \# \[ \]. */
  private static String markdown(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < n && "*_#[]()|`".indexOf(s.charAt(i + 1)) >= 0) {
        out.append(s.charAt(i + 1));
        i++;
      } else if ((c == '*' || c == '_') && i + 1 < n && s.charAt(i + 1) == c) {
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Trims and turns every run of whitespace into one space; returns s itself when already clean. */
  static String collapse(String s) {
    int n = s.length();
    if (n > 0 && !isWs(s.charAt(0)) && !isWs(s.charAt(n - 1))) {
      boolean clean = true;
      for (int i = 0; i < n && clean; i++) {
        char c = s.charAt(i);
        clean = c == ' ' ? !isWs(s.charAt(i + 1)) : !isWs(c);
      }
      if (clean) {
        return s;
      }
    }
    StringBuilder out = new StringBuilder(n);
    boolean pending = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isWs(c)) {
        pending = out.length() > 0;
      } else {
        if (pending) {
          out.append(' ');
          pending = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isWs(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0' || c == '\n' || c == '\r' || c == '\f';
  }
}
