package id.capaian.facts;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.extract.DocType;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderReaderTest {
  private static final TableContext RENJA_2024 = TableContext.of("Tabel 9.9 Contoh", DocType.RENJA, 2024);
  private static final TableContext LKJIP_2023 = TableContext.of("", DocType.LKJIP, 2023);

  private static ColumnMeaning read(String path) {
    return HeaderReader.read(path, RENJA_2024);
  }

  @Test
  void testMeasureAndYearComeFromTheMostSpecificLevel() {
    ColumnMeaning target = read("Target dan Realisasi Tahun Lalu (Tahun 2022) > Target RenjaTahun 2022");
    assertThat(target.measure()).isEqualTo("target");
    assertThat(target.year()).isEqualTo(2022);
    ColumnMeaning realisasi = read("Target dan Realisasi Tahun Lalu (Tahun 2022) > Realisasi RenjaTahun 2022");
    assertThat(realisasi.measure()).isEqualTo("realisasi");
    assertThat(read("Capaian Kinerja Tahun 2022 > TARGE").measure()).isEqualTo("target");
    assertThat(read("Capaian Kinerja Tahun 2022 > %").measure()).isEqualTo("capaian");
    assertThat(read("Tingkat Realisasi (%)").measure()).isEqualTo("capaian");
    assertThat(read("Rasio Capaian pada Tahun > 2013").measure()).isEqualTo("capaian");
    assertThat(read("Realisasi Capaian Tahun > 2013").measure()).isEqualTo("realisasi");
  }

  @Test
  void testProposedAmountIsNotAPagu() {
    ColumnMeaning proposed = read("Usulan Anggaran (Rp)");
    assertThat(proposed.budget()).isTrue();
    assertThat(proposed.measure()).isEqualTo("usulan");
    assertThat(proposed.stage()).isNull();
    assertThat(read("Anggaran yang Diusulkan > 2025").measure()).isEqualTo("usulan");
    assertThat(read("Pagu Indikatif (Rp)").measure()).isEqualTo("pagu");
    assertThat(HeaderReader.read("Usulan", RENJA_2024).role()).isEqualTo(ColumnRole.SUBJECT);
  }

  @Test
  void testExplicitYearBeatsRelativeLabel() {
    assertThat(read("Target Renstra PD > Tahun 2021 (n-2)").year()).isEqualTo(2021);
    assertThat(read("Realisasi s/d dengan Tahun (n-3) 2021").year()).isEqualTo(2021);
    assertThat(read("Thn 2021 (n-2) > Realisasi").year()).isEqualTo(2021);
    ColumnMeaning relative = read("Target Tahun (n+1)");
    assertThat(relative.year()).isEqualTo(2025);
    assertThat(relative.flags()).contains("derived_year");
  }

  @Test
  void testYearForms() {
    assertThat(read("TA 2022 > Realisasi").year()).isEqualTo(2022);
    assertThat(read("Realisasi Target Kinerja s.d Tahun 2021").year()).isEqualTo(2021);
    assertThat(read("Realisasi Target Kinerja s.d Tahun 2021").flags()).contains("cumulative");
    assertThat(read("Realisasi Kinerja (Tahun Musrenbang / Tahun RKPD) > 2021/2022").year()).isEqualTo(2022);
    assertThat(read("Target Kinerja Capaian Program Akhir Periode Renstra 2021-2026").year()).isEqualTo(2026);
    assertThat(read("Tahun > 2015*").year()).isEqualTo(2015);
  }

  @Test
  void testColumnWithoutYearTakesTheTitleYearThenThePlanYear() {
    TableContext titled = TableContext.of("Tabel 3.2 Target Indikator Renja Tahun 2024", DocType.RENJA, 2024);
    ColumnMeaning fromTitle = HeaderReader.read("TARGET", titled);
    assertThat(fromTitle.year()).isEqualTo(2024);
    assertThat(fromTitle.flags()).contains("year_from_caption");
    ColumnMeaning fromPlan = HeaderReader.read("Target", LKJIP_2023);
    assertThat(fromPlan.year()).isEqualTo(2023);
    assertThat(fromPlan.flags()).contains("derived_year");
    TableContext range = TableContext.of("Perkembangan UMKM Tahun 2010-2016", DocType.RENSTRA, null);
    assertThat(HeaderReader.read("Jumlah", range).year()).isNull();
  }

  @Test
  void testOrdinalYearsOfARenstraPeriod() {
    TableContext renstra = new TableContext("Tabel 6.1 Rencana Program dan Pendanaan Tahun 2025-2029", "",
        DocType.RENSTRA, null, 2025, 2029, "Dinas Koperasi dan Usaha Mikro");
    List<ColumnMeaning> m = HeaderReader.read(List.of("Indikator Kinerja", "Kondisi Awal (2024)",
        "Tahun-1 > Target", "Tahun-1 > Rp (juta)", "Th-2 > Target", "Tahun ke-5 > Target", "Tahun 1 (2025)"),
        renstra);
    assertThat(m).extracting(ColumnMeaning::year).containsExactly(null, 2024, 2025, 2025, 2026, 2029, 2025);
    assertThat(m.get(3).budget()).isTrue();
    assertThat(m.get(3).measure()).isEqualTo("pagu");
    assertThat(m.get(4).flags()).contains("derived_year"); // the year is not printed
    assertThat(m.get(6).flags()).doesNotContain("derived_year"); // "Tahun 1 (2025)" prints its own
    // Only a plan period has an n-th year; a sixth year of a five-year period is no year of it.
    assertThat(HeaderReader.withOrdinalYear("Th-2 > Target", RENJA_2024)).isEqualTo("Th-2 > Target");
    assertThat(HeaderReader.withOrdinalYear("Tahun-6 > Target", renstra)).isEqualTo("Tahun-6 > Target");
  }

  @Test
  void testBaselineAndForwardEstimateColumnsLendTheirYearToNoSibling() {
    TableContext renja = TableContext.of("Rencana Program Tahun 2025 dan Prakiraan Maju Tahun 2026", DocType.RENJA,
        2025);
    List<ColumnMeaning> m = HeaderReader.read(List.of("Target Kinerja", "Pagu Indikatif (Rp)",
        "Prakiraan Maju 2026 > Target Kinerja", "Prakiraan Maju 2026 > Pagu Indikatif (Rp)"), renja);
    assertThat(m).extracting(ColumnMeaning::year).containsExactly(2025, 2025, 2026, 2026);
    assertThat(m.get(1).stage()).isEqualTo("penetapan");
    assertThat(m.get(3).stage()).isEqualTo("prakiraan");
    TableContext renstra = new TableContext("Tabel 6.1 Pendanaan", "", DocType.RENSTRA, null, 2025, 2029, null);
    List<ColumnMeaning> baseline = HeaderReader.read(List.of("Kondisi Awal (2024)", "Target"), renstra);
    assertThat(baseline.get(1).year()).isNull(); // not the baseline's 2024
    // Columns that all name one year still lend it to a column that names none.
    List<ColumnMeaning> shared = HeaderReader.read(List.of("Target Renstra > s/d 2026", "Realisasi > s/d 2026",
        "% > Capaian"), RENJA_2024);
    assertThat(shared.get(2).year()).isEqualTo(2026);
  }

  @Test
  void testACapaianAgainstThePeriodTargetBelongsToNoYear() {
    List<ColumnMeaning> m = HeaderReader.read(List.of("Realisasi 2024", "Target Akhir Renstra (2026)",
        "Capaian s.d. 2024 terhadap Target Akhir Renstra (%)"), LKJIP_2023);
    assertThat(m.get(0).year()).isEqualTo(2024);
    assertThat(m.get(1).year()).isEqualTo(2026);
    assertThat(m.get(2).measure()).isEqualTo("capaian");
    assertThat(m.get(2).year()).isNull();
    assertThat(m.get(2).flags()).contains("toward_period_target").doesNotContain("cumulative");
    ColumnMeaning renstra = HeaderReader.read("Perkiraan Realisasi Capaian Target Renstra s/d tahun 2023 > Tingkat"
        + " capaian realisasi target Renstra (%)", RENJA_2024);
    assertThat(renstra.year()).isNull();
    assertThat(renstra.flags()).contains("toward_period_target");
    // The year's own capaian keeps its year.
    assertThat(HeaderReader.read("Tahun 2024 > Capaian (%)", LKJIP_2023).year()).isEqualTo(2024);
  }

  @Test
  void testAMoneyHeaderCanScaleItsNumbers() {
    assertThat(HeaderReader.scaleOf("Tahun-1 > Rp (juta)")).isEqualByComparingTo("1000000");
    assertThat(HeaderReader.scaleOf("Pagu (Rp 000)")).isEqualByComparingTo("1000");
    assertThat(HeaderReader.scaleOf("Anggaran (Ribu Rupiah)")).isEqualByComparingTo("1000");
    assertThat(HeaderReader.scaleOf("Pendanaan (Rp Miliar) > 2026")).isEqualByComparingTo("1000000000");
    assertThat(HeaderReader.scaleOf("Anggaran (Rp) > 2025")).isNull();
    assertThat(HeaderReader.scaleOf("Pagu Indikatif (Rp)")).isNull();
  }

  @Test
  void testBudgetStages() {
    assertThat(read("TA 2022 > INDUK").stage()).isEqualTo("induk");
    assertThat(read("TA 2022 > PERUBAHAN").stage()).isEqualTo("perubahan");
    assertThat(read("Anggaran (Rp) > APBD").stage()).isEqualTo("induk");
    assertThat(read("Anggaran (Rp) > P-APBD").stage()).isEqualTo("perubahan");
    assertThat(read("Anggaran > Sebelum Perubahan").stage()).isEqualTo("induk");
    assertThat(read("Anggaran > Setelah Perubahan").stage()).isEqualTo("perubahan");
    assertThat(read("Ranwal RKPD Tahun 2024 > Pagu Indikatif (Rp.)").stage()).isEqualTo("rancangan");
    assertThat(read("RANCANGAN AWAL RKPD > Pagu Indikatif (Rp)").stage()).isEqualTo("rancangan");
    assertThat(read("Rencana TA. 2024 > Pagu Indikatif").stage()).isEqualTo("penetapan");
    assertThat(read("Prakiraan Maju Rencana TA 2025 > Kebutuhan Dana / Pagu Indikatif").stage())
        .isEqualTo("prakiraan");
    // The pagu indikatif of another year is not the plan year's penetapan.
    assertThat(read("Rencana TA. 2023 > Pagu Indikatif").stage()).isNull();
  }

  @Test
  void testBudgetMeasures() {
    ColumnMeaning pagu = read("Anggaran pada Tahun > 2011");
    assertThat(pagu.budget()).isTrue();
    assertThat(pagu.measure()).isEqualTo("pagu");
    assertThat(read("Realisasi Anggaran Tahun > 2011").measure()).isEqualTo("realisasi");
    assertThat(read("Rasio antara Realisasi dan Anggaran Tahun ( % ) > 2011").measure()).isEqualTo("serapan_pct");
    assertThat(read("KINERJA KEUANGAN > Target").measure()).isEqualTo("pagu");
    assertThat(read("KINERJA KEUANGAN > %").measure()).isEqualTo("serapan_pct");
    // Performance targets in a budget table stay indicator targets.
    ColumnMeaning kinerja = read("Target Kinerja > Setelah Perubahan");
    assertThat(kinerja.budget()).isFalse();
    assertThat(kinerja.measure()).isEqualTo("target");
  }

  @Test
  void testATargetPairedWithItsOwnGroupsMoneyColumnIsAPerformanceTarget() {
    List<ColumnMeaning> columns = HeaderReader.read(
        List.of("Tahun 2027 > Target", "Tahun 2027 > Rp", "Tahun 2028 > Target", "Tahun 2028 > Rp"), LKJIP_2023);
    assertThat(columns).extracting(ColumnMeaning::budget).containsExactly(false, true, false, true);
    assertThat(columns).extracting(ColumnMeaning::measure).containsExactly("target", "pagu", "target", "pagu");
    assertThat(columns).extracting(ColumnMeaning::year).containsExactly(2027, 2027, 2028, 2028);
  }

  @Test
  void testBareMeasuresAfterABudgetColumnAreBudgetToo() {
    List<ColumnMeaning> columns =
        HeaderReader.read(List.of("TA. 2022 > Anggaran", "TA. 2022 > Realisasi", "TA. 2022 > %"), LKJIP_2023);
    assertThat(columns).extracting(ColumnMeaning::measure).containsExactly("pagu", "realisasi", "serapan_pct");
    assertThat(columns).allMatch(ColumnMeaning::budget);
    assertThat(columns).extracting(ColumnMeaning::year).containsOnly(2022);
  }

  @Test
  void testBaselineColumnsAreRealisasi() {
    ColumnMeaning baseline = read("Data Capaian pada Tahun Awal Perencanaan (2016) > Target");
    assertThat(baseline.measure()).isEqualTo("realisasi");
    assertThat(baseline.year()).isEqualTo(2016);
    assertThat(read("Kondisi Kinerja pada awal periode RPJMD > 2016").measure()).isEqualTo("realisasi");
    ColumnMeaning estimate = read("Perkiraan Realisasi Capaian s/d tahun 2023 > Realisasi Kinerja s.d Tahun 2023");
    assertThat(estimate.measure()).isEqualTo("proyeksi");
    assertThat(estimate.flags()).contains("estimate");
  }

  @Test
  void testLabelColumns() {
    assertThat(read("Kode Rekening").role()).isEqualTo(ColumnRole.CODE);
    assertThat(read("No.").role()).isEqualTo(ColumnRole.ORDINAL);
    assertThat(read("Satuan").role()).isEqualTo(ColumnRole.UNIT);
    assertThat(read("RANCANGAN AWAL RKPD > Indikator Kinerja").role()).isEqualTo(ColumnRole.INDICATOR);
    assertThat(read("Urusan/Bidang Urusan Pemerintahan Daerah dan Program/ Kegiatan").role())
        .isEqualTo(ColumnRole.SUBJECT);
    assertThat(read("Rencana TA. 2024 > Lokasi").role()).isEqualTo(ColumnRole.OTHER_LABEL);
    assertThat(read("Rencana TA. 2024 > Sumber Dana").role()).isEqualTo(ColumnRole.OTHER_LABEL);
    assertThat(read("Target Kinerja Program dan Kerangka Pendanaan > 2017 > Target").role())
        .isEqualTo(ColumnRole.VALUE);
    int[] period = read("Sasaran Strategis > Indikator Kinerja 2016-2021").period();
    assertThat(period).containsExactly(2016, 2021);
  }

  @Test
  void testMoneyLeafUnderAPerformanceAndFundingGroupIsBudget() {
    ColumnMeaning rp = read("Target Kinerja dan Kerangka Pendanaan > 2027 > Rp");
    assertThat(rp.budget()).isTrue();
    assertThat(rp.measure()).isEqualTo("pagu");
    assertThat(rp.year()).isEqualTo(2027);
    ColumnMeaning target = read("Target Kinerja dan Kerangka Pendanaan > 2027 > Target");
    assertThat(target.budget()).isFalse();
    assertThat(target.measure()).isEqualTo("target");
  }

  @Test
  void testPaguSemulaIsBeforeTheRevisionAndMenjadiAfter() {
    assertThat(read("Pagu Semula (Rp)").stage()).isEqualTo("induk");
    assertThat(read("Pagu Perubahan (Rp)").stage()).isEqualTo("perubahan");
    assertThat(read("Anggaran > Menjadi").stage()).isEqualTo("perubahan");
  }
}
