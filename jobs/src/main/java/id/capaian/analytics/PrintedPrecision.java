package id.capaian.analytics;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of decimals a value was printed with, read back from the text it came from: "76,50" has
 * two although the value is 76.5. Two values agree when they differ by no more than that rounding.
 */
public final class PrintedPrecision {
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*\\d|\\d");

  private PrintedPrecision() {}

  public static int decimals(String rawText, double value) {
    if (rawText != null) {
      Matcher m = NUMBER.matcher(rawText);
      while (m.find()) {
        Integer d = decimalsIfReads(m.group(), value);
        if (d != null) {
          return d;
        }
      }
    }
    return plainDecimals(value);
  }

  /** The decimals of the token if one reading of it (Indonesian or English separators) is the value. */
  static Integer decimalsIfReads(String token, double value) {
    // Indonesian: dots group thousands, the comma is the decimal mark.
    Integer id = reading(token, '.', ',', value);
    if (id != null) {
      return id;
    }
    // English: commas group thousands, the dot is the decimal mark.
    return reading(token, ',', '.', value);
  }

  private static Integer reading(String token, char group, char decimal, double value) {
    int mark = token.lastIndexOf(decimal);
    if (mark >= 0 && token.indexOf(decimal) != mark) {
      return null; // two decimal marks: not this reading
    }
    String digits = token.replace(String.valueOf(group), "");
    int decimals = 0;
    if (mark >= 0) {
      int markInDigits = digits.lastIndexOf(decimal);
      decimals = digits.length() - markInDigits - 1;
      digits = digits.replace(decimal, '.');
    }
    try {
      double read = Double.parseDouble(digits);
      return same(read, value) ? decimals : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static boolean same(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
  }

  static int plainDecimals(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return 0;
    }
    return Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
  }
}
