package id.capaian.facts.value;

import java.math.BigDecimal;

/**
 * Reads one run of digits and separators ("1.234.567,89", "1,234,567.89", "10.167", "95.000.00")
 * into an exact number, deciding which separator groups thousands and which marks decimals.
 *
 * <p>The rule: when both "." and "," occur, the one printed last (once) is the decimal mark and the
 * other groups thousands; a separator printed several times groups thousands; a lone separator is a
 * decimal mark unless exactly three digits follow it and one to three non-zero-led digits precede it.
 * That last case ({@code 10.167}, {@code 2,100}, {@code 1.050}) is genuinely ambiguous and the caller
 * decides from context ({@link Grouping}).
 */
final class NumberReader {
  private NumberReader() {}

  /** The number may be read in the US convention (decimal point or comma thousands). */
  static final int US = 1;

  /** A lone separator before three digits was read as thousands with no context to confirm it. */
  static final int AMBIGUOUS = 2;

  /** The groups fit no convention; the value is a best-effort guess. */
  static final int MALFORMED = 4;

  /** Not a quantity but a code or date ("2.17.03.2.01", "21.08.2023"); no value. */
  static final int CODE = 8;

  /** How to read a lone separator followed by exactly three digits. */
  enum Grouping {
    DECIMAL,
    THOUSANDS,
    /** No context: read as thousands (what every such number in the corpus is) and flag it. */
    UNKNOWN
  }

  /** A reading: the value (null for a code) and {@link #US}/{@link #AMBIGUOUS}/... bits. */
  record Reading(BigDecimal value, int bits) {
    boolean is(int bit) {
      return (bits & bit) != 0;
    }
  }

  /**
   * Reads {@code s[from, to)}, which holds digits and single "." or "," separators between digits
   * (no sign, no spaces), as the lexer delimits it.
   */
  static Reading read(CharSequence s, int from, int to, Grouping lone) {
    int dots = 0;
    int commas = 0;
    int lastSep = -1;
    int firstSep = -1;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.' || c == ',') {
        if (c == '.') {
          dots++;
        } else {
          commas++;
        }
        if (firstSep < 0) {
          firstSep = i;
        }
        lastSep = i;
      }
    }
    if (lastSep < 0) {
      return new Reading(digits(s, from, to, -1), 0);
    }
    int firstGroup = firstSep - from;
    int lastGroup = to - lastSep - 1;
    char lastChar = s.charAt(lastSep);
    if (dots > 0 && commas > 0) {
      return mixed(s, from, to, lastSep, lastChar, dots, commas);
    }
    int count = dots + commas;
    if (count > 1) {
      return repeated(s, from, to, lastSep, lastChar);
    }
    // One separator.
    boolean leadingZero = s.charAt(from) == '0';
    if (lastGroup != 3 || leadingZero || firstGroup > 3) {
      return new Reading(digits(s, from, to, lastSep), lastChar == '.' ? US : 0);
    }
    boolean decimal = lone == Grouping.DECIMAL;
    int bits = lone == Grouping.UNKNOWN ? AMBIGUOUS : 0;
    if (decimal == (lastChar == '.')) {
      bits |= US; // a decimal point, or comma thousands
    }
    return new Reading(digits(s, from, to, decimal ? lastSep : -1), bits);
  }

  /** Both separators: the last one printed is the decimal mark, if it is printed once. */
  private static Reading mixed(
      CharSequence s, int from, int to, int lastSep, char dec, int dots, int commas) {
    int decCount = dec == '.' ? dots : commas;
    boolean ok = decCount == 1 && groupsOfThree(s, from, lastSep, dec == '.' ? ',' : '.');
    int bits = dec == '.' ? US : 0;
    if (!ok) {
      bits |= MALFORMED;
    }
    return new Reading(digits(s, from, to, lastSep), bits);
  }

  /** One separator printed several times: thousands, when every group after the first has three. */
  private static Reading repeated(CharSequence s, int from, int to, int lastSep, char sep) {
    if (groupsOfThree(s, from, to, sep)) {
      return new Reading(digits(s, from, to, -1), sep == ',' ? US : 0);
    }
    // A middle group that is not three digits long: a code ("2.17.03.2.01") or a date, not a number.
    int groupStart = -1;
    for (int i = from; i <= lastSep; i++) {
      if (s.charAt(i) == sep) {
        if (groupStart >= 0 && i - groupStart != 3) {
          return new Reading(null, CODE);
        }
        groupStart = i + 1;
      }
    }
    // Only the ends are off ("95.000.00"): best effort reads the last separator as a decimal mark
    // when one or two digits follow it, as a thousands separator otherwise.
    int lastGroup = to - lastSep - 1;
    int decimalAt = lastGroup <= 2 ? lastSep : -1;
    return new Reading(digits(s, from, to, decimalAt), MALFORMED);
  }

  /**
   * Whether {@code s[from, to)} is 1-3 digits then groups of exactly three, each after {@code sep};
   * characters other than digits and {@code sep} must not occur.
   */
  private static boolean groupsOfThree(CharSequence s, int from, int to, char sep) {
    int run = 0;
    boolean first = true;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == sep) {
        if (first ? run < 1 || run > 3 : run != 3) {
          return false;
        }
        first = false;
        run = 0;
      } else if (c >= '0' && c <= '9') {
        run++;
      } else {
        return false;
      }
    }
    return first ? run >= 1 : run == 3;
  }

  /** The digits of {@code s[from, to)} as an exact number, the separator at {@code decimalAt}
   * (or none, -1) as the decimal mark and every other separator ignored. */
  static BigDecimal digits(CharSequence s, int from, int to, int decimalAt) {
    long unscaled = 0;
    int count = 0;
    int scale = 0;
    boolean overflow = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (count < 18) {
          unscaled = unscaled * 10 + (c - '0');
        } else {
          overflow = true;
        }
        if (unscaled > 0 || count > 0) {
          count++;
        }
        if (decimalAt >= 0 && i > decimalAt) {
          scale++;
        }
      }
    }
    if (!overflow) {
      return BigDecimal.valueOf(unscaled, scale);
    }
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append(c);
      } else if (i == decimalAt) {
        sb.append('.');
      }
    }
    return new BigDecimal(sb.toString());
  }
}
