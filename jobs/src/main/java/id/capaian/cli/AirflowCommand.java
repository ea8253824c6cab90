package id.capaian.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.capaian.airflow.AirflowClient;
import id.capaian.airflow.AirflowException;
import id.capaian.airflow.AirflowSettings;
import id.capaian.airflow.DagRun;
import id.capaian.airflow.TaskInstance;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capaian airflow ...}: drive the nightly DAG on an Airflow 3 server through its REST API. */
@Command(
    name = "airflow",
    mixinStandardHelpOptions = true,
    description = "Drive the capaian_nightly DAG on Apache Airflow 3 through its REST API.",
    subcommands = {
      AirflowCommand.Health.class,
      AirflowCommand.Unpause.class,
      AirflowCommand.Trigger.class,
      AirflowCommand.Wait.class,
      AirflowCommand.Status.class,
      AirflowCommand.Runs.class,
      AirflowCommand.Logs.class
    })
final class AirflowCommand {

  /** Where Airflow is and who we are: options beat environment variables. The password is never echoed. */
  static final class Connection {
    @Option(names = "--url", paramLabel = "URL",
        defaultValue = "${env:CAPAIAN_AIRFLOW_URL:-http://127.0.0.1:8080}",
        description = "Airflow API server. Default: ${DEFAULT-VALUE} (env CAPAIAN_AIRFLOW_URL).")
    String url;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${env:CAPAIAN_AIRFLOW_USER:-admin}",
        description = "Airflow user. Default: ${DEFAULT-VALUE} (env CAPAIAN_AIRFLOW_USER).")
    String user;

    @Option(names = "--password", paramLabel = "SECRET", defaultValue = "${env:CAPAIAN_AIRFLOW_PASSWORD}",
        description = "Airflow password (env CAPAIAN_AIRFLOW_PASSWORD, preferred: options show in ps).")
    String password;

    @Option(names = "--dag", paramLabel = "ID", defaultValue = "capaian_nightly",
        description = "DAG id. Default: ${DEFAULT-VALUE}.")
    String dag;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "Limit of each HTTP call. Default: ${DEFAULT-VALUE}.")
    int requestTimeout;

    AirflowClient client() {
      return new AirflowClient(
          AirflowSettings.of(url, user, password).withRequestTimeout(Duration.ofSeconds(requestTimeout)));
    }
  }

  /** Prints the failed tasks of a run with their log tails; returns how many failed. */
  static int reportFailures(AirflowClient client, String dag, DagRun run, int lines, PrintWriter out) {
    int failed = 0;
    for (TaskInstance task : client.taskInstances(dag, run.runId())) {
      if (!task.failed()) {
        continue;
      }
      failed++;
      out.printf("failed task: %s (try %d)%n", task.taskId(), task.tryNumber());
      try {
        for (String line : client.logTail(dag, run.runId(), task.taskId(), Math.max(1, task.tryNumber()), lines)) {
          out.println("  | " + line);
        }
      } catch (AirflowException e) {
        out.println("  (no log: " + e.getMessage() + ")");
      }
    }
    return failed;
  }

  static void printRun(DagRun run, PrintWriter out) {
    out.printf("%s %s %s%n", run.dagId(), run.runId(), run.state());
  }

  @Command(name = "health", mixinStandardHelpOptions = true,
      description = "Health of Airflow's components; exit 1 when one is not healthy.")
  static final class Health implements Callable<Integer> {
    @Mixin Connection connection;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Map<String, String> health = connection.client().health();
      boolean ok = true;
      for (Map.Entry<String, String> e : health.entrySet()) {
        out.printf("%-14s %s%n", e.getKey(), e.getValue() == null ? "-" : e.getValue());
        // The triggerer is optional (null when none runs); the others must be healthy.
        ok &= e.getValue() == null ? e.getKey().equals("triggerer") : e.getValue().equals("healthy");
      }
      return ok ? 0 : 1;
    }
  }

  @Command(name = "unpause", mixinStandardHelpOptions = true, description = "Unpause the DAG.")
  static final class Unpause implements Callable<Integer> {
    @Mixin Connection connection;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      connection.client().unpause(connection.dag);
      spec.commandLine().getOut().println(connection.dag + " unpaused");
      return 0;
    }
  }

  @Command(name = "trigger", mixinStandardHelpOptions = true,
      description = "Start a run of the DAG; with --wait, exit 0 on success and 1 on failure, printing "
          + "the failed task and its log tail.")
  static final class Trigger implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin Connection connection;
    @Spec CommandSpec spec;

    @Option(names = "--conf", paramLabel = "KEY=VALUE|JSON",
        description = "Run conf: KEY=VALUE (repeatable) or a JSON object, e.g. input=/data/corpus.")
    List<String> conf = List.of();

    @Option(names = "--run-id", paramLabel = "ID", description = "Run id. Default: capaian__<time>.")
    String runId;

    @Option(names = "--wait", description = "Wait until the run finished.")
    boolean await;

    @Option(names = "--timeout", paramLabel = "MINUTES", defaultValue = "60",
        description = "With --wait: give up after this long. Default: ${DEFAULT-VALUE}.")
    long timeoutMinutes;

    @Option(names = "--log-lines", paramLabel = "N", defaultValue = "30",
        description = "Log lines printed per failed task. Default: ${DEFAULT-VALUE}.")
    int logLines;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      AirflowClient client = connection.client();
      DagRun run = client.trigger(connection.dag, parseConf(conf),
          runId != null ? runId : AirflowClient.newRunId());
      printRun(run, out);
      if (!await) {
        return 0;
      }
      return Wait.finish(client, connection.dag, run.runId(), timeoutMinutes, logLines, out);
    }

    static Map<String, Object> parseConf(List<String> items) throws Exception {
      Map<String, Object> conf = new LinkedHashMap<>();
      for (String item : items) {
        if (item.strip().startsWith("{")) {
          conf.putAll(JSON.readValue(item, new TypeReference<Map<String, Object>>() {}));
        } else {
          int eq = item.indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("--conf takes KEY=VALUE or a JSON object, not: " + item);
          }
          conf.put(item.substring(0, eq), item.substring(eq + 1));
        }
      }
      return conf;
    }
  }

  @Command(name = "wait", mixinStandardHelpOptions = true,
      description = "Wait until a run finished: exit 0 on success, 1 on failure with the failed task's log tail.")
  static final class Wait implements Callable<Integer> {
    @Mixin Connection connection;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "RUN_ID", description = "The run to wait for.")
    String runId;

    @Option(names = "--timeout", paramLabel = "MINUTES", defaultValue = "60",
        description = "Give up after this long. Default: ${DEFAULT-VALUE}.")
    long timeoutMinutes;

    @Option(names = "--log-lines", paramLabel = "N", defaultValue = "30",
        description = "Log lines printed per failed task. Default: ${DEFAULT-VALUE}.")
    int logLines;

    @Override
    public Integer call() {
      return finish(connection.client(), connection.dag, runId, timeoutMinutes, logLines,
          spec.commandLine().getOut());
    }

    static int finish(AirflowClient client, String dag, String runId, long minutes, int lines, PrintWriter out) {
      DagRun run = client.await(dag, runId, Duration.ofMinutes(minutes),
          r -> { out.printf("%s: %s%n", r.runId(), r.state()); out.flush(); });
      if (run.succeeded()) {
        return 0;
      }
      reportFailures(client, dag, run, lines, out);
      return 1;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "State of a run (the latest when no RUN_ID) and of each of its tasks.")
  static final class Status implements Callable<Integer> {
    @Mixin Connection connection;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "RUN_ID", arity = "0..1", description = "The run. Default: the latest.")
    String runId;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      AirflowClient client = connection.client();
      DagRun run;
      if (runId != null) {
        run = client.run(connection.dag, runId);
      } else {
        List<DagRun> runs = client.runs(connection.dag, 1);
        if (runs.isEmpty()) {
          out.println(connection.dag + " has no runs");
          return 0;
        }
        run = runs.get(0);
      }
      printRun(run, out);
      for (TaskInstance task : client.taskInstances(connection.dag, run.runId())) {
        out.printf("  %-12s %-16s try %d%n", task.taskId(), task.state() == null ? "none" : task.state(),
            task.tryNumber());
      }
      return 0;
    }
  }

  @Command(name = "runs", mixinStandardHelpOptions = true, description = "Recent runs, the latest first.")
  static final class Runs implements Callable<Integer> {
    @Mixin Connection connection;
    @Spec CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (DagRun run : connection.client().runs(connection.dag, limit)) {
        out.printf("%-48s %-8s %-10s %s%n", run.runId(), run.state(), run.runType(),
            run.startDate() == null ? "-" : run.startDate());
      }
      return 0;
    }
  }

  @Command(name = "logs", mixinStandardHelpOptions = true,
      description = "Log tail of a run's failed tasks, or of one task with --task.")
  static final class Logs implements Callable<Integer> {
    @Mixin Connection connection;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "RUN_ID", description = "The run.")
    String runId;

    @Option(names = "--task", paramLabel = "ID", description = "One task (any state).")
    String task;

    @Option(names = "--lines", paramLabel = "N", defaultValue = "50", description = "Default: ${DEFAULT-VALUE}.")
    int lines;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      AirflowClient client = connection.client();
      if (task == null) {
        int failed = reportFailures(client, connection.dag, client.run(connection.dag, runId), lines, out);
        if (failed == 0) {
          out.println("no failed task in " + runId);
        }
        return 0;
      }
      TaskInstance instance = client.taskInstances(connection.dag, runId).stream()
          .filter(t -> t.taskId().equals(task)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("Run " + runId + " has no task " + task));
      client.logTail(connection.dag, runId, task, Math.max(1, instance.tryNumber()), lines)
          .forEach(out::println);
      return 0;
    }
  }
}
