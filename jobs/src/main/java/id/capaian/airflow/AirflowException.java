package id.capaian.airflow;

/**
 * A call to Airflow that did not succeed: Airflow's own message for a 4xx, or the last error after
 * the retries of a 5xx or a connection failure. Messages never hold a password or token.
 */
public class AirflowException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public AirflowException(int status, String message) {
    super(message);
    this.status = status;
  }

  public AirflowException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
  }

  /** The HTTP status, or 0 when no answer came (connection refused, timeout). */
  public int status() {
    return status;
  }
}
