package id.capaian.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as messages show them: plain digits, with the decimals they were printed with. */
public final class Numbers {
  private Numbers() {}

  public static String show(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(Math.max(0, decimals), RoundingMode.HALF_UP).toPlainString();
  }

  public static String show(double value) {
    return show(value, PrintedPrecision.plainDecimals(Rounding.round(value, 6)));
  }
}
