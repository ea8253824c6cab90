package id.capaian.facts.value;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cell or sentence into the tokens the value grammar needs, by hand (no regular expressions:
 * this runs on every cell of every document). Markup that wraps numbers ({@code **12,5**},
 * {@code <b>78,5%</b>}, LaTeX {@code $}) is skipped as if it were not there.
 */
final class Lexer {
  private Lexer() {}

  enum Type {
    /** Digits with "." / "," separators between digits, with its sign when one is printed. */
    NUM,
    /** "%", "persen". */
    PCT,
    /** "Rp", "Rp.", "RP", "IDR", "rupiah". */
    RP,
    /** "ribu", "juta", "miliar", "triliun" (aux: the power of ten). */
    SCALE,
    /** A run of letters, with inner "/", "-", "." or "&amp;" between letters ("Org/bln"). */
    WORD,
    /** "-", "NA", "N/A", "Nihil". */
    MISSING,
    LPAREN,
    RPAREN,
    /** A range dash: "-", "–", "—", "~", "s/d", "s.d.", "sampai", "hingga". */
    DASH,
    /** A list separator: ";", ",", "|", "/", "dan", "atau" (aux 1 for "/"). */
    SEP,
    /** A comparator (aux: 1 lt, 2 le, 3 gt, 4 ge, 5 eq, 6 approximately "±"). */
    CMP,
    /** "." or ":" or quotes on their own: sentence punctuation. */
    PUNCT,
    /** "…" or "...". */
    ELLIPSIS,
    /** Anything else ("√", "½", "+"). */
    OTHER
  }

  /**
   * One token. For NUM, {@code [digitsFrom, digitsEnd)} holds the digits (no sign, no ",-" suffix),
   * {@code negative} tells the sign and aux is 1 when a Rupiah suffix ",-" followed; {@code spaceBefore} tells whether whitespace preceded it.
   */
  static final class Token {
    final Type type;
    final int start;
    final int end;
    final int aux;
    final int digitsFrom;
    final int digitsEnd;
    final boolean negative;
    final boolean spaceBefore;

    Token(Type type, int start, int end, int aux, int digitsFrom, boolean negative, boolean space) {
      this(type, start, end, aux, digitsFrom, end, negative, space);
    }

    Token(
        Type type,
        int start,
        int end,
        int aux,
        int digitsFrom,
        int digitsEnd,
        boolean negative,
        boolean space) {
      this.type = type;
      this.start = start;
      this.end = end;
      this.aux = aux;
      this.digitsFrom = digitsFrom;
      this.digitsEnd = digitsEnd;
      this.negative = negative;
      this.spaceBefore = space;
    }

    String text(String s) {
      return s.substring(start, end);
    }

    @Override
    public String toString() {
      return type + "[" + start + "," + end + ")";
    }
  }

  static List<Token> lex(String s) {
    List<Token> out = new ArrayList<>(8);
    int n = s.length();
    int i = 0;
    boolean space = true;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
        space = true;
        i++;
        continue;
      }
      if (c == '*' || c == '`' || c == '$' || c == '_' || c == '\\') {
        i++; // emphasis and LaTeX markers are transparent
        continue;
      }
      if (c == '<') {
        int tagEnd = markupTagEnd(s, i);
        if (tagEnd > 0) {
          i = tagEnd;
          continue;
        }
      }
      Token prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (c >= '0' && c <= '9') {
        i = number(s, i, i, false, space, out);
      } else if ((c == '-' || c == '\u2212' || c == '+')
          && i + 1 < n
          && isDigit(s.charAt(i + 1))
          && signContext(s, i, prev, space, c)) {
        i = number(s, i, i + 1, c != '+', space, out);
      } else if (Character.isLetter(c)) {
        i = word(s, i, space, out);
      } else {
        i = symbol(s, i, c, prev, space, out);
      }
      space = false;
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether a "-" before a digit is a minus sign rather than a range dash: it is a sign at the start,
   * after a bracket, separator, comparator or Rp, or after a word that is not a unit ("sebesar -75");
   * it is a dash between two numbers ("0-500", "2021 -2024", "2% -3%").
   */
  private static boolean signContext(String s, int i, Token prev, boolean space, char c) {
    if (c == '\u2212' || prev == null) {
      return true;
    }
    return switch (prev.type) {
      case LPAREN, SEP, CMP, RP, MISSING, PUNCT -> true;
      case WORD ->
          space && !UnitWords.isKnown(s.substring(prev.start, prev.end).toLowerCase());
      default -> false;
    };
  }

  private static int number(
      String s, int start, int digitsFrom, boolean negative, boolean space, List<Token> out) {
    int n = s.length();
    int i = digitsFrom;
    while (i < n) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        i++;
      } else if ((c == '.' || c == ',') && i + 1 < n && isDigit(s.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    int digitsEnd = i;
    int suffix = 0;
    // The Rupiah suffixes ",-" and ".-" (and a doubled dash) belong to the number and say it is an
    // amount; aux 1 marks them.
    if (i + 1 < n && (s.charAt(i) == ',' || s.charAt(i) == '.') && isDash(s.charAt(i + 1))) {
      i += 2;
      while (i < n && isDash(s.charAt(i))) {
        i++;
      }
      suffix = 1;
    }
    out.add(new Token(Type.NUM, start, i, suffix, digitsFrom, digitsEnd, negative, space));
    return i;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014';
  }

  private static int word(String s, int start, boolean space, List<Token> out) {
    int n = s.length();
    int i = start + 1;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        i++;
      } else if ((c == '/' || c == '-' || c == '.' || c == '&' || c == '\'')
          && i + 1 < n
          && Character.isLetter(s.charAt(i + 1))
          && !isRp(s, start, i)) {
        i++;
      } else {
        break;
      }
    }
    int len = i - start;
    Type type = Type.WORD;
    int aux = 0;
    if (isRp(s, start, i) || eq(s, start, len, "idr") || eq(s, start, len, "rupiah")) {
      type = Type.RP;
      if (i < n && s.charAt(i) == '.') {
        i++; // "Rp." — the dot is part of the marker, also in "Rp.18.852.082.292"
      }
    } else if (eq(s, start, len, "persen")
        || eq(s, start, len, "prosen")
        || eq(s, start, len, "percent")) {
      type = Type.PCT;
    } else if ((aux = scale(s, start, len)) > 0) {
      type = Type.SCALE;
    } else if (eq(s, start, len, "na")
        || eq(s, start, len, "n/a")
        || eq(s, start, len, "n.a")
        || eq(s, start, len, "nihil")
        || eq(s, start, len, "nil")) {
      type = Type.MISSING;
      if (i < n && s.charAt(i) == '.' && len == 3) {
        i++; // "n.a."
      }
    } else if (eq(s, start, len, "s/d")
        || eq(s, start, len, "s.d")
        || eq(s, start, len, "sd")
        || eq(s, start, len, "sampai")
        || eq(s, start, len, "hingga")) {
      type = Type.DASH;
      if (i < n && s.charAt(i) == '.') {
        i++;
      }
    } else if (eq(s, start, len, "dan") || eq(s, start, len, "atau")) {
      type = Type.SEP;
    }
    out.add(new Token(type, start, i, aux, start, false, space));
    return i;
  }

  private static boolean isRp(String s, int start, int end) {
    return end - start == 2
        && (s.charAt(start) == 'R' || s.charAt(start) == 'r')
        && (s.charAt(start + 1) == 'p' || s.charAt(start + 1) == 'P');
  }

  private static int scale(String s, int start, int len) {
    if (eq(s, start, len, "ribu") || eq(s, start, len, "rb")) {
      return 3;
    }
    if (eq(s, start, len, "juta") || eq(s, start, len, "jt")) {
      return 6;
    }
    if (eq(s, start, len, "miliar") || eq(s, start, len, "milyar") || eq(s, start, len, "milliar")) {
      return 9;
    }
    if (eq(s, start, len, "triliun") || eq(s, start, len, "trilyun")) {
      return 12;
    }
    return 0;
  }

  /** Case-insensitive equality of {@code s[start, start+len)} with a lower-case word. */
  static boolean eq(String s, int start, int len, String lower) {
    return len == lower.length() && s.regionMatches(true, start, lower, 0, len);
  }

  private static int symbol(String s, int i, char c, Token prev, boolean space, List<Token> out) {
    int n = s.length();
    Type type;
    int aux = 0;
    int end = i + 1;
    switch (c) {
      case '%', '\uFF05' -> type = Type.PCT;
      case '(', '[' -> type = Type.LPAREN;
      case ')', ']' -> type = Type.RPAREN;
      case ';', '|' -> type = Type.SEP;
      case '/' -> {
        type = Type.SEP;
        aux = 1;
      }
      case ',' -> type = Type.SEP;
      case '-', '\u2013', '\u2014', '~', '\u2212' -> {
        type = Type.DASH;
        while (end < n && isDash(s.charAt(end))) {
          end++;
        }
      }
      case '<' -> {
        type = Type.CMP;
        aux = 1;
        if (end < n && s.charAt(end) == '=') {
          aux = 2;
          end++;
        }
      }
      case '>' -> {
        type = Type.CMP;
        aux = 3;
        if (end < n && s.charAt(end) == '=') {
          aux = 4;
          end++;
        }
      }
      case '\u2264' -> {
        type = Type.CMP;
        aux = 2;
      }
      case '\u2265' -> {
        type = Type.CMP;
        aux = 4;
      }
      case '=' -> {
        type = Type.CMP;
        aux = 5;
      }
      case '\u00B1' -> {
        type = Type.CMP;
        aux = 6;
      }
      case '\u2026' -> type = Type.ELLIPSIS;
      case '.' -> {
        if (end + 1 < n && s.charAt(end) == '.' && s.charAt(end + 1) == '.') {
          type = Type.ELLIPSIS;
          end += 2;
        } else {
          type = Type.PUNCT;
        }
      }
      case ':', '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '!', '?' -> type = Type.PUNCT;
      default -> type = Type.OTHER;
    }
    out.add(new Token(type, i, end, aux, i, false, space));
    return end;
  }

  /** The end of an HTML tag such as {@code <b>}, {@code </i>}, {@code <br/>} at i, or -1. */
  private static int markupTagEnd(String s, int i) {
    int n = s.length();
    int j = i + 1;
    if (j < n && s.charAt(j) == '/') {
      j++;
    }
    int letters = 0;
    while (j < n && Character.isLetter(s.charAt(j)) && letters < 8) {
      j++;
      letters++;
    }
    if (letters == 0) {
      return -1;
    }
    while (j < n && s.charAt(j) == ' ') {
      j++;
    }
    if (j < n && s.charAt(j) == '/') {
      j++;
    }
    return j < n && s.charAt(j) == '>' ? j + 1 : -1;
  }
}
