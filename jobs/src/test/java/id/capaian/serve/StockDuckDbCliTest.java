package id.capaian.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.capaian.testing.SharedCorpus;
import id.capaian.testing.SmallWarehouse;
import id.capaian.warehouse.Warehouse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published file opens in the stock DuckDB CLI, an older release than the JDBC driver that wrote
 * it (PyPI's {@code duckdb-cli}, installed by {@code .ci/run} into {@code build/duckdb-cli}; or set
 * {@code -Dcapaian.duckdb.cli=PATH}). Skipped with a message where no CLI is installed.
 */
class StockDuckDbCliTest {
  @TempDir static Path dir;
  private static Path cli;

  @BeforeAll
  static void publish() throws Exception {
    String configured = System.getProperty("capaian.duckdb.cli");
    cli = configured != null ? Path.of(configured) : SharedCorpus.projectDir().resolve("build/duckdb-cli/bin/duckdb");
    assumeTrue(Files.isExecutable(cli), "skipped: no DuckDB CLI at " + cli
        + " (python3 -m venv build/duckdb-cli && build/duckdb-cli/bin/pip install duckdb-cli, as .ci/run does)");
    SmallWarehouse.writeIngest(dir);
    SmallWarehouse.writeFacts(dir);
    new Publisher(new Warehouse(dir), SqlScripts.bundled()).publish();
  }

  @Test
  void testCliStartedInTheWarehouseFolderReadsTheViews() throws Exception {
    List<String> lines = duckdb(dir, "-readonly", "-csv", "capaian.duckdb",
        "-c", "select region_title, count_documents from regions where count_documents > 0 order by region_code");

    assertThat(lines).containsExactly("region_title,count_documents", "Kota Depok,1", "Kota Semarang,1");
  }

  @Test
  void testCliElsewhereReadsTheViewsWithTheSearchPathSet() throws Exception {
    Path elsewhere = Files.createTempDirectory("capaian-cli");
    List<String> lines = duckdb(elsewhere, "-readonly", "-csv",
        "-cmd", "set file_search_path = '" + dir + "'", dir.resolve("capaian.duckdb").toString(),
        "-c", "select metric, value from facts where region_code = '3374' order by value");

    assertThat(lines).containsExactly("metric,value", "koperasi_aktif,561.0", "koperasi_jumlah,732.0");
  }

  @Test
  void testCliIsAnOlderReleaseThanTheDriver() throws Exception {
    List<String> lines = duckdb(dir, "--version");

    assertThat(lines.get(0)).as("the stock CLI should be a 1.x release").startsWith("v1.");
  }

  private static List<String> duckdb(Path workingDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(cli.toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("duckdb finished").isTrue();
    assertThat(process.exitValue()).as("duckdb exit code; output: %s", output).isZero();
    return output.lines().toList();
  }
}
