package id.capaian.airflow;

import java.time.Duration;

/**
 * Delays that grow by a factor up to a ceiling: {@code first, first*factor, ..., max, max, ...}. Used
 * between retries of a failed call and between polls of a run that is still going.
 */
public record Backoff(Duration first, Duration max, double factor) {

  public Backoff {
    if (first.isNegative() || max.compareTo(first) < 0 || factor < 1) {
      throw new IllegalArgumentException("Cannot back off from " + first + " to " + max + " by " + factor);
    }
  }

  /** The delay before attempt {@code n + 1} (n counts from 0). */
  public Duration delay(int n) {
    double millis = first.toMillis() * Math.pow(factor, Math.min(n, 60));
    return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
  }
}
