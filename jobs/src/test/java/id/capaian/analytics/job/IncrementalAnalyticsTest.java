package id.capaian.analytics.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.facts.job.FactsJob;
import id.capaian.ingest.IngestJob;
import id.capaian.testing.SparkTestBase;
import id.capaian.warehouse.KeptRows;
import id.capaian.warehouse.LoadScope;
import id.capaian.warehouse.Progress;
import id.capaian.warehouse.Warehouse;
import id.capaian.warehouse.WarehouseLoad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental analytics run, which recomputes only the regions of changed documents and keeps the
 * others' rows, writes exactly the rows of a full run of the same input.
 */
class IncrementalAnalyticsTest extends SparkTestBase {
  @TempDir Path input;
  @TempDir Path dir;

  /** One load of ingest, facts and analytics as the CLI runs it: incremental when the scope allows. */
  private AnalyticsJob.Summary load(Path root, boolean full) {
    try (WarehouseLoad load = WarehouseLoad.begin(root, input.toString(), null,
        List.of("ingest", "facts", "analytics"), full, line -> {})) {
      LoadScope scope = load.scope();
      IngestJob.Incremental ingest = null;
      FactsJob.Incremental facts = null;
      AnalyticsJob.Incremental analytics = null;
      if (scope.incremental() && load.previous().isPresent()) {
        Warehouse previous = load.previous().get();
        ingest = new IngestJob.Incremental(scope.changed(), d -> KeptRows.of(spark(), previous, scope, d));
        facts = new FactsJob.Incremental(scope.keptDocIds(), d -> KeptRows.of(spark(), previous, scope, d));
        analytics = new AnalyticsJob.Incremental(previous, scope.keptDocIds());
      }
      new IngestJob(spark()).run(input.toString(), load.target(), Progress.NONE, ingest);
      new FactsJob(spark()).run(load.target(), Progress.NONE, facts);
      AnalyticsJob.Summary summary = new AnalyticsJob(spark()).run(load.target(), Progress.NONE, analytics);
      load.publish();
      return summary;
    }
  }

  private List<String> rows(Path root, String dataset) {
    return sortedRows(root, dataset);
  }

  private List<String> rows(Path root, String dataset, String where) {
    return spark().read().parquet(new Warehouse(root).datasetUri(dataset)).where(where).collectAsList().stream()
        .map(Row::toString).sorted().toList();
  }

  @Test
  void testOnlyTheRegionsOfChangedDocumentsAreRecomputedAndTheRowsAreThoseOfAFullRun() throws IOException {
    copySamples(input);
    Path incremental = dir.resolve("incremental");
    assertThat(load(incremental, false).recomputedRegions()).as("a first load computes everything").isNull();
    String mojokerto = "region_code = '3516'";
    List<String> mojokertoBefore = rows(incremental, "metric_values", mojokerto);

    // Kota Semarang (3374) changes a count and Kota Depok (3276) leaves; Kabupaten Mojokerto is kept.
    Path renja = input.resolve("kota-semarang-renja-2024.md");
    Files.writeString(renja, Files.readString(renja).replace("732 unit koperasi", "733 unit koperasi"));
    Files.delete(input.resolve("kota-depok-lkjip-2023.txt"));
    AnalyticsJob.Summary summary = load(incremental, false);

    assertThat(summary.recomputedRegions()).containsExactlyInAnyOrder("3374", "3276");
    Path full = dir.resolve("full");
    load(full, true);
    for (String dataset : AnalyticsJob.DATASETS) {
      assertThat(rows(incremental, dataset)).as(dataset).isEqualTo(rows(full, dataset));
    }
    assertThat(mojokertoBefore).isNotEmpty();
    assertThat(rows(incremental, "metric_values", mojokerto)).isEqualTo(mojokertoBefore);
    assertThat(rows(incremental, "metric_values", "region_code = '3276'")).isEmpty();
    assertThat(rows(incremental, "metric_values", "region_code = '3374' and metric = 'koperasi_jumlah'"))
        .anyMatch(r -> r.contains("733.0"));
  }
}
