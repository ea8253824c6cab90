package id.capaian.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.capaian.testing.SharedCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads run as real {@code capaian} processes (a JVM each, Spark in local mode): a run killed with
 * SIGKILL in the middle of a load leaves the previous warehouse queryable, the next run recovers, and
 * a second run on a busy warehouse is refused.
 */
class WarehouseLoadIT {
  @TempDir Path input;
  @TempDir Path dir;
  private Path warehouse;

  /** A finished command: exit code and what it printed. */
  record Result(int exit, String out, String err) {}

  @BeforeEach
  void corpus() throws IOException {
    warehouse = dir.resolve("wh");
    addDocuments(0, 12);
  }

  /** Copies of the samples, each made distinct by a closing line, so each is its own document. */
  private void addDocuments(int from, int to) throws IOException {
    List<Path> samples;
    try (Stream<Path> files = Files.list(SharedCorpus.projectDir().resolve("data/samples"))) {
      samples = files.sorted().toList();
    }
    for (int i = from; i < to; i++) {
      Path sample = samples.get(i % samples.size());
      String name = sample.getFileName().toString().replaceFirst("\\.(md|txt)$", "-" + i + ".$1");
      Files.writeString(input.resolve(name), Files.readString(sample) + "\nSalinan " + i + "\n");
    }
  }

  private ProcessBuilder capaian(String... args) throws IOException {
    Path project = SharedCorpus.projectDir();
    Path classpath = project.resolve("target/classpath.txt");
    assumeTrue(Files.isRegularFile(classpath), "skipped: no target/classpath.txt (run mvn verify)");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "@" + project.resolve("jobs/jvm.options"), "-Xmx1g",
        "-cp", project.resolve("target/classes") + ":" + Files.readString(classpath).strip(),
        "id.capaian.cli.Capaian"));
    command.addAll(List.of(args));
    command.addAll(List.of("--input", input.toString(), "--warehouse", warehouse.toString(), "--conf",
        "spark.master=local[2]"));
    return new ProcessBuilder(command).directory(dir.toFile());
  }

  private Result run(String... args) throws Exception {
    Process process = capaian(args).start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), out.get(), err.get());
  }

  private static String drain(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** Starts a run and returns once it is ingesting (its lock held, its version being written). */
  private Process startIngesting() throws Exception {
    Process process = capaian("run").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = err.readLine()) != null && !line.startsWith("ingest: ")) {
      // Start-up lines.
    }
    assertThat(line).as("the run reached ingest").isNotNull();
    CompletableFuture.runAsync(() -> drain(process.getErrorStream()));
    return process;
  }

  private long count(String sql) throws SQLException {
    String parquet = warehouse.resolve("parquet").toString();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql.replace("$P", parquet))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private long documents() throws SQLException {
    return count("SELECT count(*) FROM read_parquet('$P/documents/*.parquet')");
  }

  /** Rows of cells whose document the warehouse does not list: a mix of two versions would show here. */
  private long strayCells() throws SQLException {
    return count("SELECT count(*) FROM read_parquet('$P/cells/*.parquet') c WHERE c.doc_id NOT IN "
        + "(SELECT doc_id FROM read_parquet('$P/documents/*.parquet'))");
  }

  private String current() throws IOException {
    return Files.readSymbolicLink(warehouse.resolve("current")).getFileName().toString();
  }

  @Test
  void testAKilledLoadLeavesThePreviousWarehouseQueryableAndTheNextRunRecovers() throws Exception {
    Result first = run("run");
    assertThat(first.exit()).as(first.err()).isZero();
    String published = current();
    assertThat(documents()).isEqualTo(12);

    addDocuments(12, 40);
    Process killed = startIngesting();
    Thread.sleep(1500);
    killed.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
    killed.waitFor(1, TimeUnit.MINUTES);

    // Whenever the kill landed, readers see one whole version: the previous one unless it had published.
    if (current().equals(published)) {
      assertThat(documents()).isEqualTo(12);
    } else {
      assertThat(documents()).isEqualTo(40);
    }
    assertThat(strayCells()).isZero();

    Result next = run("run");
    assertThat(next.exit()).as(next.err()).isZero();
    assertThat(documents()).isEqualTo(40);
    assertThat(strayCells()).isZero();
    assertThat(next.out()).contains("12 kept").contains("published");
    String now = current();
    try (Stream<Path> versions = Files.list(warehouse.resolve("versions"))) {
      // The killed run's version is gone: the current one and the one before it remain.
      assertThat(versions.map(v -> v.getFileName().toString())).containsExactlyInAnyOrder(published, now);
    }
    assertThat(next.err()).containsPattern("removed unfinished load \\S+ \\(a run that stopped before publishing\\)");
  }

  @Test
  void testASecondRunOnABusyWarehouseIsRefusedAndAnUnchangedOneChangesNothing() throws Exception {
    Process busy = startIngesting();
    try {
      Result refused = run("run");
      assertThat(refused.exit()).isEqualTo(1);
      assertThat(refused.err().strip())
          .startsWith("capaian: error: Cannot load warehouse " + warehouse + ": another capaian run is loading it (pid "
              + busy.pid() + " on ")
          .doesNotContain("\n");
    } finally {
      assertThat(busy.waitFor(5, TimeUnit.MINUTES)).isTrue();
    }
    assertThat(busy.exitValue()).isZero();
    String version = current();
    List<String> before = listing();

    Result again = run("run");

    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("nothing changed since version " + version + ": skipped");
    assertThat(listing()).isEqualTo(before);
    assertThat(documents()).isEqualTo(12);
  }

  /** Every file of the warehouse with its size and time: what "changes nothing" compares. */
  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.walk(warehouse)) {
      // The lock files, and the root folder whose time they touch, are the run's, not the warehouse's.
      return files.filter(p -> !p.equals(warehouse) && !p.getFileName().toString().startsWith(".lock")).map(p -> {
        try {
          return warehouse.relativize(p) + " " + Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          return p.toString();
        }
      }).sorted().toList();
    }
  }
}
