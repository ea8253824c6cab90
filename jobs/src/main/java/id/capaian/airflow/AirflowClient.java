package id.capaian.airflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Airflow 3's stable REST API ({@code /api/v2}), authenticated with a JWT from {@code /auth/token}.
 *
 * <p>Every call has a timeout; a connection failure or a 5xx answer is retried with back-off; a 4xx
 * answer fails at once with Airflow's own message ({@code detail}); a 401 fetches a new token once.
 * HTTP/1.1 is forced: uvicorn does not speak h2c and the JDK's upgrade attempt only costs time.
 */
public final class AirflowClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Polling a run: every 2 s at first, then slower up to every 15 s. */
  public static final Backoff POLL = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(15), 1.5);

  private final AirflowSettings settings;
  private final HttpClient http;
  private final Sleeper sleeper;
  private String token;

  /** How the client waits between attempts and polls; tests pass one that does not sleep. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  public AirflowClient(AirflowSettings settings) {
    this(settings, d -> Thread.sleep(d.toMillis()));
  }

  public AirflowClient(AirflowSettings settings, Sleeper sleeper) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.requestTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public AirflowSettings settings() {
    return settings;
  }

  /** Health of each component, e.g. {@code metadatabase -> healthy, scheduler -> healthy}. Needs no token. */
  public Map<String, String> health() {
    JsonNode body = call("GET", "/api/v2/monitor/health", null, false);
    Map<String, String> health = new java.util.LinkedHashMap<>();
    body.fields().forEachRemaining(e -> health.put(e.getKey(), text(e.getValue().get("status"))));
    return health;
  }

  /** Whether Airflow knows the DAG (it is 404 until the DAG processor has parsed its file). */
  public Optional<JsonNode> dag(String dagId) {
    try {
      return Optional.of(call("GET", "/api/v2/dags/" + segment(dagId), null, true));
    } catch (AirflowException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Waits until the DAG processor has parsed the DAG, or fails at the deadline naming import errors. */
  public JsonNode awaitDag(String dagId, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (int poll = 0; ; poll++) {
      Optional<JsonNode> dag = dag(dagId);
      if (dag.isPresent()) {
        return dag.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AirflowException(404, "Airflow has not loaded DAG " + dagId + " within " + timeout
            + importErrorsNote());
      }
      pause(POLL.delay(poll));
    }
  }

  /** Unpauses the DAG; a paused DAG's runs stay queued for ever. */
  public void unpause(String dagId) {
    ObjectNode body = JSON.createObjectNode().put("is_paused", false);
    call("PATCH", "/api/v2/dags/" + segment(dagId) + "?update_mask=is_paused", body, true);
  }

  /** Import errors of the DAG files, one line each ({@code file: error}). */
  public List<String> importErrors() {
    JsonNode body = call("GET", "/api/v2/importErrors", null, true);
    List<String> errors = new ArrayList<>();
    for (JsonNode e : body.path("import_errors")) {
      errors.add(text(e.get("filename")) + ": " + text(e.get("stack_trace")).strip());
    }
    return errors;
  }

  /**
   * Starts a run with {@code conf}. The run id is ours, so a retried POST whose first attempt did
   * reach Airflow finds its run (409) instead of starting a second one.
   */
  public DagRun trigger(String dagId, Map<String, ?> conf, String runId) {
    ObjectNode body = JSON.createObjectNode();
    body.put("dag_run_id", runId);
    // The key must be present: Airflow 3 rejects a trigger without it; null means "now".
    body.putNull("logical_date");
    body.set("conf", JSON.valueToTree(conf == null ? Map.of() : conf));
    try {
      return dagRun(call("POST", "/api/v2/dags/" + segment(dagId) + "/dagRuns", body, true));
    } catch (AirflowException e) {
      if (e.status() == 409) {
        DagRun existing = run(dagId, runId);
        if (existing.conf().equals(conf == null ? Map.of() : conf)) {
          return existing;
        }
      }
      throw e;
    }
  }

  /** A fresh run id for a manual trigger: {@code capaian__<UTC time>}. */
  public static String newRunId() {
    return "capaian__" + java.time.Instant.now().toString().replace(':', '-');
  }

  public DagRun run(String dagId, String runId) {
    return dagRun(call("GET", runPath(dagId, runId), null, true));
  }

  /** The most recent runs first, at most {@code limit}. */
  public List<DagRun> runs(String dagId, int limit) {
    JsonNode body =
        call("GET", "/api/v2/dags/" + segment(dagId) + "/dagRuns?order_by=-run_after&limit=" + limit, null, true);
    List<DagRun> runs = new ArrayList<>();
    body.path("dag_runs").forEach(r -> runs.add(dagRun(r)));
    return runs;
  }

  /**
   * Polls the run until it finished (with {@link #POLL} back-off) and returns its last state, or fails
   * at the deadline. {@code onChange} hears every state change (queued, running, ...).
   */
  public DagRun await(String dagId, String runId, Duration timeout, Consumer<DagRun> onChange) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = null;
    for (int poll = 0; ; poll++) {
      DagRun run = run(dagId, runId);
      if (!run.state().equals(last)) {
        last = run.state();
        onChange.accept(run);
        poll = 0;
      }
      if (run.finished()) {
        return run;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AirflowException(0, "Run " + runId + " of " + dagId + " is still " + run.state()
            + " after " + timeout + (run.state().equals("queued") ? " (is the DAG paused?)" : ""));
      }
      Duration delay = POLL.delay(poll);
      pause(delay.toNanos() > left ? Duration.ofNanos(left) : delay);
    }
  }

  /** The run's task instances, in the order Airflow lists them. */
  public List<TaskInstance> taskInstances(String dagId, String runId) {
    JsonNode body = call("GET", runPath(dagId, runId) + "/taskInstances?limit=100", null, true);
    List<TaskInstance> tasks = new ArrayList<>();
    for (JsonNode t : body.path("task_instances")) {
      tasks.add(new TaskInstance(
          text(t.get("task_id")), text(t.get("state")), t.path("try_number").asInt(0),
          text(t.get("start_date")), text(t.get("end_date")),
          t.hasNonNull("duration") ? t.get("duration").asDouble() : null));
    }
    return tasks;
  }

  /**
   * The last {@code lines} lines of a task's log for one try. Airflow 3 answers structured JSON only:
   * each entry's {@code event} is a line; long logs come in pages linked by a continuation token.
   */
  public List<String> logTail(String dagId, String runId, String taskId, int tryNumber, int lines) {
    String base = runPath(dagId, runId) + "/taskInstances/" + segment(taskId) + "/logs/" + tryNumber
        + "?full_content=false";
    java.util.ArrayDeque<String> tail = new java.util.ArrayDeque<>();
    String continuation = null;
    for (int page = 0; page < 1000; page++) {
      String path = continuation == null ? base : base + "&token=" + query(continuation);
      JsonNode body = call("GET", path, null, true);
      for (String line : logLines(body.get("content"))) {
        tail.addLast(line);
        if (tail.size() > lines) {
          tail.removeFirst();
        }
      }
      String next = text(body.get("continuation_token"));
      if (next == null || next.equals(continuation) || body.path("content").isEmpty()) {
        break;
      }
      continuation = next;
    }
    return List.copyOf(tail);
  }

  private static List<String> logLines(JsonNode content) {
    List<String> lines = new ArrayList<>();
    if (content == null || content.isNull()) {
      return lines;
    }
    if (content.isTextual()) {
      lines.addAll(content.asText().lines().toList());
      return lines;
    }
    for (JsonNode entry : content) {
      if (entry.isTextual()) {
        lines.addAll(entry.asText().lines().toList());
      } else if (entry.has("event")) {
        String event = entry.get("event").asText();
        String level = text(entry.get("level"));
        String prefix = level == null || level.isEmpty() ? "" : level + ": ";
        event.lines().forEach(l -> lines.add(prefix + l));
      }
    }
    return lines;
  }

  private String importErrorsNote() {
    try {
      List<String> errors = importErrors();
      return errors.isEmpty() ? "" : "; import errors: " + String.join(" | ", errors);
    } catch (AirflowException e) {
      return "";
    }
  }

  private static String runPath(String dagId, String runId) {
    return "/api/v2/dags/" + segment(dagId) + "/dagRuns/" + segment(runId);
  }

  private static DagRun dagRun(JsonNode r) {
    @SuppressWarnings("unchecked")
    Map<String, Object> conf =
        r.hasNonNull("conf") ? JSON.convertValue(r.get("conf"), Map.class) : Map.of();
    return new DagRun(
        text(r.get("dag_id")), text(r.get("dag_run_id")), text(r.get("state")), text(r.get("run_type")),
        text(r.get("logical_date")), text(r.get("start_date")), text(r.get("end_date")), conf);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  /** A path segment: run ids hold ':' and '+', which must not reach Airflow as a space. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  // ---- HTTP with timeouts, retries, token and Airflow's error messages ----

  private JsonNode call(String method, String path, JsonNode body, boolean authenticated) {
    boolean refreshed = false;
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response;
      try {
        response = send(method, path, body, authenticated);
      } catch (IOException e) {
        if (attempt >= settings.attempts()) {
          throw new AirflowException(
              "Cannot reach Airflow at " + settings.baseUrl() + " (" + method + " " + withoutQuery(path)
                  + ") after " + attempt + " attempts: " + describe(e), e);
        }
        pause(settings.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 10)));
        continue;
      }
      int status = response.statusCode();
      if (status == 401 && authenticated && !refreshed) {
        // The token expired (or the server restarted with a new secret): one fresh token, then retry.
        token = null;
        refreshed = true;
        attempt--;
        continue;
      }
      if (status >= 500 && attempt < settings.attempts()) {
        pause(settings.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 10)));
        continue;
      }
      if (status >= 400) {
        throw new AirflowException(status, "Airflow refused " + method + " " + withoutQuery(path) + ": "
            + status + " " + mask(message(response.body()))
            + (status >= 500 ? " (after " + attempt + " attempts)" : ""));
      }
      return parse(response.body());
    }
  }

  private HttpResponse<String> send(String method, String path, JsonNode body, boolean authenticated)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
            .timeout(settings.requestTimeout())
            .header("Accept", "application/json");
    if (authenticated) {
      request.header("Authorization", "Bearer " + token());
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AirflowException("Interrupted while calling Airflow", e);
    }
  }

  private synchronized String token() throws IOException {
    if (token != null) {
      return token;
    }
    if (settings.username() == null || settings.password() == null) {
      throw new AirflowException(401, "Cannot log in to Airflow: no user or password given"
          + " (--user/--password or CAPAIAN_AIRFLOW_USER/CAPAIAN_AIRFLOW_PASSWORD)");
    }
    ObjectNode credentials =
        JSON.createObjectNode().put("username", settings.username()).put("password", settings.password());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/auth/token"))
            .timeout(settings.requestTimeout())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(credentials.toString()))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AirflowException("Interrupted while logging in to Airflow", e);
    }
    if (response.statusCode() >= 500) {
      throw new IOException("Airflow answered " + response.statusCode() + " to the login");
    }
    if (response.statusCode() >= 400) {
      throw new AirflowException(response.statusCode(), "Cannot log in to Airflow as " + settings.username()
          + ": " + response.statusCode() + " " + mask(message(response.body())));
    }
    String accessToken = text(parse(response.body()).get("access_token"));
    if (accessToken == null) {
      throw new AirflowException(response.statusCode(), "Airflow's login answer holds no access_token");
    }
    token = accessToken;
    return token;
  }

  private String mask(String text) {
    return Secrets.mask(text, settings.password(), token);
  }

  private void pause(Duration duration) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AirflowException("Interrupted while waiting for Airflow", e);
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new AirflowException(0, "Airflow answered something that is not JSON: "
          + body.substring(0, Math.min(200, body.length())));
    }
  }

  /** Airflow's error text: {@code detail} as a string, or FastAPI's list of {@code loc: msg}. */
  static String message(String body) {
    if (body == null || body.isBlank()) {
      return "(no message)";
    }
    try {
      JsonNode detail = JSON.readTree(body).get("detail");
      if (detail == null || detail.isNull()) {
        return body.strip();
      }
      if (detail.isTextual()) {
        return detail.asText();
      }
      if (detail.isArray()) {
        List<String> parts = new ArrayList<>();
        for (JsonNode d : detail) {
          List<String> loc = new ArrayList<>();
          for (Iterator<JsonNode> it = d.path("loc").elements(); it.hasNext(); ) {
            loc.add(it.next().asText());
          }
          parts.add((loc.isEmpty() ? "" : String.join(".", loc) + ": ") + d.path("msg").asText(d.toString()));
        }
        return String.join("; ", parts);
      }
      return detail.toString();
    } catch (JsonProcessingException e) {
      return body.strip().lines().findFirst().orElse("");
    }
  }

  private static String withoutQuery(String path) {
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " " + message);
  }
}
