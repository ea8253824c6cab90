package id.capaian.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sums of children and totals, percentages, units, year labels and malformed numbers, one document at a time. */
class DocumentChecksTest {
  private static final FactBuilder RENJA = FactBuilder.doc("renja", "RENJA", 2024).table(9, "Tabel 4.1");
  private static final FactBuilder LKJIP = FactBuilder.doc("lkjip", "LKJIP", 2023).region("3276");

  private static List<Finding> findings(List<FactRow> facts, DqCheck check) {
    return DocumentChecks.run(facts).findings().stream().filter(f -> f.check() == check).toList();
  }

  @Test
  void testAKegiatanWhoseSubKegiatanSumToMoreIsFound() {
    FactBuilder prakiraan = RENJA.pagu("prakiraan", 2025).col(9);
    List<FactRow> facts = List.of(
        prakiraan.level("program", "2.17.01").row(30, 1104).is(240_000_000, "240.000.000"),
        prakiraan.level("kegiatan", "2.17.01.2.07").row(40, 1135).is(120_000_000, "120.000.000"),
        prakiraan.level("sub_kegiatan", "2.17.01.2.07.0005").row(41, 1136).is(120_000_000, "120.000.000"),
        prakiraan.level("sub_kegiatan", "2.17.01.2.07.0006").row(42, 1137).is(120_000_000, "120.000.000"),
        prakiraan.level("kegiatan", "2.17.01.2.08").row(43, 1138).is(120_000_000, "120.000.000"));

    List<Finding> found = findings(facts, DqCheck.CHILDREN_SUM);

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.kode()).isEqualTo("2.17.01.2.07");
      assertThat(f.year()).isEqualTo(2025);
      assertThat(f.expected()).isEqualTo(240_000_000.0);
      assertThat(f.actual()).isEqualTo(120_000_000.0);
      assertThat(f.sourceLines()).containsExactly(1135, 1136, 1137);
      assertThat(f.severity()).isEqualTo("error");
      assertThat(f.message()).contains("Tabel 4.1 line 1135", "kegiatan 2.17.01.2.07", "240000000");
    });
  }

  @Test
  void testAPrintedTotalThatIsNotTheSumOfItsProgramsIsFound() {
    FactBuilder pk = LKJIP.table(12, "table 12").pagu(null, 2023).col(2);
    double[] programs = {9_384_257_538.0, 443_312_500.0, 236_836_600.0, 545_349_650.0, 1_761_348_000.0,
        11_542_957_950.0, 8_386_559_550.0};
    List<FactRow> facts = new ArrayList<>();
    for (int i = 0; i < programs.length; i++) {
      facts.add(pk.level("program", "2.17.0" + (i + 1)).row(i, 515 + i).is(programs[i], "Rp " + (long) programs[i]));
    }
    facts.add(pk.level("dinas", null).row(8, 523).is(32_300_612_788.0, "Rp 32,300,612,788"));

    List<Finding> found = findings(facts, DqCheck.TOTAL_SUM);

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo(32_300_621_788.0);
      assertThat(f.actual()).isEqualTo(32_300_612_788.0);
      assertThat(f.kode()).isNull();
      assertThat(f.message()).contains("difference -9000");
    });
    // The sum is also offered to reconciliation, where the printed total beats it.
    assertThat(DocumentChecks.run(facts).derived())
        .filteredOn(c -> "dinas".equals(c.key().level()))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.value()).isEqualTo(32_300_621_788.0);
          assertThat(c.origin()).isEqualTo(Origin.DERIVED_SUM);
          assertThat(c.flags()).contains("derived_sum", "sum_of_program");
        });
  }

  @Test
  void testATableWithoutTotalGivesADerivedDinasTotalAndNoFinding() {
    FactBuilder rows = RENJA.pagu("penetapan", 2024).col(5);
    List<FactRow> facts = List.of(
        rows.level("program", "2.17.02").row(1, 1069).is(160_941_690, "160.941.690"),
        rows.level("program", "2.17.03").row(5, 1075).is(666_228_580, "666.228.580"));

    DocumentChecks.Result result = DocumentChecks.run(facts);

    assertThat(result.findings()).isEmpty();
    assertThat(result.derived()).singleElement().satisfies(c -> {
      assertThat(c.key()).isEqualTo(new MetricKey("3374", "anggaran", "pagu", 2024, "dinas", null, "penetapan", null));
      assertThat(c.value()).isEqualTo(827_170_270.0);
      assertThat(c.rawText()).isEqualTo("sum of 2 rows (lines 1069, 1075)");
    });
  }

  @Test
  void testJenisBelanjaBelongToTheTopCategoryAboveThem() {
    FactBuilder realisasi = RENJA.table(4, "Tabel 2.2").metric("anggaran", "realisasi", 2022).unit("Rp").col(6);
    List<FactRow> facts = List.of(
        realisasi.level("jenis_belanja", null).subject("Belanja Operasional").row(1, 408).is(18_298_236_286.0, "x"),
        realisasi.level("jenis_belanja", null).subject("Belanja Pegawai").row(2, 409).is(7_414_851_310.0, "x"),
        realisasi.level("jenis_belanja", null).subject("Belanja Barang dan Jasa").row(3, 410).is(10_883_384_976.0, "x"),
        realisasi.level("jenis_belanja", null).subject("Belanja Modal").row(4, 414).is(553_846_006.0, "x"),
        realisasi.level("jenis_belanja", null).subject("Belanja Modal Peralatan dan Mesin").row(5, 416)
            .is(553_846_006.0, "x"),
        realisasi.level("dinas", null).subject("Jumlah Belanja Daerah").row(6, 427).is(18_852_082_292.0, "x"));

    assertThat(DocumentChecks.run(facts).findings()).isEmpty();

    List<FactRow> wrong = new ArrayList<>(facts);
    wrong.set(2, realisasi.level("jenis_belanja", null).subject("Belanja Barang dan Jasa").row(3, 410)
        .is(10_883_384_000.0, "x"));
    assertThat(findings(wrong, DqCheck.CHILDREN_SUM)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("jenis_belanja 'Belanja Operasional'"));
  }

  @Test
  void testAPrintedPercentageIsCheckedAgainstItsOwnTargetAndRealisasi() {
    FactBuilder row = RENJA.table(3, "Tabel 2.1").indicator("Jumlah dokumen").unit("dok").row(4, 270);
    FactRow target = row.measure("target", 2022).col(5).is(2, "2 dok");
    FactRow realisasi = row.measure("realisasi", 2022).col(6).is(1, "1 dok");
    FactRow capaian = row.measure("capaian", 2022).col(7).unit("%").is(100, "100%");
    FactBuilder ok = RENJA.table(5, "Tabel 2.4").metric("koperasi_sehat_pct", null, 2022).row(6, 481);
    List<FactRow> good = List.of(
        ok.measure("target", 2022).col(2).is(3, "3 %"), ok.measure("realisasi", 2022).col(3).is(11.48, "11,48 %"),
        ok.measure("capaian", 2022).col(4).is(382.67, "382,67"));

    List<Finding> found = findings(List.of(target, realisasi, capaian), DqCheck.PERCENT_RECOMPUTE);

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.expected()).isEqualTo(50.0);
      assertThat(f.actual()).isEqualTo(100.0);
      assertThat(f.message()).contains("'Jumlah dokumen' capaian 2022 printed 100% but 1 / 2 = 50");
    });
    assertThat(findings(good, DqCheck.PERCENT_RECOMPUTE)).isEmpty();
  }

  @Test
  void testSerapanIsCheckedAgainstTheRowsFinalPagu() {
    FactBuilder dinas = LKJIP.table(20, "table 20").level("dinas", null).row(0, 921);
    List<FactRow> facts = List.of(
        dinas.pagu(null, 2022).col(1).is(21_896_269_612.0, "21.896.269.612"),
        dinas.metric("anggaran", "realisasi", 2022).col(2).is(19_403_438_252.0, "19.403.438.252"),
        dinas.metric("anggaran", "serapan_pct", 2022).col(3).is(88.62, "88,62"),
        dinas.pagu(null, 2023).col(4).is(32_300_612_788.0, "32.300.612.788"),
        dinas.metric("anggaran", "realisasi", 2023).col(5).is(29_231_216_957.0, "29.231.216.957"),
        dinas.metric("anggaran", "serapan_pct", 2023).col(6).is(95.5, "95,50"));

    assertThat(findings(facts, DqCheck.PERCENT_RECOMPUTE)).singleElement().satisfies(f -> {
      assertThat(f.year()).isEqualTo(2023);
      assertThat(f.expected()).isEqualTo(90.5);
      assertThat(f.actual()).isEqualTo(95.5);
    });
  }

  @Test
  void testAUnitChangingInsideARowIsAWarning() {
    FactBuilder row = RENJA.table(3, "Tabel 2.1").indicator("Jumlah pelaku usaha mikro").row(9, 369);
    List<FactRow> facts = List.of(
        row.measure("target", 2022).col(5).unit("orang").is(100, "100 orang"),
        row.measure("realisasi", 2022).col(6).unit("koperasi").is(550, "550 koperasi"),
        row.measure("capaian", 2022).col(7).unit("%").is(550, "550%"));

    assertThat(findings(facts, DqCheck.UNIT_CHANGE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo("warning");
      assertThat(f.message()).contains("'koperasi' (550 koperasi)", "'orang' (100 orang)");
    });
  }

  @Test
  void testRealisasiLaterThanThePlanCouldKnowIsAYearLabelWarning() {
    FactBuilder col = RENJA.table(3, "Tabel 2.1").metric("koperasi_sehat_pct", "realisasi", null);
    List<FactRow> facts = List.of(
        col.measure("realisasi", 2022).row(1, 335).is(56.25, "56,25%"),
        col.measure("realisasi", 2023).row(1, 335).col(9).is(31, "31%"),
        col.measure("realisasi", 2023).row(2, 336).col(9).flag("estimate").is(60, "60%"));

    assertThat(findings(facts, DqCheck.YEAR_LABEL)).singleElement().satisfies(f -> {
      assertThat(f.year()).isEqualTo(2023);
      assertThat(f.sourceLines()).containsExactly(335);
      assertThat(f.message()).contains("1 realisasi labelled 2023 in a RENJA written in 2023");
    });
  }

  @Test
  void testMalformedNumbersAreWarningsAndIdsAreStableAndUnique() {
    FactRow malformed = RENJA.level("kegiatan", "2.17.02.2.01").pagu("prakiraan", 2025).flag("malformed")
        .row(3, 1070).is(9_500_000, "95.000.00");

    List<Finding> once = DocumentChecks.run(List.of(malformed)).findings();
    List<Finding> twice = DocumentChecks.run(List.of(malformed)).findings();

    assertThat(once).singleElement().satisfies(f -> {
      assertThat(f.check()).isEqualTo(DqCheck.MALFORMED_NUMBER);
      assertThat(f.message()).isEqualTo("Tabel 4.1 line 1070: malformed number '95.000.00' read as 9500000");
    });
    assertThat(twice.get(0).findingId()).isEqualTo(once.get(0).findingId());
    Finding a = once.get(0);
    assertThat(Finding.uniqueIds(List.of(a, a))).extracting(Finding::findingId)
        .containsExactly(a.findingId(), a.findingId() + "-2");
  }

  @Test
  void testADocumentWhoseChecksFailGetsOneFindingAndTheBatchGoesOn() {
    // A fact without raw text or year where the checks expect them: a broken input row.
    FactRow broken = new FactRow("f-broken", "doc-x", "x.txt", "3374", "RENJA", 2023, null, 1, "Tabel 1", 0, 0, 7,
        "dinas", null, null, null, "anggaran", "pagu", null, 2024, 1.0, "Rp", null, List.of("malformed"));

    DocumentChecks.Result result = DocumentChecks.runSafely(List.of(broken));

    assertThat(result.derived()).isEmpty();
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.check()).isEqualTo(DqCheck.CHECK_FAILED);
      assertThat(f.severity()).isEqualTo("error");
      assertThat(f.docId()).isEqualTo("doc-x");
      assertThat(f.message()).startsWith("the data-quality checks of this document failed: NullPointerException");
    });
  }
}
