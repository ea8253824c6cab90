package id.capaian.facts.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.ingest.IngestJob;
import id.capaian.testing.SharedCorpus;
import id.capaian.testing.SparkTestBase;
import id.capaian.warehouse.Progress;
import id.capaian.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts stage on Spark, over the project's own sample document. */
class FactsJobTest extends SparkTestBase {
  @TempDir static Path warehouseDir;
  private static Warehouse warehouse;
  private static FactsJob.Result result;

  @BeforeAll
  static void runStages() {
    warehouse = new Warehouse(warehouseDir);
    new IngestJob(spark())
        .run(SharedCorpus.projectDir().resolve("data/samples").toString(), warehouse, Progress.NONE);
    result = new FactsJob(spark()).run(warehouse, Progress.NONE);
  }

  @Test
  void testEveryAcceptedDocumentIsReadWithoutError() {
    long accepted =
        spark().read().parquet(warehouse.datasetUri("documents")).where("status = 'accepted'").count();
    assertThat(accepted).isPositive();
    assertThat(result.documents()).isEqualTo(accepted);
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void testEveryNonEmptyDataCellIsEitherAFactOrSkippedWithItsReason() {
    long cells = spark().read().parquet(warehouse.datasetUri("cells"))
        .join(spark().read().parquet(warehouse.datasetUri("doc_tables")).where("kind = 'DATA'"),
            new String[] {"doc_id", "table_no"}, "inner")
        .count();
    List<Row> skipped = spark().read().parquet(warehouse.datasetUri("facts_skipped")).collectAsList();
    assertThat(result.factCells() + skipped.size()).isEqualTo(cells);
    assertThat(skipped).allSatisfy(r -> assertThat(r.<String>getAs("reason")).isNotBlank());
  }
}
