package id.capaian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incremental ingest writes exactly the rows a full ingest of the same input writes. */
class IncrementalIngestTest extends SparkTestBase {
  private static final List<String> DATASETS =
      List.of("documents", "doc_tables", "cells", "doc_text", "document_lines");

  @TempDir Path input;
  @TempDir Path dir;

  /** One load as the CLI runs it: incremental when the scope allows, published at the end. */
  private LoadScope ingest(Path root, boolean full) {
    try (WarehouseLoad load =
        WarehouseLoad.begin(root, input.toString(), null, List.of("ingest"), full, line -> {})) {
      LoadScope scope = load.scope();
      IngestJob.Incremental incremental = null;
      if (scope.incremental() && load.previous().isPresent()) {
        Warehouse previous = load.previous().get();
        incremental = new IngestJob.Incremental(
            scope.changed(), d -> KeptRows.of(spark(), previous, scope, d));
      }
      new IngestJob(spark()).run(input.toString(), load.target(), Progress.NONE, incremental);
      load.publish();
      return scope;
    }
  }

  private List<String> rows(Path root, String dataset) {
    return sortedRows(root, dataset);
  }

  @Test
  void testChangedAddedAndRemovedDocumentsGiveTheRowsOfAFullIngest() throws IOException {
    copySamples(input);
    Files.writeString(input.resolve("kosong.txt"), "");
    Path incremental = dir.resolve("incremental");
    assertThat(ingest(incremental, false).incremental()).isFalse();
    long before = spark().read().parquet(new Warehouse(incremental).datasetUri("cells")).count();

    Path renja = input.resolve("kota-semarang-renja-2024.md");
    Files.writeString(renja, Files.readString(renja).replace("732 unit koperasi", "733 unit koperasi"));
    Path depok = input.resolve("kota-depok-lkjip-2023.txt");
    Files.delete(depok);
    Files.write(input.resolve("rusak.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0});
    LoadScope scope = ingest(incremental, false);

    assertThat(scope.incremental()).isTrue();
    assertThat(scope.changed()).containsExactly("kota-semarang-renja-2024.md", "rusak.txt");
    assertThat(scope.removed()).containsExactly("kota-depok-lkjip-2023.txt");
    Path full = dir.resolve("full");
    ingest(full, true);
    for (String dataset : DATASETS) {
      assertThat(rows(incremental, dataset)).as(dataset).isEqualTo(rows(full, dataset));
    }
    assertThat(rows(incremental, "documents")).anyMatch(r -> r.contains("rusak.txt") && r.contains("rejected"))
        .noneMatch(r -> r.contains("kota-depok-lkjip-2023.txt"));
    assertThat(spark().read().parquet(new Warehouse(incremental).datasetUri("cells")).count())
        .isLessThan(before);
  }

  @Test
  void testLoadingTheSameInputTwiceGivesIdenticalRows() throws IOException {
    copySamples(input);
    Path root = dir.resolve("wh");
    ingest(root, false);
    List<List<String>> first = DATASETS.stream().map(d -> rows(root, d)).toList();

    ingest(root, true);

    assertThat(DATASETS.stream().map(d -> rows(root, d)).toList()).isEqualTo(first);
    assertThat(first.get(0)).hasSize(3);
  }
}
