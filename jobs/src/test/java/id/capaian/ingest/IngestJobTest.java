package id.capaian.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.testing.SparkTestBase;
import id.capaian.warehouse.Progress;
import id.capaian.warehouse.Warehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest extends SparkTestBase {
  private static final String RENJA =
      String.join(
          "\n",
          "RENCANA KERJA (RENJA)",
          "TAHUN 2024",
          "DINAS KOPERASI DAN USAHA MIKRO",
          "KOTA SEMARANG",
          "",
          "Tabel 2.2 Realisasi Belanja",
          "",
          "| URAIAN | TA 2022 |",
          "|---|---|",
          "| Jumlah Belanja Daerah | 22.500.227.865 |",
          "");

  @TempDir Path input;
  @TempDir Path warehouseDir;

  @Test
  void testBadFilesAreRecordedWithTheirReasonAndTheBatchGoesOn() throws Exception {
    Files.writeString(input.resolve("renja.txt"), RENJA);
    Files.createDirectories(input.resolve("nested/deeper"));
    Files.writeString(input.resolve("nested/deeper/copy.md"), RENJA);
    Files.write(input.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0, 0});
    Files.write(input.resolve("latin1.txt"), "Koperasi \u00e9t\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(input.resolve("empty.md"), new byte[0]);
    Files.writeString(input.resolve("notes.txt"), "Notulen rapat koordinasi\nKota Semarang\n");
    Files.writeString(input.resolve("ignored.csv"), "not,a,document\n");

    Warehouse warehouse = new Warehouse(warehouseDir);
    IngestJob.Summary summary = new IngestJob(spark()).run(input.toString(), warehouse, Progress.NONE);

    assertThat(summary.documents()).isEqualTo(6);
    assertThat(summary.accepted()).isEqualTo(1);
    Map<String, String> reasons =
        summary.rejects().stream()
            .collect(Collectors.toMap(IngestJob.Reject::sourceFile, r -> r.status() + ": " + r.reason()));
    assertThat(reasons)
        .containsOnly(
            Map.entry("binary.txt", "rejected: binary content, not a text document"),
            Map.entry("latin1.txt", "rejected: not UTF-8 text"),
            Map.entry("empty.md", "rejected: empty file"),
            Map.entry("notes.txt", "rejected: no recognisable identity: no Renja, Renstra or LKjIP title"),
            Map.entry("renja.txt", "duplicate: same content as nested/deeper/copy.md"));

    List<Row> docs =
        spark().read().parquet(warehouse.datasetUri("documents")).where("status = 'accepted'").collectAsList();
    assertThat(docs).hasSize(1);
    Row doc = docs.get(0);
    assertThat(doc.<String>getAs("source_file")).isEqualTo("nested/deeper/copy.md");
    assertThat(doc.<String>getAs("region_code")).isEqualTo("3374");
    assertThat(doc.<String>getAs("doc_type")).isEqualTo("RENJA");
    assertThat(doc.<Integer>getAs("plan_year")).isEqualTo(2024);
    assertThat(doc.<String>getAs("doc_id")).isEqualTo(
        id.capaian.extract.DocumentReader.sha256(RENJA.getBytes(StandardCharsets.UTF_8)));

    List<Row> cells = spark().read().parquet(warehouse.datasetUri("cells")).collectAsList();
    assertThat(cells).extracting(r -> r.<String>getAs("text"))
        .contains("Jumlah Belanja Daerah", "22.500.227.865");
    assertThat(cells).allSatisfy(r -> assertThat(r.<Integer>getAs("source_line")).isEqualTo(10));
  }

  @Test
  void testMissingInputFolderIsOneClearError() {
    Warehouse warehouse = new Warehouse(warehouseDir);
    String missing = input.resolve("nope").toString();
    assertThatThrownBy(() -> new IngestJob(spark()).run(missing, warehouse, Progress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot read input: " + missing + " does not exist");
  }
}
