package id.capaian.analytics;

import static id.capaian.analytics.FactBuilder.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trends, rankings and latest values from reconciled values built from hand-made facts. */
class TrendsTest {
  private static final FactBuilder RENSTRA = FactBuilder.doc("renstra", "RENSTRA", 2016).region("3374");
  private static final FactBuilder RENJA = FactBuilder.doc("renja", "RENJA", 2024).region("3374");
  private static final FactBuilder LKJIP = FactBuilder.doc("lkjip", "LKJIP", 2023).region("3276");

  private static RegionValues values(String region, FactRow... facts) {
    List<Candidate> all = new ArrayList<>();
    for (FactRow f : facts) {
      all.add(candidate(f));
    }
    List<Reconciled> reconciled = new ArrayList<>();
    all.stream().collect(java.util.stream.Collectors.groupingBy(c -> c.key().unstaged()))
        .values().forEach(g -> reconciled.addAll(Reconciler.reconcile(g)));
    return new RegionValues(region, reconciled);
  }

  @Test
  void testKoperasiAktifShowsThePrintedPercentBesideTheOneFromCounts() {
    FactBuilder prose = RENSTRA.prose().line(838);
    FactBuilder review = RENSTRA.table(8, "Tabel 2.3").row(1, 925).metric("koperasi_aktif_pct", null, null);
    RegionValues v = values("3374",
        prose.metric("koperasi_jumlah", "realisasi", 2016).is(778, "778 unit"),
        prose.metric("koperasi_aktif", "realisasi", 2016).is(686, "686 unit"),
        review.measure("realisasi", 2015).is(79.94, "79,94%"),
        review.measure("target", 2015).is(75, "75%"),
        review.measure("capaian", 2015).is(106.59, "106,59 %"),
        review.measure("realisasi", 2016).is(78.5, "78,5%"),
        RENJA.prose().line(505).metric("koperasi_jumlah", "realisasi", 2022).is(732, "732 unit"),
        RENJA.prose().line(505).metric("koperasi_aktif", "realisasi", 2022).is(561, "561 unit"),
        RENJA.table(3, "Tabel 2.3").row(5, 453).metric("koperasi_aktif_pct", "realisasi", 2022).is(76.64, "76,64"));

    List<KoperasiTrend.Row> rows = KoperasiTrend.of(v);

    assertThat(rows).extracting(KoperasiTrend.Row::year).containsExactly(2015, 2016, 2022);
    KoperasiTrend.Row y2016 = rows.get(1);
    assertThat(y2016.pctRealisasi()).isEqualTo(78.5);
    assertThat(y2016.pctFromCounts()).isEqualTo(88.17);
    assertThat(y2016.jumlah()).isEqualTo(778.0);
    assertThat(y2016.yoyChange()).isEqualTo(-1.44);
    assertThat(rows.get(0).capaianRecomputed()).isEqualTo(106.59);
    assertThat(rows.get(2).pctFromCounts()).isEqualTo(76.64);
    assertThat(rows.get(2).yoyChange()).as("2021 missing").isNull();
  }

  @Test
  void testTheWirausahaRatioIsRecomputedFromItsNumeratorAndDenominator() {
    FactBuilder iku = LKJIP.table(17, "table 17").row(2, 595).metric("wirausaha_pct", null, null).unit("%");
    RegionValues v = values("3276",
        iku.measure("target", 2023).is(2, "2%"),
        iku.measure("realisasi", 2023).is(0.74, "0,74%"),
        iku.measure("capaian", 2023).is(37, "37%"),
        LKJIP.prose().line(624).metric("wirausaha_jumlah", "realisasi", 2023).is(10_167, "10.167 jiwa"),
        LKJIP.prose().line(624).metric("penduduk_usia_produktif", "realisasi", 2023).is(1_371_808, "1.371.808 jiwa"));

    List<WirausahaTrend.Row> rows = WirausahaTrend.of(v);

    WirausahaTrend.Row ratio = rows.stream().filter(r -> r.metric().equals("wirausaha_pct")).findFirst().orElseThrow();
    assertThat(ratio.numerator()).isEqualTo(10_167.0);
    assertThat(ratio.denominator()).isEqualTo(1_371_808.0);
    assertThat(ratio.ratioRecomputed()).isEqualTo(0.74);
    assertThat(ratio.capaianRecomputed()).isEqualTo(37.0);
    assertThat(ratio.unit()).isEqualTo("%");
    assertThat(rows).extracting(WirausahaTrend.Row::metric).containsExactly("wirausaha_pct", "wirausaha_jumlah");
  }

  @Test
  void testBudgetSerapanIsRecomputedAgainstTheFinalPaguAndPlansHaveNoRealisasi() {
    FactBuilder dinas = RENJA.table(4, "Tabel 2.2").level("dinas", null).row(20, 427);
    FactBuilder program = FactBuilder.doc("mojokerto", "RENJA", 2024).region("3516").table(12, "Tabel 3.3")
        .level("program", "2.17.06").row(3, 1044);
    RegionValues semarang = values("3374",
        dinas.pagu("induk", 2021).col(1).is(23_706_716_000.0, "23.706.716.000"),
        dinas.pagu("perubahan", 2021).col(2).is(21_742_870_123.0, "21.742.870.123"),
        dinas.metric("anggaran", "realisasi", 2021).unit("Rp").col(3).is(17_634_959_089.0, "17.634.959.089"),
        dinas.pagu("induk", 2022).col(4).is(26_163_067_000.0, "26.163.067.000"),
        dinas.pagu("perubahan", 2022).col(5).is(22_500_227_865.0, "22.500.227.865"),
        dinas.metric("anggaran", "realisasi", 2022).unit("Rp").col(6).is(18_852_082_292.0, "18.852.082.292"),
        RENJA.prose().level("dinas", null).metric("anggaran", "serapan_pct", 2022).line(252).is(83.79, "83,79%"));
    RegionValues mojokerto = values("3516", program.pagu("penetapan", 2024).col(5).is(2_400_000_000.0, "2.400.000.000"));

    List<BudgetTrend.Row> rows = BudgetTrend.of(semarang);

    assertThat(rows).extracting(BudgetTrend.Row::year).containsExactly(2021, 2022);
    assertThat(rows.get(0).serapanRecomputed()).isEqualTo(81.11);
    assertThat(rows.get(0).paguFinalStage()).isEqualTo("perubahan");
    assertThat(rows.get(1).serapanRecomputed()).isEqualTo(83.79);
    assertThat(rows.get(1).serapanPrinted()).isEqualTo(83.79);
    assertThat(rows.get(1).yoyChangePct()).isEqualTo(6.9);
    assertThat(rows.get(1).cagrPct()).isEqualTo(6.9);
    assertThat(rows.get(1).derived()).isFalse();

    BudgetTrend.Row plan = BudgetTrend.of(mojokerto).get(0);
    assertThat(plan.level()).isEqualTo("program");
    assertThat(plan.kode()).isEqualTo("2.17.06");
    assertThat(plan.paguFinal()).isEqualTo(2_400_000_000.0);
    assertThat(plan.realisasi()).as("a plan reports no realisasi: null, not zero").isNull();
    assertThat(plan.serapanRecomputed()).isNull();
  }

  @Test
  void testADinasTotalSummedFromProgramsIsMarkedDerived() {
    FactBuilder rows = RENJA.table(9, "Tabel 4.1").pagu("penetapan", 2024).col(5);
    List<FactRow> facts = List.of(
        rows.level("program", "2.17.02").row(1, 1069).is(100, "100"),
        rows.level("program", "2.17.03").row(2, 1075).is(200, "200"));
    List<Candidate> all = new ArrayList<>();
    facts.forEach(f -> all.add(candidate(f)));
    all.addAll(DocumentChecks.run(facts).derived());
    List<Reconciled> reconciled = new ArrayList<>();
    all.stream().collect(java.util.stream.Collectors.groupingBy(c -> c.key().unstaged()))
        .values().forEach(g -> reconciled.addAll(Reconciler.reconcile(g)));

    BudgetTrend.Row dinas = BudgetTrend.of(new RegionValues("3374", reconciled)).get(0);

    assertThat(dinas.level()).isEqualTo("dinas");
    assertThat(dinas.paguPenetapan()).isEqualTo(300.0);
    assertThat(dinas.derived()).isTrue();
    assertThat(dinas.derivedFrom()).isEqualTo("program");
  }

  @Test
  void testABudgetSeriesBreaksWhereItsTotalSwitchesFromSummedToPrinted() {
    FactBuilder old = RENSTRA.table(9, "Tabel 2.4").metric("anggaran", "realisasi", null).unit("Rp");
    List<FactRow> facts = List.of(
        old.level("program", "2.17.01").measure("realisasi", 2015).row(1, 949).is(3_000_000_000.0, "x"),
        old.level("program", "2.17.02").measure("realisasi", 2015).row(2, 950).is(1_000_000_000.0, "x"),
        old.level("program", "2.17.01").measure("realisasi", 2016).row(1, 949).col(2).is(3_200_000_000.0, "x"),
        old.level("program", "2.17.02").measure("realisasi", 2016).row(2, 950).col(2).is(1_100_000_000.0, "x"),
        RENJA.table(4, "Tabel 2.2").level("dinas", null).metric("anggaran", "realisasi", 2021).unit("Rp")
            .row(20, 427).is(6_000_000_000.0, "x"));
    List<Candidate> all = new ArrayList<>();
    facts.forEach(f -> all.add(candidate(f)));
    all.addAll(DocumentChecks.run(facts.subList(0, 4)).derived());
    List<Reconciled> reconciled = new ArrayList<>();
    all.stream().collect(java.util.stream.Collectors.groupingBy(c -> c.key().unstaged()))
        .values().forEach(g -> reconciled.addAll(Reconciler.reconcile(g)));

    List<BudgetTrend.Row> dinas = BudgetTrend.of(new RegionValues("3374", reconciled)).stream()
        .filter(r -> r.level().equals("dinas")).toList();

    assertThat(dinas).extracting(BudgetTrend.Row::year).containsExactly(2015, 2016, 2021);
    assertThat(dinas).extracting(BudgetTrend.Row::derived).containsExactly(true, true, false);
    assertThat(dinas.get(1).yoyChangePct()).isEqualTo(7.5);
    assertThat(dinas.get(1).cagrPct()).isEqualTo(7.5);
    assertThat(dinas.get(2).breakBefore()).isTrue();
    assertThat(dinas.get(2).breakReason())
        .isEqualTo("realisasi summed from program rows in 2016 but printed in 2021: counted two ways");
    assertThat(dinas.get(2).cagrPct()).as("one point after the break").isNull();
  }

  @Test
  void testBudgetNumbersOfNoKnownLevelDoNotBreakTheTrend() {
    RegionValues v = values("3374", RENJA.table(11, "Tabel 2.9").metric("anggaran", "pagu", 2024).unit("Rp")
        .subject("Pelatihan Digital Marketing").row(8, 840).is(6_000_000, "6.000.000"));
    assertThat(v.all()).hasSize(1);
    assertThat(BudgetTrend.of(v)).isEmpty();
  }

  @Test
  void testRegionsAreRankedWithinTheirProvinceAndOverall() {
    List<RegionRanking.Entry> entries = new ArrayList<>();
    String[][] regions = {{"3374", "33", "76.64"}, {"3372", "33", "80"}, {"3516", "35", "94.7"}, {"3276", "32", "80"}};
    for (String[] r : regions) {
      FactRow f = FactBuilder.doc("d" + r[0], "RENJA", 2024).region(r[0])
          .metric("koperasi_aktif_pct", "realisasi", 2022).is(Double.parseDouble(r[2]), r[2]);
      entries.add(RegionRanking.Entry.of(r[1], Reconciler.reconcile(List.of(candidate(f))).get(0)));
    }

    List<RegionRanking.Row> rows = RegionRanking.rank(entries);

    assertThat(rows).extracting(r -> r.key().regionCode()).containsExactly("3276", "3372", "3374", "3516");
    assertThat(rows).extracting(RegionRanking.Row::rankOverall).containsExactly(2, 2, 4, 1);
    assertThat(rows).extracting(RegionRanking.Row::rankInProvince).containsExactly(1, 1, 2, 1);
    assertThat(rows).extracting(RegionRanking.Row::nInProvince).containsExactly(1, 2, 2, 1);
    assertThat(rows.get(2).gapToBest()).isEqualTo(18.06);
    assertThat(rows.get(3).bestValue()).isEqualTo(94.7);
  }

  @Test
  void testLatestValuesTakeTheLatestYearAndForBudgetsTheFinalStage() {
    FactBuilder pct = RENJA.table(3, "Tabel 2.3").row(5, 453).metric("koperasi_aktif_pct", null, null);
    RegionValues v = values("3374",
        pct.measure("realisasi", 2021).is(88.61, "88,61"), pct.measure("realisasi", 2022).is(76.64, "76,64"),
        pct.measure("target", 2025).is(77.5, "77,50"), pct.measure("target", 2024).is(77, "77,00"));
    LatestValues.Row row = LatestValues.of(v.all());
    assertThat(row.realisasi()).isEqualTo(76.64);
    assertThat(row.realisasiYear()).isEqualTo(2022);
    assertThat(row.target()).isEqualTo(77.5);
    assertThat(row.targetYear()).isEqualTo(2025);
    assertThat(row.targetStage()).isNull();

    FactBuilder dinas = RENJA.level("dinas", null).row(20, 427);
    RegionValues budget = values("3374", dinas.pagu("induk", 2022).is(26_163_067_000.0, "x"),
        dinas.pagu("perubahan", 2022).is(22_500_227_865.0, "x"));
    LatestValues.Row b = LatestValues.of(budget.all());
    assertThat(b.target()).isEqualTo(22_500_227_865.0);
    assertThat(b.targetStage()).isEqualTo("perubahan");
    assertThat(b.realisasi()).isNull();
  }
}
