package id.capaian.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic random draws keyed by what they are for: the same seed and key give the same numbers
 * on every machine and in every order of generation, so one region's figures agree across all its
 * documents and a corpus can be regenerated exactly.
 */
final class Draw {
  private final SplittableRandom random;

  private Draw(SplittableRandom random) {
    this.random = random;
  }

  /** Draws for {@code key} (any parts: a region code, a metric, a year) under {@code seed}. */
  static Draw of(long seed, Object... key) {
    long h = 0xcbf29ce484222325L ^ (seed * 0x9E3779B97F4A7C15L);
    for (Object part : key) {
      for (byte b : String.valueOf(part).getBytes(StandardCharsets.UTF_8)) {
        h = (h ^ (b & 0xff)) * 0x100000001b3L;
      }
      h = (h ^ 0x1f) * 0x100000001b3L; // part separator: ("ab","c") differs from ("a","bc")
    }
    return new Draw(new SplittableRandom(h));
  }

  /** A whole number in [lo, hi]. */
  long between(long lo, long hi) {
    return lo + random.nextLong(hi - lo + 1);
  }

  int between(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  /** A decimal in [lo, hi] with {@code scale} digits after the point. */
  BigDecimal decimal(double lo, double hi, int scale) {
    double v = lo + random.nextDouble() * (hi - lo);
    return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
  }

  double fraction(double lo, double hi) {
    return lo + random.nextDouble() * (hi - lo);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  long nextLong() {
    return random.nextLong();
  }
}
