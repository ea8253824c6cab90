package id.capaian.analytics;

/**
 * When two printed numbers are the same number: they differ by no more than the rounding of the less
 * precise one, or the less precise one is the other truncated (documents truncate as often as they
 * round: 71,42 for 10/14).
 */
public final class Rounding {
  private Rounding() {}

  public static boolean agree(double a, int decimalsA, double b, int decimalsB) {
    int d = Math.min(decimalsA, decimalsB);
    double rough = decimalsA <= decimalsB ? a : b;
    double fine = decimalsA <= decimalsB ? b : a;
    return Math.abs(a - b) <= half(d) + epsilon(a, b) || truncates(rough, d, fine);
  }

  /**
   * Whether a printed percentage (with its decimals) is the computed ratio, rounded or truncated to
   * those decimals.
   */
  public static boolean printedAs(double printed, int decimals, double computed) {
    return Math.abs(printed - computed) <= half(decimals) + epsilon(printed, computed)
        || truncates(printed, decimals, computed);
  }

  /**
   * Whether a printed percentage (with its decimals) is 100 * numerator / denominator, where those two
   * were printed rounded too: a number printed with decimals stands for anything that rounds to it, a
   * whole number is taken as exact (whole targets are set, not rounded). The printed percentage may
   * round or truncate any ratio in that range (60/165 printed 36,36 over 21 gives 173,16 as well as
   * 173,14).
   */
  public static boolean printedAsRatio(double printed, int decimals, double numerator, int numeratorDecimals,
      double denominator, int denominatorDecimals) {
    double dn = numeratorDecimals > 0 ? half(numeratorDecimals) : 0;
    double dd = denominatorDecimals > 0 ? half(denominatorDecimals) : 0;
    double[] nums = {numerator - dn, numerator + dn};
    double[] dens = {denominator - dd, denominator + dd};
    if (dens[0] <= 0 && dens[1] >= 0) {
      return true; // the denominator may be zero: any percentage goes
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double n : nums) {
      for (double d : dens) {
        lo = Math.min(lo, 100 * n / d);
        hi = Math.max(hi, 100 * n / d);
      }
    }
    double unit = Math.pow(10, -decimals);
    double eps = epsilon(printed, hi);
    // Rounding reaches down half a unit below the printed value; truncation up to a unit above it.
    return lo <= printed + unit + eps && hi >= printed - unit / 2 - eps;
  }

  /** Round half up to {@code decimals} places. */
  public static double round(double value, int decimals) {
    return java.math.BigDecimal.valueOf(value)
        .setScale(decimals, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }

  private static boolean truncates(double rough, int d, double fine) {
    double scale = Math.pow(10, d);
    double truncated = (fine >= 0 ? Math.floor(fine * scale + 1e-9) : Math.ceil(fine * scale - 1e-9)) / scale;
    return Math.abs(truncated - rough) <= epsilon(rough, fine);
  }

  private static double half(int decimals) {
    return 0.5 * Math.pow(10, -decimals);
  }

  private static double epsilon(double a, double b) {
    return 1e-9 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
  }
}
