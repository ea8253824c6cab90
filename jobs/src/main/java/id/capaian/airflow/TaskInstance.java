package id.capaian.airflow;

/**
 * One task of a DAG run.
 *
 * @param state null before it was scheduled; then scheduled, queued, running, success, failed,
 *     up_for_retry, upstream_failed, skipped ...
 * @param tryNumber the try the state belongs to (the log of a failure is that try's)
 */
public record TaskInstance(
    String taskId, String state, int tryNumber, String startDate, String endDate, Double durationSeconds) {

  public boolean failed() {
    return "failed".equals(state);
  }
}
