package id.capaian.airflow;

import static id.capaian.testing.StubAirflow.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.capaian.testing.StubAirflow;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against recorded answers of a real Airflow 3.3 (see {@link StubAirflow}). */
class AirflowClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RUN = "capaian__2026-12-04T15-56-04.357006401Z";
  private static final String RUN_PATH = "/api/v2/dags/capaian_nightly/dagRuns/" + RUN;
  private static final String PASSWORD = "s3cret-Pa55word";

  private final StubAirflow airflow = new StubAirflow();
  private final List<Duration> sleeps = new ArrayList<>();

  @AfterEach
  void stop() {
    airflow.close();
  }

  private AirflowClient client() {
    return client(airflow.url());
  }

  private AirflowClient client(String url) {
    AirflowSettings settings =
        AirflowSettings.of(url, "admin", PASSWORD)
            .withRequestTimeout(Duration.ofSeconds(5))
            .withRetries(3, Duration.ofMillis(100));
    return new AirflowClient(settings, sleeps::add);
  }

  @Test
  void testTriggerLogsInAndSendsConfWithANullLogicalDate() throws Exception {
    airflow.on("POST", "/api/v2/dags/capaian_nightly/dagRuns", 200,
        recorded("dag-run-failed.json").replace("\"failed\"", "\"queued\""));

    DagRun run = client().trigger("capaian_nightly", Map.of("input", "/nonexistent/in"), RUN);

    assertThat(run.runId()).isEqualTo(RUN);
    assertThat(run.state()).isEqualTo("queued");
    JsonNode login = JSON.readTree(airflow.requests("POST", "/auth/token").get(0).body());
    assertThat(login.get("username").asText()).isEqualTo("admin");
    assertThat(login.get("password").asText()).isEqualTo(PASSWORD);
    StubAirflow.Request trigger = airflow.requests("POST", "/api/v2/dags/capaian_nightly/dagRuns").get(0);
    assertThat(trigger.authorization()).isEqualTo("Bearer token-1");
    JsonNode body = JSON.readTree(trigger.body());
    assertThat(body.has("logical_date")).isTrue();
    assertThat(body.get("logical_date").isNull()).isTrue();
    assertThat(body.get("dag_run_id").asText()).isEqualTo(RUN);
    assertThat(body.get("conf").get("input").asText()).isEqualTo("/nonexistent/in");
    assertThat(body.size()).isEqualTo(3);
  }

  @Test
  void testA4xxIsReportedWithAirflowsMessageAndNotRetried() {
    airflow.on("POST", "/api/v2/dags/capaian_nightly/dagRuns", 422, recorded("trigger-422.json"));

    assertThatThrownBy(() -> client().trigger("capaian_nightly", Map.of(), "r1"))
        .isInstanceOf(AirflowException.class)
        .hasMessage("Airflow refused POST /api/v2/dags/capaian_nightly/dagRuns: 422 "
            + "body.logical_date: Field required; body.frob: Extra inputs are not permitted")
        .extracting(e -> ((AirflowException) e).status()).isEqualTo(422);
    assertThat(airflow.requests("POST", "/api/v2/dags/capaian_nightly/dagRuns")).hasSize(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void testA404SaysWhatWasNotFound() {
    airflow.on("GET", "/api/v2/dags/nope", 404, recorded("dag-404.json"))
        .on("PATCH", "/api/v2/dags/nope", 404, recorded("dag-404.json"));

    assertThat(client().dag("nope")).isEmpty();
    assertThatThrownBy(() -> client().unpause("nope"))
        .hasMessage("Airflow refused PATCH /api/v2/dags/nope: 404 The Dag with ID: `nope` was not found");
  }

  @Test
  void testA5xxIsRetriedWithGrowingDelaysThenSucceeds() {
    airflow.on("GET", RUN_PATH, 503, "{\"detail\": \"database is locked\"}")
        .on("GET", RUN_PATH, 500, "Internal Server Error")
        .on("GET", RUN_PATH, 200, recorded("dag-run-failed.json"));

    DagRun run = client().run("capaian_nightly", RUN);

    assertThat(run.state()).isEqualTo("failed");
    assertThat(run.conf()).containsEntry("input", "/nonexistent/in");
    assertThat(airflow.requests("GET", RUN_PATH)).hasSize(3);
    assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void testA5xxThatPersistsFailsAfterTheLastAttemptWithItsMessage() {
    airflow.on("GET", RUN_PATH, 503, "{\"detail\": \"database is locked\"}");

    assertThatThrownBy(() -> client().run("capaian_nightly", RUN))
        .hasMessage("Airflow refused GET " + RUN_PATH + ": 503 database is locked (after 3 attempts)");
    assertThat(airflow.requests("GET", RUN_PATH)).hasSize(3);
  }

  @Test
  void testAConnectionFailureIsRetriedThenReportedWithoutSecrets() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    AirflowClient client = client("http://127.0.0.1:" + port);

    assertThatThrownBy(client::health)
        .isInstanceOf(AirflowException.class)
        .hasMessageStartingWith("Cannot reach Airflow at http://127.0.0.1:" + port
            + " (GET /api/v2/monitor/health) after 3 attempts: ConnectException")
        .hasMessageNotContaining(PASSWORD);
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void testAnExpiredTokenIsRenewedOnce() {
    airflow.only("POST", "/auth/token", 201, "{\"access_token\": \"token-1\"}")
        .on("POST", "/auth/token", 201, "{\"access_token\": \"token-2\"}");
    airflow.on("GET", RUN_PATH, 401, "{\"detail\": \"Token expired\"}")
        .on("GET", RUN_PATH, 200, recorded("dag-run-failed.json"));

    assertThat(client().run("capaian_nightly", RUN).state()).isEqualTo("failed");
    assertThat(airflow.requests("GET", RUN_PATH)).extracting(StubAirflow.Request::authorization)
        .containsExactly("Bearer token-1", "Bearer token-2");
  }

  @Test
  void testWrongCredentialsFailAtOnceAndNeverShowThePassword() {
    airflow.only("POST", "/auth/token", 401,
        "{\"detail\": \"Invalid credentials for password " + PASSWORD + "\"}");

    assertThatThrownBy(() -> client().runs("capaian_nightly", 5))
        .hasMessage("Cannot log in to Airflow as admin: 401 Invalid credentials for password ****");
    assertThat(client().settings().toString()).contains("password=****").doesNotContain(PASSWORD);
  }

  @Test
  void testHealthNeedsNoToken() {
    airflow.on("GET", "/api/v2/monitor/health", 200, recorded("health.json"));

    assertThat(client().health())
        .containsEntry("metadatabase", "healthy")
        .containsEntry("scheduler", "healthy")
        .containsEntry("dag_processor", "healthy")
        .containsEntry("triggerer", null);
    assertThat(airflow.requests("POST", "/auth/token")).isEmpty();
  }

  @Test
  void testAwaitPollsWithBackoffUntilTheRunFinished() {
    String failed = recorded("dag-run-failed.json");
    airflow.on("GET", RUN_PATH, 200, failed.replace("\"failed\"", "\"queued\""))
        .on("GET", RUN_PATH, 200, failed.replace("\"failed\"", "\"running\""))
        .on("GET", RUN_PATH, 200, failed.replace("\"failed\"", "\"running\""))
        .on("GET", RUN_PATH, 200, failed.replace("\"failed\"", "\"running\""))
        .on("GET", RUN_PATH, 200, failed);
    List<String> seen = new ArrayList<>();

    DagRun run = client().await("capaian_nightly", RUN, Duration.ofMinutes(5), r -> seen.add(r.state()));

    assertThat(run.state()).isEqualTo("failed");
    assertThat(seen).containsExactly("queued", "running", "failed");
    // After each state change the polling starts fast again, then slows down.
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3),
        Duration.ofMillis(4500));
  }

  @Test
  void testAwaitGivesUpAtTheDeadline() {
    airflow.on("GET", RUN_PATH, 200, recorded("dag-run-failed.json").replace("\"failed\"", "\"queued\""));
    AirflowClient client =
        new AirflowClient(AirflowSettings.of(airflow.url(), "admin", PASSWORD), d -> Thread.sleep(5));

    assertThatThrownBy(() -> client.await("capaian_nightly", RUN, Duration.ofMillis(50), r -> {}))
        .hasMessageStartingWith("Run " + RUN + " of capaian_nightly is still queued after PT0.05S")
        .hasMessageEndingWith("(is the DAG paused?)");
  }

  @Test
  void testTaskInstancesAndTheFailedTasksLogTail() {
    airflow.on("GET", RUN_PATH + "/taskInstances", 200, recorded("task-instances-failed.json"))
        .on("GET", RUN_PATH + "/taskInstances/ingest/logs/1", 200, recorded("log-ingest-failed.json"));
    AirflowClient client = client();

    List<TaskInstance> tasks = client.taskInstances("capaian_nightly", RUN);
    assertThat(tasks).extracting(TaskInstance::taskId, TaskInstance::state)
        .contains(
            org.assertj.core.groups.Tuple.tuple("ingest", "failed"),
            org.assertj.core.groups.Tuple.tuple("dq_gate", "upstream_failed"));
    assertThat(tasks.stream().filter(TaskInstance::failed)).singleElement()
        .extracting(TaskInstance::taskId, TaskInstance::tryNumber)
        .containsExactly("ingest", 1);

    List<String> tail = client.logTail("capaian_nightly", RUN, "ingest", 1, 5);
    assertThat(tail).containsExactly(
        "info: capaian: Cannot read input: /nonexistent/in does not exist (see 'capaian --help')",
        "info: Command exited with return code 2",
        "error: Task failed with exception",
        "info: ::group::Post Execute",
        "info: ::endgroup::");
    assertThat(airflow.requests("GET", RUN_PATH + "/taskInstances/ingest/logs/1").get(0).query())
        .isEqualTo("full_content=false");
  }

  @Test
  void testALongLogIsFollowedThroughItsContinuationTokens() {
    String path = RUN_PATH + "/taskInstances/facts/logs/2";
    airflow.on("GET", path, 200,
            "{\"content\": [{\"event\": \"one\"}, {\"event\": \"two\"}], \"continuation_token\": \"abc\"}")
        .on("GET", path, 200,
            "{\"content\": [{\"event\": \"three\", \"level\": \"error\"}], \"continuation_token\": \"def\"}")
        .on("GET", path, 200, "{\"content\": [], \"continuation_token\": \"def\"}");

    assertThat(client().logTail("capaian_nightly", RUN, "facts", 2, 2)).containsExactly("two", "error: three");
    assertThat(airflow.requests("GET", path)).extracting(StubAirflow.Request::query)
        .containsExactly("full_content=false", "full_content=false&token=abc", "full_content=false&token=def");
  }

  @Test
  void testRunIdsAreEncodedAsOnePathSegment() {
    String scheduled = "scheduled__2026-12-04T00:00:00+00:00";
    airflow.on("GET", "/api/v2/dags/capaian_nightly/dagRuns/scheduled__2026-12-04T00%3A00%3A00%2B00%3A00",
        200, recorded("dag-run-failed.json"));

    assertThat(client().run("capaian_nightly", scheduled).state()).isEqualTo("failed");
  }

  @Test
  void testARetriedTriggerFindsTheRunItsFirstAttemptStarted() {
    String trigger = "/api/v2/dags/capaian_nightly/dagRuns";
    airflow.on("POST", trigger, 502, "Bad Gateway")
        .on("POST", trigger, 409, "{\"detail\": \"DAGRun with dag_run_id: '" + RUN + "' already exists\"}")
        .on("GET", RUN_PATH, 200, recorded("dag-run-failed.json"));

    DagRun run = client().trigger("capaian_nightly",
        Map.of("input", "/nonexistent/in", "warehouse", "/tmp/tmp.PrWihGPkVx"), RUN);

    assertThat(run.runId()).isEqualTo(RUN);
    assertThatThrownBy(() -> client().trigger("capaian_nightly", Map.of("input", "/other"), RUN))
        .hasMessageContaining("409 DAGRun with dag_run_id: '" + RUN + "' already exists");
  }

  @Test
  void testRecentRunsAndUnpause() {
    airflow.on("GET", "/api/v2/dags/capaian_nightly/dagRuns", 200, recorded("dag-runs.json"))
        .on("PATCH", "/api/v2/dags/capaian_nightly", 200, "{\"dag_id\": \"capaian_nightly\", \"is_paused\": false}");
    AirflowClient client = client();

    List<DagRun> runs = client.runs("capaian_nightly", 10);
    client.unpause("capaian_nightly");

    assertThat(runs).isNotEmpty().allSatisfy(r -> assertThat(r.dagId()).isEqualTo("capaian_nightly"));
    assertThat(runs.get(0).runId()).isEqualTo(RUN);
    assertThat(airflow.requests("GET", "/api/v2/dags/capaian_nightly/dagRuns").get(0).query())
        .isEqualTo("order_by=-run_after&limit=10");
    StubAirflow.Request patch = airflow.requests("PATCH", "/api/v2/dags/capaian_nightly").get(0);
    assertThat(patch.body()).isEqualTo("{\"is_paused\":false}");
    assertThat(patch.query()).isEqualTo("update_mask=is_paused");
  }
}
