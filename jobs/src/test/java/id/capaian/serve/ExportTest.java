package id.capaian.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.testing.CorpusWarehouse;
import id.capaian.testing.SmallWarehouse;
import id.capaian.warehouse.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
  @TempDir static Path warehouseDir;
  @TempDir Path out;
  private static Exporter exporter;

  @BeforeAll
  static void publish() throws Exception {
    SmallWarehouse.writeIngest(warehouseDir);
    SmallWarehouse.writeFacts(warehouseDir);
    SmallWarehouse.writeAnalytics(warehouseDir);
    new Publisher(new Warehouse(warehouseDir), SqlScripts.bundled()).publish();
    exporter = new Exporter(new Warehouse(warehouseDir));
  }

  @Test
  void testSdiWritesOneFilePerMetricInThePortalLayout() throws Exception {
    List<Exporter.Written> written = exporter.export(Exporter.Format.SDI, Optional.empty(), out);

    assertThat(written).extracting(Exporter.Written::metric)
        .containsExactly("anggaran", "koperasi_aktif", "koperasi_aktif_pct", "koperasi_jumlah", "wirausaha_pct");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "anggaran.csv", "koperasi_aktif.csv", "koperasi_aktif_pct.csv", "koperasi_jumlah.csv", "wirausaha_pct.csv");
    }
    assertThat(Files.readAllLines(out.resolve("koperasi_aktif_pct.csv"))).containsExactly(
        "kode_wilayah,level_wilayah,nama_wilayah,judul,satuan,tahun,data",
        "3276,kota,Kota Depok,Persentase Koperasi Aktif,%,2022,70.2",
        "3374,kota,Kota Semarang,Persentase Koperasi Aktif,%,2021,75.1",
        "3374,kota,Kota Semarang,Persentase Koperasi Aktif,%,2022,76.64",
        "3276,kota,Kota Depok,Target Persentase Koperasi Aktif,%,2022,72",
        "3374,kota,Kota Semarang,Target Persentase Koperasi Aktif,%,2022,76",
        "3374,kota,Kota Semarang,Target Persentase Koperasi Aktif,%,2023,77");
    assertThat(Files.readAllLines(out.resolve("koperasi_aktif.csv")))
        .containsExactly("kode_wilayah,level_wilayah,nama_wilayah,judul,satuan,tahun,data",
            "3374,kota,Kota Semarang,Jumlah Koperasi Aktif,unit,2022,561");
    assertThat(Files.readAllLines(out.resolve("anggaran.csv"))).contains(
        "3276,kota,Kota Depok,Persentase Serapan Anggaran Dinas,%,2023,90.5",
        "3374,kota,Kota Semarang,Realisasi Anggaran Dinas,Rp,2022,18852082292",
        "3276,kota,Kota Depok,Pagu Anggaran Dinas,Rp,2023,32300612788")
        .hasSize(1 + 3 * 4);
  }

  /**
   * The portal files of the real corpus's warehouse: the acceptance figures, each series at most one
   * value per region and year (a portal's key), and every row in the seven columns.
   */
  @Test
  void testSdiOfTheCorpusWarehouse() throws Exception {
    Warehouse corpus = CorpusWarehouse.withFacts();

    List<Exporter.Written> written = new Exporter(corpus).export(Exporter.Format.SDI, Optional.empty(), out);

    assertThat(written).extracting(Exporter.Written::metric)
        .contains("anggaran", "koperasi_aktif", "koperasi_jumlah", "koperasi_aktif_pct", "wirausaha_pct");
    assertThat(Files.readAllLines(out.resolve("anggaran.csv"))).contains(
        "3276,kota,Kota Depok,Persentase Serapan Anggaran Dinas,%,2023,90.5",
        "3276,kota,Kota Depok,Pagu Anggaran Dinas,Rp,2023,32300612788",
        "3374,kota,Kota Semarang,Pagu Anggaran Dinas,Rp,2024,25509465294");
    assertThat(Files.readAllLines(out.resolve("koperasi_aktif.csv")))
        .contains("3374,kota,Kota Semarang,Jumlah Koperasi Aktif,unit,2022,561");
    assertThat(Files.readAllLines(out.resolve("koperasi_jumlah.csv")))
        .contains("3374,kota,Kota Semarang,Jumlah Koperasi,unit,2022,732");
    assertThat(Files.readAllLines(out.resolve("wirausaha_pct.csv")))
        .contains("3276,kota,Kota Depok,Rasio Wirausaha,%,2023,0.74");
    for (Exporter.Written w : written) {
      List<String> lines = Files.readAllLines(w.file());
      assertThat(lines.get(0)).isEqualTo("kode_wilayah,level_wilayah,nama_wilayah,judul,satuan,tahun,data");
      assertThat(lines).hasSize(1 + (int) w.rows());
      List<String> keys = lines.subList(1, lines.size()).stream().map(line -> {
        String[] fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1); // commas outside quotes
        assertThat(fields).as("%s: %s", w.metric(), line).hasSize(7);
        return fields[0] + "|" + fields[3] + "|" + fields[5];
      }).toList();
      assertThat(keys).as("one value per region, series and year in %s", w.metric()).doesNotHaveDuplicates();
    }
  }

  @Test
  void testCsvOfOneMetricCarriesNamesBesideCodes() throws Exception {
    List<Exporter.Written> written = exporter.export(Exporter.Format.CSV, Optional.of("wirausaha_pct"), out);

    assertThat(written).singleElement().satisfies(w -> {
      assertThat(w.file()).isEqualTo(out.resolve("wirausaha_pct.csv").toAbsolutePath());
      assertThat(w.rows()).isEqualTo(3);
    });
    List<String> lines = Files.readAllLines(out.resolve("wirausaha_pct.csv"));
    assertThat(lines.get(0)).startsWith("metric,judul,region_code,region_title,province_name,measure,year,");
    assertThat(lines.get(1)).startsWith("wirausaha_pct,Rasio Wirausaha,3276,Kota Depok,JAWA BARAT,realisasi,2022,");
  }

  @Test
  void testParquetReadsBackWithTypes() throws Exception {
    exporter.export(Exporter.Format.PARQUET, Optional.of("koperasi_aktif_pct"), out);

    Path file = out.resolve("koperasi_aktif_pct.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      assertThat(PublisherTest.strings(c, "select region_title || ' ' || year || ' ' || value from '" + file
          + "' where measure = 'realisasi' order by region_code, year"))
          .containsExactly("Kota Depok 2022 70.2", "Kota Semarang 2021 75.1", "Kota Semarang 2022 76.64");
      assertThat(PublisherTest.strings(c, "select typeof(year) || ' ' || typeof(value) from '" + file + "' limit 1"))
          .containsExactly("INTEGER DOUBLE");
    }
  }

  @Test
  void testUnknownMetricNamesTheOnesThereAre() {
    assertThatThrownBy(() -> exporter.export(Exporter.Format.SDI, Optional.of("koperasi_sehat_pct"), out))
        .hasMessage("No values of metric 'koperasi_sehat_pct' to export; metrics with values: anggaran,"
            + " koperasi_aktif, koperasi_aktif_pct, koperasi_jumlah, wirausaha_pct");
  }

  @Test
  void testEmptyWarehouseSaysThereIsNothingToExport(@TempDir Path empty) throws Exception {
    new Publisher(new Warehouse(empty), SqlScripts.bundled()).publish();

    assertThatThrownBy(() -> new Exporter(new Warehouse(empty)).export(Exporter.Format.CSV, Optional.empty(), out))
        .hasMessageStartingWith("Nothing to export");
  }
}
