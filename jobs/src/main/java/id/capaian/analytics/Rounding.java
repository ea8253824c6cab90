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
