package id.capaian.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.analytics.job.AnalyticsJob;
import id.capaian.testing.SparkTestBase;
import id.capaian.warehouse.DatasetSchema;
import id.capaian.warehouse.Progress;
import id.capaian.warehouse.RowBuilder;
import id.capaian.warehouse.Schemas;
import id.capaian.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analytics job end to end on hand-built facts of two regions written as the facts stage would. */
class AnalyticsJobTest extends SparkTestBase {
  private static final String[] OUTPUTS = {
    "metric_values", "metric_candidates", "trend_koperasi_aktif", "trend_wirausaha",
    "trend_budget_realization", "compare_regions", "latest_values", "dq_findings", "regions"
  };

  @TempDir Path dir;

  private static final FactBuilder RENJA = FactBuilder.doc("renja-smg", "RENJA", 2024).region("3374");
  private static final FactBuilder RENSTRA = FactBuilder.doc("renstra-smg", "RENSTRA", 2016).region("3374");
  private static final FactBuilder LKJIP = FactBuilder.doc("lkjip-dpk", "LKJIP", 2023).region("3276");

  private static List<FactRow> facts() {
    List<FactRow> f = new ArrayList<>();
    FactBuilder total = RENJA.table(4, "Tabel 2.2").level("dinas", null).subject("Jumlah Belanja Daerah").row(20, 427);
    f.add(total.pagu("induk", 2021).col(1).is(23_706_716_000.0, "23.706.716.000"));
    f.add(total.pagu("perubahan", 2021).col(2).is(21_742_870_123.0, "21.742.870.123"));
    f.add(total.metric("anggaran", "realisasi", 2021).unit("Rp").col(3).is(17_634_959_089.0, "17.634.959.089"));
    f.add(total.pagu("perubahan", 2022).col(5).is(22_500_227_865.0, "22.500.227.865"));
    f.add(total.metric("anggaran", "realisasi", 2022).unit("Rp").col(6).is(18_852_082_292.0, "18.852.082.292"));
    f.add(total.pagu("penetapan", 2024).col(8).is(25_509_465_294.0, "25.509.465.294"));
    // Tabel 4.1: the urusan total differs from Tabel 2.2 and from its own programs.
    FactBuilder t41 = RENJA.table(9, "Tabel 4.1").pagu("penetapan", 2024).col(5);
    f.add(t41.level("dinas", null).row(0, 1068).is(25_509_465_249.0, "25.509.465.249"));
    f.add(t41.level("program", "2.17.02").row(1, 1069).is(25_000_000_000.0, "25.000.000.000"));
    f.add(t41.level("program", "2.17.08").row(2, 1100).is(509_465_294.0, "509.465.294"));
    // Koperasi: counts in prose, percentages in tables of two documents.
    f.add(RENJA.prose().line(505).metric("koperasi_jumlah", "realisasi", 2022).unit("unit").is(732, "732 unit"));
    f.add(RENJA.prose().line(505).metric("koperasi_aktif", "realisasi", 2022).unit("unit").is(561, "561 unit"));
    FactBuilder pct = RENJA.table(3, "Tabel 2.3").row(5, 453).metric("koperasi_aktif_pct", null, null).unit("%");
    f.add(pct.measure("target", 2022).col(3).is(76, "76,00"));
    f.add(pct.measure("realisasi", 2022).col(7).is(76.64, "76,64"));
    f.add(RENJA.table(6, "Tabel 2.7").row(1, 552).metric("koperasi_aktif_pct", "realisasi", 2021).unit("%")
        .is(88.61, "88,61%"));
    f.add(RENJA.table(5, "Tabel 2.4").row(12, 494).metric("koperasi_aktif_pct", "realisasi", 2021).unit("%")
        .is(88.6, "88,60%"));
    f.add(RENSTRA.table(20, "Tabel 7.1").row(1, 1497).metric("koperasi_aktif_pct", "target", 2021).unit("%")
        .is(88.6, "88,6"));
    // Depok: budget and the wirausaha ratio with its parts.
    FactBuilder dpk = LKJIP.table(30, "table 30").level("dinas", null).row(0, 943);
    f.add(dpk.pagu(null, 2023).col(6).is(32_300_612_788.0, "32,300,612,788"));
    f.add(dpk.metric("anggaran", "realisasi", 2023).unit("Rp").col(7).is(29_231_216_957.0, "29,231,216,957"));
    f.add(dpk.metric("anggaran", "serapan_pct", 2023).unit("%").col(8).is(90.5, "90.50%"));
    f.add(LKJIP.prose().line(624).metric("wirausaha_jumlah", "realisasi", 2023).is(10_167, "10.167 jiwa"));
    f.add(LKJIP.prose().line(624).metric("penduduk_usia_produktif", "realisasi", 2023).is(1_371_808, "1.371.808"));
    f.add(LKJIP.table(17, "table 17").row(2, 595).metric("wirausaha_pct", "realisasi", 2023).unit("%").is(0.74, "0,74%"));
    f.add(LKJIP.table(17, "table 17").row(2, 595).metric("koperasi_aktif_pct", "realisasi", 2022).unit("%")
        .is(87.79, "87,79"));
    return f;
  }

  private Warehouse write(List<FactRow> facts) {
    Warehouse warehouse = new Warehouse(dir);
    List<Row> rows = new ArrayList<>();
    Map<String, Row> documents = new TreeMap<>();
    Map<String, Row> tables = new TreeMap<>();
    for (FactRow fact : facts) {
      rows.add(RowBuilder.of("facts")
          .set("fact_id", fact.factId()).set("doc_id", fact.docId()).set("source_file", fact.sourceFile())
          .set("region_code", fact.regionCode()).set("doc_type", fact.docType()).set("table_no", fact.tableNo())
          .set("row_no", fact.rowNo()).set("col_no", fact.colNo()).set("source_line", fact.sourceLine())
          .set("level", fact.level()).set("kode", fact.kode()).set("subject", fact.subject())
          .set("indicator", fact.indicator()).set("metric", fact.metric()).set("measure", fact.measure())
          .set("stage", fact.stage()).set("year", fact.year()).set("value", fact.value()).set("unit", fact.unit())
          .set("raw_text", fact.rawText()).set("flags", fact.flags()).build());
      int planYear = switch (fact.docType()) {
        case "RENJA" -> fact.docYear() + 1;
        case "LKJIP" -> fact.docYear() - 1;
        default -> fact.docYear();
      };
      documents.put(fact.docId(), RowBuilder.of("documents")
          .set("doc_id", fact.docId()).set("source_file", fact.sourceFile()).set("sha256", fact.docId())
          .set("bytes", 1L).set("doc_type", fact.docType()).set("region_code", fact.regionCode())
          .set("plan_year", fact.docType().equals("RENSTRA") ? null : planYear)
          .set("period_start", fact.docType().equals("RENSTRA") ? planYear : null)
          .set("n_tables", 1).set("status", "accepted").build());
      if (fact.tableNo() != null) {
        String number = fact.tableLabel().startsWith("Tabel ") ? fact.tableLabel().substring(6) : null;
        tables.put(fact.docId() + "/" + fact.tableNo(), RowBuilder.of("doc_tables")
            .set("doc_id", fact.docId()).set("table_no", fact.tableNo()).set("number", number)
            .set("kind", "DATA").set("first_line", 1).set("last_line", 2).set("header_paths", List.of())
            .set("n_rows", 1).set("n_cols", 1).build());
      }
    }
    save(rows, "facts", warehouse);
    save(new ArrayList<>(documents.values()), "documents", warehouse);
    save(new ArrayList<>(tables.values()), "doc_tables", warehouse);
    return warehouse;
  }

  private static void save(List<Row> rows, String dataset, Warehouse warehouse) {
    spark().createDataFrame(rows, Schemas.sparkSchema(dataset)).write().mode(SaveMode.Overwrite)
        .parquet(warehouse.datasetUri(dataset));
  }

  private static Dataset<Row> read(Warehouse warehouse, String dataset) {
    return spark().read().parquet(warehouse.datasetUri(dataset));
  }

  /** One test, as each run costs seconds: the results, then a rerun on the same input. */
  @Test
  void testTheJobReconcilesTrendsFindsTheContradictionsAndRerunsToTheSameRows() {
    Warehouse warehouse = write(facts());

    AnalyticsJob.Summary summary = new AnalyticsJob(spark()).run(warehouse, Progress.NONE);

    assertThat(summary.facts()).isEqualTo(facts().size());
    for (String dataset : OUTPUTS) {
      DatasetSchema contract = Schemas.contract(dataset);
      StructField[] fields = read(warehouse, dataset).schema().fields();
      assertThat(java.util.Arrays.stream(fields).map(StructField::name).toList()).as(dataset)
          .isEqualTo(contract.columnNames());
    }
    // Koperasi aktif 2021: 88.61 (Tabel 2.7) and 88.60 (Tabel 2.4) disagree at two decimals.
    Row aktif2021 = read(warehouse, "metric_values")
        .where("region_code = '3374' and metric = 'koperasi_aktif_pct' and measure = 'realisasi' and year = 2021")
        .first();
    assertThat(aktif2021.<Boolean>getAs("conflict")).isTrue();
    assertThat(aktif2021.<Integer>getAs("n_candidates")).isEqualTo(2);
    assertThat(read(warehouse, "metric_candidates")
        .where("region_code = '3374' and metric = 'koperasi_aktif_pct' and year = 2021 and measure = 'realisasi'")
        .count()).isEqualTo(2);

    Row budget2021 = read(warehouse, "trend_budget_realization")
        .where("region_code = '3374' and level = 'dinas' and year = 2021").first();
    assertThat(budget2021.<Double>getAs("serapan_pct_recomputed")).isEqualTo(81.11);
    assertThat(budget2021.<String>getAs("region_name")).isEqualTo("KOTA SEMARANG");
    Row depok = read(warehouse, "trend_budget_realization").where("region_code = '3276' and year = 2023").first();
    assertThat(depok.<Double>getAs("serapan_pct_recomputed")).isEqualTo(90.5);
    assertThat(depok.<Double>getAs("serapan_pct_printed")).isEqualTo(90.5);

    Row koperasi = read(warehouse, "trend_koperasi_aktif").where("region_code = '3374' and year = 2022").first();
    assertThat(koperasi.<Double>getAs("aktif_pct_from_counts")).isEqualTo(76.64);
    assertThat(koperasi.<Boolean>getAs("break_before")).isTrue();
    Row ratio = read(warehouse, "trend_wirausaha").where("region_code = '3276' and metric = 'wirausaha_pct'").first();
    assertThat(ratio.<Double>getAs("ratio_recomputed")).isEqualTo(0.74);

    List<Row> findings = read(warehouse, "dq_findings").collectAsList();
    assertThat(findings).anySatisfy(r -> {
      assertThat(r.<String>getAs("check_name")).isEqualTo("total_sum");
      assertThat(r.<Double>getAs("expected")).isEqualTo(25_509_465_294.0);
      assertThat(r.<Double>getAs("actual")).isEqualTo(25_509_465_249.0);
      assertThat(r.<String>getAs("severity")).isEqualTo("error");
      assertThat(r.getList(r.fieldIndex("source_lines"))).containsExactly(1068, 1069, 1100);
    });
    assertThat(findings).anySatisfy(r -> {
      assertThat(r.<String>getAs("check_name")).isEqualTo("same_key_values");
      assertThat(r.<String>getAs("message")).contains("anggaran pagu 2024 dinas (penetapan)");
    });
    assertThat(findings).extracting(r -> r.<String>getAs("finding_id")).doesNotHaveDuplicates();

    Row compared = read(warehouse, "compare_regions")
        .where("metric = 'koperasi_aktif_pct' and measure = 'realisasi' and year = 2022 and region_code = '3276'")
        .first();
    assertThat(compared.<Integer>getAs("rank_overall")).isEqualTo(1);
    assertThat(compared.<Integer>getAs("n_overall")).isEqualTo(2);
    assertThat(compared.<Integer>getAs("n_in_province")).isEqualTo(1);
    assertThat(read(warehouse, "regions").count()).isEqualTo(514);
    assertThat(read(warehouse, "latest_values")
        .where("region_code = '3374' and metric = 'koperasi_aktif_pct'").first().<Integer>getAs("latest_realisasi_year"))
        .isEqualTo(2022);

    Map<String, List<String>> first = snapshot(warehouse);
    new AnalyticsJob(spark()).run(warehouse, Progress.NONE);
    assertThat(snapshot(warehouse)).as("a rerun on the same input gives the same rows").isEqualTo(first);
  }


  private static Map<String, List<String>> snapshot(Warehouse warehouse) {
    Map<String, List<String>> rows = new TreeMap<>();
    for (String dataset : OUTPUTS) {
      rows.put(dataset, read(warehouse, dataset).collectAsList().stream().map(Row::toString).sorted().toList());
    }
    return rows;
  }

  @Test
  void testMissingFactsIsOneClearError() {
    Warehouse empty = new Warehouse(dir.resolve("empty"));
    assertThatThrownBy(() -> new AnalyticsJob(spark()).run(empty, Progress.NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Cannot run analytics: no facts dataset at")
        .hasMessageContaining("capaian facts");
  }
}
