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
  void testTheJobGivesTheFactsThePureExtractorGivesOnTheSameFiles() throws java.io.IOException {
    java.util.Set<String> expected = new java.util.TreeSet<>();
    try (java.util.stream.Stream<Path> files =
        java.nio.file.Files.list(SharedCorpus.projectDir().resolve("data/samples"))) {
      for (Path file : files.toList()) {
        var outcome = id.capaian.extract.DocumentReader.defaults()
            .read(file.getFileName().toString(), java.nio.file.Files.readAllBytes(file));
        if (outcome instanceof id.capaian.extract.ReadOutcome.Accepted accepted) {
          for (id.capaian.facts.Fact f : id.capaian.facts.FactExtractor.defaults().extract(accepted.document()).facts()) {
            expected.add(String.join("|", f.factId(), String.valueOf(f.value()), String.valueOf(f.metric()),
                String.valueOf(f.measure()), String.valueOf(f.year()), String.valueOf(f.level()),
                String.valueOf(f.kode()), String.valueOf(f.sourceLine()), String.join(",", f.flags())));
          }
        }
      }
    }
    java.util.Set<String> written = new java.util.TreeSet<>();
    for (Row r : spark().read().parquet(warehouse.datasetUri("facts")).collectAsList()) {
      written.add(String.join("|", r.<String>getAs("fact_id"), String.valueOf(r.<Double>getAs("value")),
          String.valueOf(r.<String>getAs("metric")), String.valueOf(r.<String>getAs("measure")),
          String.valueOf(r.<Integer>getAs("year")), String.valueOf(r.<String>getAs("level")),
          String.valueOf(r.<String>getAs("kode")), String.valueOf(r.<Integer>getAs("source_line")),
          String.join(",", r.<String>getList(r.fieldIndex("flags")))));
    }
    assertThat(written).isNotEmpty().isEqualTo(expected);
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
