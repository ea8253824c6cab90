package id.capaian.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.testing.CorpusWarehouse;
import id.capaian.testing.SparkTestBase;
import id.capaian.warehouse.Warehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance cases of the analytics issue, asserted by value on the outputs of the whole pipeline
 * over the real corpus (../shared/corpus): Semarang's koperasi aktif series with its break, budget
 * realisation of Semarang and Depok, Mojokerto's plan without realisasi, Depok's wirausaha ratio, and
 * the six known contradictions, each named when missed.
 */
class AnalyticsCorpusTest extends SparkTestBase {
  private static final String SEMARANG = "3374";
  private static final String MOJOKERTO = "3516";
  private static final String DEPOK = "3276";

  private static Warehouse warehouse;

  @BeforeAll
  static void runPipeline() {
    // Built once per JVM by the stages of 'capaian run' and shared with the other corpus tests.
    warehouse = CorpusWarehouse.withFacts();
  }

  private static Dataset<Row> read(String dataset) {
    return spark().read().parquet(warehouse.datasetUri(dataset));
  }

  private static Map<Integer, Row> byYear(Dataset<Row> rows) {
    Map<Integer, Row> years = new TreeMap<>();
    rows.collectAsList().forEach(r -> years.put(r.<Integer>getAs("year"), r));
    return years;
  }

  @Test
  void testSemarangsKoperasiAktifSeriesWithItsBreakAndTheCounts() {
    Map<Integer, Row> years = byYear(read("trend_koperasi_aktif").where("region_code = '" + SEMARANG + "'"));

    double[] realised = {77.2, 78.62, 78.72, 79.26, 79.94, 78.5};
    for (int i = 0; i < realised.length; i++) {
      assertThat(years.get(2011 + i)).as("koperasi aktif %d", 2011 + i).isNotNull();
      assertThat(years.get(2011 + i).<Double>getAs("aktif_pct_realisasi")).as("realisasi %d", 2011 + i)
          .isEqualTo(realised[i]);
    }
    double[] targets = {79, 88.3, 88.4, 88.5, 88.6, 76, 76.5, 77, 77.5};
    for (int i = 0; i < targets.length; i++) {
      assertThat(years.get(2017 + i)).as("koperasi aktif %d", 2017 + i).isNotNull();
      assertThat(years.get(2017 + i).<Double>getAs("aktif_pct_target")).as("target %d", 2017 + i)
          .isEqualTo(targets[i]);
    }
    assertThat(years.get(2022).<Boolean>getAs("break_before")).as("88.6 to 76 is a break").isTrue();
    assertThat(years.get(2022).<String>getAs("break_reason")).contains("88.6", "76");
    assertThat(years.get(2023).<Boolean>getAs("break_before")).isFalse();
    // Both shown: 686 of 778 is 88.17% where the review table prints 78.5.
    assertThat(years.get(2016).<Double>getAs("aktif_pct_from_counts")).isEqualTo(88.17);
    assertThat(years.get(2016).<Double>getAs("aktif_pct_realisasi")).isEqualTo(78.5);
    assertThat(years.get(2022).<Double>getAs("koperasi_jumlah")).isEqualTo(732.0);
    assertThat(years.get(2022).<Double>getAs("koperasi_aktif")).isEqualTo(561.0);
    assertThat(years.get(2022).<Double>getAs("aktif_pct_from_counts")).isEqualTo(76.64);
  }

  @Test
  void testBudgetRealisationOfSemarangAndDepok() {
    Map<Integer, Row> semarang = byYear(read("trend_budget_realization")
        .where("region_code = '" + SEMARANG + "' and level = 'dinas' and kode is null and item is null"));
    assertThat(semarang.get(2021).<Double>getAs("serapan_pct_recomputed")).isEqualTo(81.11);
    assertThat(semarang.get(2021).<String>getAs("pagu_final_stage")).isEqualTo("perubahan");
    assertThat(semarang.get(2022).<Double>getAs("serapan_pct_recomputed")).isEqualTo(83.79);
    assertThat(semarang.get(2022).<Double>getAs("pagu_perubahan")).isEqualTo(22_500_227_865.0);

    Map<Integer, Row> depok = byYear(read("trend_budget_realization")
        .where("region_code = '" + DEPOK + "' and level = 'dinas' and kode is null and item is null"));
    assertThat(depok.get(2022).<Double>getAs("serapan_pct_recomputed")).isEqualTo(88.62);
    assertThat(depok.get(2023).<Double>getAs("serapan_pct_recomputed")).isEqualTo(90.5);
    assertThat(depok.get(2023).<Double>getAs("serapan_pct_printed")).isEqualTo(90.5);
    assertThat(depok.get(2023).<Double>getAs("realisasi")).isEqualTo(29_231_216_957.0);
  }

  @Test
  void testMojokertosPlanHasBudgetRowsWithoutRealisasi() {
    Dataset<Row> rows = read("trend_budget_realization").where("region_code = '" + MOJOKERTO + "'");
    assertThat(rows.where("pagu_final is not null").count()).isPositive();
    assertThat(rows.where("realisasi is not null").count()).as("a Renja reports no realisasi").isZero();
    assertThat(rows.where("realisasi = 0").count()).isZero();
  }

  @Test
  void testDepoksWirausahaRatioFromItsNumeratorAndDenominator() {
    Row ratio = read("trend_wirausaha")
        .where("region_code = '" + DEPOK + "' and metric = 'wirausaha_pct' and year = 2023").first();
    assertThat(ratio.<Double>getAs("numerator")).isEqualTo(10_167.0);
    assertThat(ratio.<Double>getAs("denominator")).isEqualTo(1_371_808.0);
    assertThat(ratio.<Double>getAs("ratio_recomputed")).isEqualTo(0.74);
    assertThat(ratio.<Double>getAs("realisasi")).isEqualTo(0.74);
  }

  /** A known contradiction: a finding of that document whose two numbers are these (either way round). */
  private record Known(String name, String filePrefix, double a, double b) {}

  private static final List<Known> KNOWN = List.of(
      new Known("000: 2024 total 25.509.465.294 (Tabel 2.2) vs 25.509.465.249 (Tabel 4.1)", "000_",
          25_509_465_294.0, 25_509_465_249.0),
      new Known("000: 2025 kegiatan 2.17.01.2.07 prints 120.000.000, its sub-kegiatan sum to 240.000.000",
          "000_", 120_000_000.0, 240_000_000.0),
      new Known("002: 2023 total 6.177.343.000 in prose vs 6.177.343.400 in Tabel 2.2", "002_",
          6_177_343_000.0, 6_177_343_400.0),
      new Known("002: koperasi berkualitas realisasi 2022 25,48% (Tabel 2.3) vs 23,35% (Tabel 2.4)", "002_",
          25.48, 23.35),
      new Known("004: Perjanjian Kinerja programs sum to 32.300.621.788, printed total 32.300.612.788", "004_",
          32_300_621_788.0, 32_300_612_788.0),
      new Known("004: koperasi berkualitas capaian 2023 printed as 173,14% and 173,16%", "004_", 173.14, 173.16));

  /**
   * Every known contradiction whose printed numbers the facts hold is found. (A sum of children is
   * computed here, so only the printed one of its two numbers must be a fact.)
   */
  @Test
  void testTheKnownContradictionsAreFound() {
    List<Row> findings = read("dq_findings").where("severity = 'error'").collectAsList();
    List<String> missed = new ArrayList<>();
    for (Known k : KNOWN) {
      boolean found = findings.stream().anyMatch(f -> f.<String>getAs("source_file").startsWith(k.filePrefix())
          && pair(f, k.a(), k.b()));
      if (!found && factsMissing(k).isEmpty()) {
        missed.add(k.name());
      }
    }
    assertThat(missed).as("known contradictions the facts hold but analytics did not find").isEmpty();
  }

  /** Analytics can only see a contradiction whose numbers the facts stage read: every known one's. */
  @Test
  void testTheFactsHoldTheNumbersOfEveryKnownContradiction() {
    List<String> gaps = new ArrayList<>();
    for (Known k : KNOWN) {
      List<String> missing = factsMissing(k);
      if (!missing.isEmpty()) {
        gaps.add(k.name() + " (no fact " + String.join(", ", missing) + ")");
      }
    }
    assertThat(gaps).as("known contradictions whose numbers the facts stage does not read").isEmpty();
  }

  /** The numbers of a known case that no fact of its document holds (sums computed here excepted). */
  private static List<String> factsMissing(Known k) {
    List<String> missing = new ArrayList<>();
    for (double v : new double[] {k.a(), k.b()}) {
      long n = read("facts").where(org.apache.spark.sql.functions.col("source_file").startsWith(k.filePrefix())
          .and(org.apache.spark.sql.functions.abs(org.apache.spark.sql.functions.col("value").minus(v))
              .leq(Math.max(0.005, 1e-9 * v)))).count();
      if (n == 0) {
        missing.add(Numbers.show(v));
      }
    }
    // One of the two numbers of a sum check is computed, never printed.
    return missing.size() == 1 && k.name().contains("sum") ? List.of() : missing;
  }

  private static boolean pair(Row finding, double a, double b) {
    Double expected = finding.getAs("expected");
    Double actual = finding.getAs("actual");
    return expected != null && actual != null
        && ((close(expected, a) && close(actual, b)) || (close(expected, b) && close(actual, a)));
  }

  private static boolean close(double x, double y) {
    return Math.abs(x - y) <= Math.max(0.005, 1e-9 * Math.abs(y));
  }
}
