package id.capaian.testing;

import id.capaian.warehouse.SparkSessions;
import id.capaian.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;

/**
 * One local SparkSession per test JVM, shared by every Spark test class (start-up costs seconds). It is
 * stopped by a shutdown hook, never by a test class, so the next class finds it running.
 */
public abstract class SparkTestBase {
  private static SparkSession session;

  @BeforeAll
  static void startSpark() {
    spark();
  }

  protected static synchronized SparkSession spark() {
    if (session == null) {
      session =
          SparkSessions.create(
              "local[2]", Map.of("spark.ui.enabled", "false", "spark.sql.shuffle.partitions", "4"));
      SparkSession started = session;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "spark-test-stop"));
    }
    return session;
  }

  /** Every row of a warehouse's dataset as text, sorted: two warehouses' datasets compare as lists. */
  protected static List<String> sortedRows(Path warehouse, String dataset) {
    return spark().read().parquet(new Warehouse(warehouse).datasetUri(dataset)).collectAsList().stream()
        .map(Row::toString).sorted().toList();
  }

  /** Copies our sample documents (data/samples) into a folder, as a load's input. */
  protected static void copySamples(Path input) throws IOException {
    try (Stream<Path> samples = Files.list(SharedCorpus.projectDir().resolve("data/samples"))) {
      for (Path f : samples.toList()) {
        Files.copy(f, input.resolve(f.getFileName()));
      }
    }
  }
}
