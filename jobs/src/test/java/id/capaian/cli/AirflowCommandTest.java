package id.capaian.cli;

import static id.capaian.testing.StubAirflow.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.testing.StubAirflow;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AirflowCommandTest {
  private static final String RUN = "capaian__2026-12-04T15-56-04.357006401Z";
  private static final String RUN_PATH = "/api/v2/dags/capaian_nightly/dagRuns/" + RUN;
  private static final String PASSWORD = "pw-never-printed";

  private final StubAirflow airflow = new StubAirflow();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void stop() {
    airflow.close();
  }

  private int run(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--url";
    all[args.length + 1] = airflow.url();
    all[args.length + 2] = "--password";
    all[args.length + 3] = PASSWORD;
    return Capaian.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void testTriggerWaitExitsOneAndPrintsTheFailedTaskWithItsLogTail() {
    String failed = recorded("dag-run-failed.json");
    airflow.on("POST", "/api/v2/dags/capaian_nightly/dagRuns", 200, failed.replace("\"failed\"", "\"queued\""))
        .on("GET", RUN_PATH, 200, failed)
        .on("GET", RUN_PATH + "/taskInstances", 200, recorded("task-instances-failed.json"))
        .on("GET", RUN_PATH + "/taskInstances/ingest/logs/1", 200, recorded("log-ingest-failed.json"));

    int code = run("airflow", "trigger", "--run-id", RUN, "--conf", "input=/nonexistent/in", "--wait",
        "--log-lines", "3");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(),
        "capaian_nightly " + RUN + " queued",
        RUN + ": failed",
        "failed task: ingest (try 1)",
        "  | error: Task failed with exception",
        "  | info: ::group::Post Execute",
        "  | info: ::endgroup::",
        ""));
    assertThat(airflow.requests("POST", "/api/v2/dags/capaian_nightly/dagRuns").get(0).body())
        .contains("\"conf\":{\"input\":\"/nonexistent/in\"}");
    assertThat(out.toString() + err).doesNotContain(PASSWORD);
  }

  @Test
  void testTriggerWaitExitsZeroOnSuccess() {
    String success = recorded("dag-run-failed.json").replace("\"failed\"", "\"success\"");
    airflow.on("POST", "/api/v2/dags/capaian_nightly/dagRuns", 200, success)
        .on("GET", RUN_PATH, 200, success);

    assertThat(run("airflow", "trigger", "--run-id", RUN, "--conf", "{\"warehouse\": \"/w\"}", "--wait"))
        .isZero();
    assertThat(out.toString()).contains(RUN + ": success");
  }

  @Test
  void testAClientErrorIsOneLineExitOne() {
    airflow.on("POST", "/api/v2/dags/capaian_nightly/dagRuns", 422, recorded("trigger-422.json"));

    assertThat(run("airflow", "trigger")).isEqualTo(1);
    assertThat(err.toString().strip()).doesNotContain("\n")
        .startsWith("capaian: error: Airflow refused POST /api/v2/dags/capaian_nightly/dagRuns: 422 ");
  }

  @Test
  void testHealthAndStatus() {
    airflow.on("GET", "/api/v2/monitor/health", 200, recorded("health.json"))
        .on("GET", "/api/v2/dags/capaian_nightly/dagRuns", 200, recorded("dag-runs.json"))
        .on("GET", RUN_PATH + "/taskInstances", 200, recorded("task-instances-failed.json"));

    assertThat(run("airflow", "health")).isZero();
    assertThat(run("airflow", "status")).isZero();

    assertThat(out.toString())
        .contains("scheduler      healthy", "capaian_nightly " + RUN + " failed")
        .containsPattern("ingest +failed +try 1")
        .containsPattern("dq_gate +upstream_failed +try 0");
  }

  @Test
  void testUnhealthySchedulerExitsOne() {
    airflow.on("GET", "/api/v2/monitor/health", 200,
        recorded("health.json").replaceFirst("\"healthy\"(,\\s*\"latest_scheduler)", "\"unhealthy\"$1"));

    assertThat(run("airflow", "health")).isEqualTo(1);
    assertThat(out.toString()).contains("scheduler      unhealthy");
  }
}
