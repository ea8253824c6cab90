package id.capaian.extract.table;

/**
 * Classifies a cleaned cell by its shape ({@link CellKind}) in one scan. Used to tell headers from
 * data, to realign drifting rows by content and to recognise code fragments.
 */
public final class CellClassifier {
  private CellClassifier() {}

  public static CellKind classify(String s) {
    int n = s.length();
    if (n == 0) {
      return CellKind.EMPTY;
    }
    if (isDash(s)) {
      return CellKind.DASH;
    }
    if (isSpacedCode(s) || isLetterCode(s)) {
      return CellKind.CODE;
    }
    int i = 0;
    boolean rp = false;
    if (n >= 2 && (s.charAt(0) == 'R' || s.charAt(0) == 'r') && (s.charAt(1) == 'p' || s.charAt(1) == 'P')
        && (n == 2 || !Character.isLetter(s.charAt(2)))) {
      rp = true;
      i = 2;
      if (i < n && s.charAt(i) == '.') {
        i++;
      }
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
      if (i == n || isDash(s.substring(i))) {
        return CellKind.DASH;
      }
    }
    if (i < n && (s.charAt(i) == '<' || s.charAt(i) == '>' || s.charAt(i) == '≤' || s.charAt(i) == '≥')) {
      i++;
      if (i < n && s.charAt(i) == '=') {
        i++;
      }
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
    }
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+') && i + 1 < n && isDigit(s.charAt(i + 1))) {
      i++;
    }
    int start = i;
    int groups = 0;
    int dots = 0;
    int commas = 0;
    boolean threeDigitTail = true;
    int tailGroupsOfThree = 0;
    int firstGroupLen = 0;
    int groupLen = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        groupLen++;
        i++;
      } else if ((c == '.' || c == ',') && groupLen > 0 && i + 1 < n && isDigit(s.charAt(i + 1))) {
        if (groups == 0) {
          firstGroupLen = groupLen;
        } else if (groupLen != 3) {
          threeDigitTail = false;
        } else {
          tailGroupsOfThree++;
        }
        groups++;
        groupLen = 0;
        if (c == '.') {
          dots++;
        } else {
          commas++;
        }
        i++;
      } else {
        break;
      }
    }
    if (i == start) {
      return CellKind.TEXT;
    }
    if (groups == 0) {
      firstGroupLen = groupLen;
    } else if (groupLen != 3) {
      threeDigitTail = false;
    } else {
      tailGroupsOfThree++;
    }
    groups++;
    int afterNumber = i;
    // Dotted numbers whose groups are mostly not thousands ("2.17.03.2.01") are codes.
    boolean codeLike = dots >= 2 && commas == 0 && tailGroupsOfThree * 2 < groups - 1;
    // A trailing "." after digits ("1.", "12.") is an ordinal.
    if (i < n && s.charAt(i) == '.' && (i + 1 == n)) {
      i++;
    }
    while (i < n && s.charAt(i) == ' ') {
      i++;
    }
    boolean rest = i < n;
    boolean mixedSeparators = dots > 0 && commas > 0;
    boolean grouped = groups >= 3 && firstGroupLen <= 3
        && (threeDigitTail || !mixedSeparators && tailGroupsOfThree * 2 >= groups - 1);
    if (!rest || isAmountSuffix(s, i)) {
      if (codeLike) {
        return CellKind.CODE;
      }
      if (rp || grouped || isAmountSuffix(s, i) && groups >= 2) {
        return CellKind.AMOUNT;
      }
      return CellKind.NUMBER;
    }
    char next = s.charAt(i);
    if (next == '%' || startsWithWord(s, i, "persen")) {
      return CellKind.PERCENT;
    }
    if (rp) {
      return CellKind.AMOUNT;
    }
    if (codeLike && afterNumber == i) {
      return CellKind.CODE;
    }
    if (Character.isLetter(next) || next == '(' || next == '/') {
      return CellKind.UNIT;
    }
    if (next == ';' || next == ',' || next == '-' || next == '–' || next == '/' || next == 'x') {
      return grouped ? CellKind.AMOUNT : CellKind.NUMBER;
    }
    return CellKind.TEXT;
  }

  public static boolean isDash(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    boolean allDash = true;
    for (int i = 0; i < n && allDash; i++) {
      char c = s.charAt(i);
      allDash = c == '-' || c == '–' || c == '—' || c == ' ';
    }
    if (allDash) {
      return true;
    }
    return s.equalsIgnoreCase("na") || s.equalsIgnoreCase("n/a") || s.equalsIgnoreCase("n.a.")
        || s.equalsIgnoreCase("nihil");
  }

  /** A piece of an account code that the document spread over several cells: "2", "17", "01". */
  public static boolean isCodeFragment(String s) {
    int n = s.length();
    if (n == 0 || n > 4) {
      return false;
    }
    if (s.equals("X") || s.equals("XX") || s.equals("x") || s.equals("xx")) {
      return true;
    }
    for (int i = 0; i < n; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return n <= 2 || n == 4 && s.charAt(0) == '0';
  }

  /** "2021", "2016-2021", "2021 - 2026": a year or a period, the usual numbers in a header. */
  public static boolean isYearLike(String s) {
    int n = s.length();
    int digits = 0;
    int years = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        digits++;
      } else {
        if (digits == 4) {
          years++;
        } else if (digits != 0) {
          return false;
        }
        digits = 0;
        if (c != ' ' && c != '-' && c != '–' && c != '/' && c != '*') {
          return false;
        }
      }
    }
    if (digits == 4) {
      years++;
    } else if (digits != 0) {
      return false;
    }
    return years >= 1;
  }

  /** Text a header may hold: words, years, "%", "(Rp)"; never a measured value or a code. */
  public static boolean isHeaderText(String s) {
    CellKind kind = classify(s);
    return kind == CellKind.EMPTY || kind == CellKind.TEXT || isYearLike(s) || startsWithYear(s)
        || isCurrencyLabel(s);
  }

  /**
   * "Rp", "(Rp)", "Rp.": the currency alone labels a money column under a year ("2025 > Target |
   * Rp"); as a value it would be an empty amount, so only header detection asks.
   */
  static boolean isCurrencyLabel(String s) {
    String t = s.strip();
    if (t.startsWith("(") && t.endsWith(")")) {
      t = t.substring(1, t.length() - 1).strip();
    }
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.equalsIgnoreCase("rp") || t.equalsIgnoreCase("rupiah");
  }

  /** "2022 (bila ada data)", "2015*": a year followed by a note, as headers print them. */
  static boolean startsWithYear(String s) {
    if (s.length() < 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    int year = Integer.parseInt(s.substring(0, 4));
    return year >= 1900 && year <= 2100 && (s.length() == 4 || !isDigit(s.charAt(4))
        && s.charAt(4) != '.' && s.charAt(4) != ',' && s.charAt(4) != '%');
  }

  private static boolean isAmountSuffix(String s, int i) {
    // ",-" / ".-" / ",00" closing an amount ("4.637.387.000,-")
    int n = s.length();
    if (i + 1 < n && (s.charAt(i) == ',' || s.charAt(i) == '.') && s.charAt(i + 1) == '-') {
      return i + 2 == n;
    }
    return false;
  }

  /** "2 17 1 2 1 1": three or more groups of one or two digits separated by single spaces. */
  private static boolean isSpacedCode(String s) {
    int groups = 0;
    int len = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        len++;
        if (len > 4) {
          return false;
        }
      } else if (c == ' ' && len > 0) {
        if (len > 2 && len != 4) {
          return false;
        }
        groups++;
        len = 0;
      } else {
        return false;
      }
    }
    return len > 0 && groups >= 2;
  }

  /** "X.XX.01", "X.XX.01.2.06.02": a placeholder urusan code. */
  private static boolean isLetterCode(String s) {
    if (s.isEmpty() || s.charAt(0) != 'X' && s.charAt(0) != 'x') {
      return false;
    }
    int dots = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c != 'X' && c != 'x' && !isDigit(c)) {
        return false;
      }
    }
    return dots >= 1;
  }

  private static boolean startsWithWord(String s, int i, String word) {
    return s.regionMatches(true, i, word, 0, word.length());
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
