package id.capaian.airflow;

import java.util.Map;

/**
 * One run of a DAG as Airflow reports it.
 *
 * @param state queued, running, success or failed
 * @param conf the run's conf, as given when it was triggered
 */
public record DagRun(
    String dagId,
    String runId,
    String state,
    String runType,
    String logicalDate,
    String startDate,
    String endDate,
    Map<String, Object> conf) {

  public DagRun {
    conf = conf == null ? Map.of() : Map.copyOf(conf);
  }

  /** Finished, one way or the other: Airflow will not change the state any more. */
  public boolean finished() {
    return "success".equals(state) || "failed".equals(state);
  }

  public boolean succeeded() {
    return "success".equals(state);
  }
}
