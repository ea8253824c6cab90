package id.capaian.facts.job;

import static org.assertj.core.api.Assertions.assertThat;

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

/** An incremental facts run writes exactly the rows a full run of the same input writes. */
class IncrementalFactsTest extends SparkTestBase {
  private static final List<String> DATASETS = List.of("facts", "facts_skipped");

  @TempDir Path input;
  @TempDir Path dir;

  /** One load of ingest and facts as the CLI runs it: incremental when the scope allows. */
  private FactsJob.Result load(Path root, boolean full) {
    try (WarehouseLoad load =
        WarehouseLoad.begin(root, input.toString(), null, List.of("ingest", "facts"), full, line -> {})) {
      LoadScope scope = load.scope();
      IngestJob.Incremental ingest = null;
      FactsJob.Incremental facts = null;
      if (scope.incremental() && load.previous().isPresent()) {
        Warehouse previous = load.previous().get();
        ingest = new IngestJob.Incremental(scope.changed(), d -> KeptRows.of(spark(), previous, scope, d));
        facts = new FactsJob.Incremental(scope.keptDocIds(), d -> KeptRows.of(spark(), previous, scope, d));
      }
      new IngestJob(spark()).run(input.toString(), load.target(), Progress.NONE, ingest);
      FactsJob.Result result = new FactsJob(spark()).run(load.target(), Progress.NONE, facts);
      load.publish();
      return result;
    }
  }

  private List<String> rows(Path root, String dataset) {
    return sortedRows(root, dataset);
  }

  @Test
  void testChangedAndRemovedDocumentsGiveTheFactsOfAFullRun() throws IOException {
    copySamples(input);
    Path incremental = dir.resolve("incremental");
    load(incremental, false);
    Path renja = input.resolve("kota-semarang-renja-2024.md");
    Files.writeString(renja, Files.readString(renja).replace("732 unit koperasi", "733 unit koperasi"));
    Files.delete(input.resolve("kota-depok-lkjip-2023.txt"));

    FactsJob.Result result = load(incremental, false);

    Path full = dir.resolve("full");
    load(full, true);
    for (String dataset : DATASETS) {
      assertThat(rows(incremental, dataset)).as(dataset).isEqualTo(rows(full, dataset));
    }
    assertThat(result.documents()).isEqualTo(2);
    List<Row> jumlah = spark().read().parquet(new Warehouse(incremental).datasetUri("facts"))
        .where("metric = 'koperasi_jumlah'").collectAsList();
    assertThat(jumlah).extracting(r -> r.<Double>getAs("value")).containsExactly(733.0);
    assertThat(rows(incremental, "facts")).noneMatch(r -> r.contains("kota-depok-lkjip-2023.txt"));
  }
}
