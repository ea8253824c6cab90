package id.capaian.airflow;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where Airflow is and how to talk to it. The password never appears in {@link #toString()}, so a
 * settings object can be logged or put in an exception message safely.
 *
 * @param baseUrl the API server, e.g. {@code http://127.0.0.1:8080} (without {@code /api/v2})
 * @param username simple auth manager user
 * @param password its password
 * @param requestTimeout limit of every single HTTP call
 * @param attempts how many times a call is tried when the connection fails or Airflow answers 5xx
 * @param retryDelay first back-off delay between attempts; doubles each time
 */
public record AirflowSettings(
    URI baseUrl, String username, String password, Duration requestTimeout, int attempts, Duration retryDelay) {

  public AirflowSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String url = baseUrl.toString();
    baseUrl = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
    }
  }

  /** Defaults: 30 s per call, 4 attempts starting 1 s apart. */
  public static AirflowSettings of(String baseUrl, String username, String password) {
    return new AirflowSettings(
        URI.create(baseUrl), username, password, Duration.ofSeconds(30), 4, Duration.ofSeconds(1));
  }

  public AirflowSettings withRetries(int attempts, Duration retryDelay) {
    return new AirflowSettings(baseUrl, username, password, requestTimeout, attempts, retryDelay);
  }

  public AirflowSettings withRequestTimeout(Duration timeout) {
    return new AirflowSettings(baseUrl, username, password, timeout, attempts, retryDelay);
  }

  @Override
  public String toString() {
    return "AirflowSettings[baseUrl=" + baseUrl + ", username=" + username + ", password="
        + (password == null ? "(none)" : "****") + ", requestTimeout=" + requestTimeout
        + ", attempts=" + attempts + "]";
  }
}
