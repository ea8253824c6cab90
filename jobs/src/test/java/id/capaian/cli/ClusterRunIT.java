package id.capaian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.capaian.synth.SynthSpec;
import id.capaian.synth.SyntheticCorpus;
import id.capaian.testing.JavaProcess;
import id.capaian.testing.SharedCorpus;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a real Spark standalone cluster: a master and one worker started from the project's
 * own Spark jars on loopback (nothing downloaded), the application jar shipped in {@code spark.jars},
 * and a warehouse that must hold exactly the rows a local-mode run writes, dataset by dataset.
 */
class ClusterRunIT {
  private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

  @TempDir Path tmp;

  @Test
  void testPipelineOnAStandaloneClusterWritesTheWarehouseOfLocalMode() throws Exception {
    Path appJar = applicationJar();
    SynthSpec spec = new SynthSpec(1, 2023, 2024, 5);
    Path corpus = SyntheticCorpus.write(spec, tmp.resolve("synth")).corpus();
    Path workDir = Files.createDirectories(tmp.resolve("worker-work"));
    int masterPort = freePort();
    int masterUi = freePort();
    // The worker starts executors with SPARK_HOME's launcher: jars/ must hold the driver's Spark jars.
    Map<String, String> env = Map.of(
        "SPARK_HOME", sparkHome(tmp.resolve("spark-home")).toString(),
        "SPARK_SCALA_VERSION", "2.13",
        "SPARK_LOCAL_IP", "127.0.0.1");
    String master = "spark://127.0.0.1:" + masterPort;
    List<JavaProcess> started = new ArrayList<>();
    try {
      started.add(JavaProcess.start("spark-master", tmp, env, List.of("-Xmx512m"),
          "org.apache.spark.deploy.master.Master",
          List.of("--host", "127.0.0.1", "--port", "" + masterPort, "--webui-port", "" + masterUi)));
      JavaProcess worker = JavaProcess.start("spark-worker", tmp, env, List.of("-Xmx512m"),
          "org.apache.spark.deploy.worker.Worker",
          List.of("--host", "127.0.0.1", "--cores", "2", "--memory", "2g", "--webui-port", "" + freePort(),
              "--work-dir", workDir.toString(), master));
      started.add(worker);
      await("a worker registered with the master").atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> {
            assertThat(started).allMatch(JavaProcess::isAlive, "master and worker still running");
            return aliveWorkers(masterUi) == 1;
          });

      Path onCluster = tmp.resolve("warehouse-cluster");
      runPipeline(started, env, corpus, onCluster, List.of("--master", master,
          "--conf", "spark.jars=" + appJar, "--conf", "spark.driver.host=127.0.0.1",
          "--conf", "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.executor.memory=1g",
          "--conf", "spark.cores.max=2"));
      // The work ran in an executor the worker launched, not in the driver.
      try (Stream<Path> apps = Files.list(workDir)) {
        assertThat(apps.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("app-"));
      }
      Path local = tmp.resolve("warehouse-local");
      runPipeline(started, Map.of(), corpus, local, List.of("--master", "local[2]"));

      assertSameDatasets(local, onCluster, spec.documentCount());
    } finally {
      Collections.reverse(started);
      started.forEach(JavaProcess::close);
    }
  }

  private void runPipeline(List<JavaProcess> started, Map<String, String> env, Path corpus, Path warehouse,
      List<String> options) {
    List<String> args = new ArrayList<>(List.of("run", "--input", corpus.toString(), "--warehouse",
        warehouse.toString()));
    args.addAll(options);
    JavaProcess run = JavaProcess.start("capaian-" + warehouse.getFileName(), tmp, env, List.of("-Xmx1g"),
        Capaian.class.getName(), args);
    started.add(run);
    assertThat(run.await(Duration.ofMinutes(10))).as("capaian %s; its log:\n%s", args, run.output()).isZero();
  }

  /** Every dataset of both warehouses holds the same multiset of rows. */
  private static void assertSameDatasets(Path expected, Path actual, int documents) throws IOException, SQLException {
    Path a = expected.resolve("parquet").toRealPath();
    Path b = actual.resolve("parquet").toRealPath();
    TreeSet<String> datasets = datasetNames(a);
    assertThat(datasetNames(b)).isEqualTo(datasets);
    assertThat(datasets).contains("documents", "cells");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      for (String dataset : datasets) {
        String left = scan(a.resolve(dataset));
        String right = scan(b.resolve(dataset));
        if (left == null || right == null) {
          assertThat(right).as("%s: written by one run only", dataset).isEqualTo(left);
          continue;
        }
        long rows = count(st, "select count(*) from " + left);
        assertThat(count(st, "select count(*) from " + right)).as("%s rows", dataset).isEqualTo(rows);
        assertThat(count(st, "select count(*) from (select * from " + left + " except all select * from " + right
            + ")")).as("%s: rows of local mode missing on the cluster", dataset).isZero();
        assertThat(count(st, "select count(*) from (select * from " + right + " except all select * from " + left
            + ")")).as("%s: rows only on the cluster", dataset).isZero();
      }
      assertThat(count(st, "select count(*) from " + scan(a.resolve("documents")))).isEqualTo(documents);
    }
  }

  private static TreeSet<String> datasetNames(Path parquet) throws IOException {
    try (Stream<Path> dirs = Files.list(parquet)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  /** A DuckDB scan of a dataset folder, or null when it holds no Parquet file. */
  private static String scan(Path dataset) throws IOException {
    try (Stream<Path> files = Files.walk(dataset)) {
      if (files.noneMatch(p -> p.toString().endsWith(".parquet"))) {
        return null;
      }
    }
    return "read_parquet('" + dataset + "/**/*.parquet', union_by_name = true)";
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int aliveWorkers(int masterUi) {
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/"))
              .timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      Matcher m = ALIVE_WORKERS.matcher(response.body());
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException e) {
      return 0; // the master's UI is not up yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** A SPARK_HOME whose jars/ links every jar of this JVM's classpath (Spark and its dependencies). */
  private static Path sparkHome(Path home) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (String entry : JavaProcess.classpath()) {
      Path jar = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(jar) && !Files.exists(jars.resolve(jar.getFileName()))) {
        Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
      }
    }
    return home;
  }

  /** The cluster jar the package phase wrote (failsafe runs after it). */
  private static Path applicationJar() throws IOException {
    Path target = SharedCorpus.projectDir().resolve("target");
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> p.getFileName().toString().matches("capaian-.*-spark\\.jar")).findFirst()
          .orElseThrow(() -> new AssertionError("No target/capaian-*-spark.jar: run 'mvn package' (or verify)"));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
