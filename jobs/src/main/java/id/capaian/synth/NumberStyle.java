package id.capaian.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The two ways the documents write numbers: Indonesian ({@code 1.234.567,89}) and the US style some
 * reports use for money and decimals ({@code 1,234,567.89}). Decimals keep the digits they are given.
 */
enum NumberStyle {
  ID('.', ','),
  US(',', '.');

  private final char group;
  private final char decimal;

  NumberStyle(char group, char decimal) {
    this.group = group;
    this.decimal = decimal;
  }

  /** A whole number with thousands separators: {@code 23.179.515.320}. */
  String grouped(long value) {
    String digits = Long.toString(Math.abs(value));
    StringBuilder sb = new StringBuilder();
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      sb.append(group).append(digits, i, i + 3);
    }
    return (value < 0 ? "-" : "") + sb;
  }

  /** A decimal with exactly {@code scale} digits after the separator: {@code 76,50}. */
  String decimal(BigDecimal value, int scale) {
    String plain = value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    return plain.replace('.', decimal);
  }

  /** A decimal without trailing zeros: {@code 76,5}, {@code 21}. */
  String compact(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.toPlainString().replace('.', decimal);
  }
}
