package id.capaian.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.capaian.analytics.job.AnalyticsJob;
import id.capaian.facts.job.FactsJob;
import id.capaian.ingest.IngestJob;
import id.capaian.serve.Publisher;
import id.capaian.serve.SqlScripts;
import id.capaian.warehouse.Progress;
import id.capaian.warehouse.Warehouse;
import id.capaian.warehouse.WarehouseLoad;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The warehouse {@code capaian run --input ../shared/corpus} builds on a first load (ingest, facts,
 * analytics, then publish to {@code capaian.duckdb}, in a version made current by the load), built
 * once per test JVM on the shared SparkSession, so the test classes that check the real corpus end to end do not each rerun the
 * pipeline. Read it, never write to it. Skipped (by {@link SharedCorpus}) where the corpus is absent.
 */
public final class CorpusWarehouse {
  private static Warehouse warehouse;
  private static RuntimeException failure;

  private CorpusWarehouse() {}

  /** The built warehouse; the first call builds it (tens of seconds). */
  public static synchronized Warehouse get() {
    Path corpus = SharedCorpus.corpus();
    if (failure != null) {
      throw new IllegalStateException("the corpus warehouse failed to build earlier in this JVM", failure);
    }
    if (warehouse == null) {
      try {
        warehouse = build(corpus);
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      }
    }
    return warehouse;
  }

  /** The warehouse, skipping the test where the facts stage found nothing to reconcile. */
  public static Warehouse withFacts() {
    Warehouse built = get();
    assumeTrue(SparkTestBase.spark().read().parquet(built.datasetUri("facts")).count() > 0,
        "skipped: the facts stage wrote no facts for the corpus");
    return built;
  }

  private static Warehouse build(Path corpus) {
    Path root;
    try {
      root = Files.createTempDirectory("capaian-corpus-warehouse");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root), "corpus-warehouse-delete"));
    // A first load as 'capaian run' makes it (cli/Stages): a version written by the stages in
    // Pipeline's order, then published, so readers see WAREHOUSE/capaian.duckdb and WAREHOUSE/parquet
    // through the links to the current version, as they do after a real run.
    List<String> stages = List.of("ingest", "facts", "analytics", "publish");
    try (WarehouseLoad load = WarehouseLoad.begin(root, corpus.toString(), null, stages, false, note -> {})) {
      Warehouse version = load.target();
      new IngestJob(SparkTestBase.spark()).run(corpus.toString(), version, Progress.NONE);
      load.ran("ingest");
      new FactsJob(SparkTestBase.spark()).run(version, Progress.NONE);
      load.ran("facts");
      new AnalyticsJob(SparkTestBase.spark()).run(version, Progress.NONE);
      load.ran("analytics");
      new Publisher(version, SqlScripts.bundled()).publish();
      load.ran("publish");
      load.publish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot publish the corpus warehouse: " + e.getMessage(), e);
    }
    return new Warehouse(root);
  }

  private static void delete(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temp folder left behind is harmless at JVM exit.
    }
  }
}
