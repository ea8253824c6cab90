package id.capaian.analytics;

import static id.capaian.analytics.FactBuilder.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each precedence rule decides alone, conflicts are beyond rounding only, and unstaged pagu joins its stage. */
class ReconcilerTest {
  private static final FactBuilder RENJA_2024 = FactBuilder.doc("renja-2024", "RENJA", 2024).region("3374");
  private static final FactBuilder RENJA_2025 = FactBuilder.doc("renja-2025", "RENJA", 2025).region("3374");
  private static final FactBuilder LKJIP_2023 = FactBuilder.doc("lkjip-2023", "LKJIP", 2023).region("3374");
  private static final FactBuilder RENSTRA_2021 = FactBuilder.doc("renstra-2021", "RENSTRA", 2021).region("3374");

  private static Reconciled only(List<Candidate> candidates) {
    List<Reconciled> out = Reconciler.reconcile(candidates);
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  @Test
  void testForRealisasiTheReportOnThatYearBeatsALaterPlanQuotingIt() {
    FactRow report = LKJIP_2023.metric("koperasi_aktif_pct", "realisasi", 2023).row(2, 600).is(87.79, "87,79");
    FactRow quoted = RENJA_2025.metric("koperasi_aktif_pct", "realisasi", 2023).row(4, 450).is(87.5, "87,5");

    Reconciled r = only(List.of(candidate(quoted), candidate(report)));

    assertThat(r.value()).isEqualTo(87.79);
    assertThat(r.chosen().docId()).isEqualTo("lkjip-2023");
    assertThat(r.conflict()).isTrue();
    assertThat(r.rule()).isEqualTo("report_of_year");
    assertThat(r.documents()).isEqualTo(2);
  }

  @Test
  void testALaterDocumentBeatsAnEarlierOneForATarget() {
    FactRow renstra = RENSTRA_2021.metric("koperasi_aktif_pct", "target", 2024).row(1, 1497).is(88.4, "88,4");
    FactRow renja = RENJA_2024.metric("koperasi_aktif_pct", "target", 2024).row(3, 453).is(77, "77,00");

    Reconciled r = only(List.of(candidate(renstra), candidate(renja)));

    assertThat(r.value()).isEqualTo(77.0);
    assertThat(r.rule()).isEqualTo("later_document");
    assertThat(r.conflict()).isTrue();
    assertThat(r.min()).isEqualTo(77.0);
    assertThat(r.max()).isEqualTo(88.4);
  }

  @Test
  void testWithinADocumentATableBeatsProseAndUnstagedProseJoinsTheOnlyStage() {
    FactBuilder dinas = RENJA_2024.region("3516").level("dinas", null);
    FactRow table = dinas.table(4, "Tabel 2.2").pagu("induk", 2023).row(20, 279).is(6_177_343_400.0, "6.177.343.400,-");
    FactRow prose = dinas.prose().pagu(null, 2023).line(229).is(6_177_343_000.0, "Rp. 6.177.343.000,-");

    Reconciled r = only(List.of(candidate(prose), candidate(table)));

    assertThat(r.key().stage()).as("the prose value joins the table's stage").isEqualTo("induk");
    assertThat(r.value()).isEqualTo(6_177_343_400.0);
    assertThat(r.rule()).isEqualTo("table_over_prose");
    assertThat(r.conflict()).isTrue();

    List<Finding> findings = Reconciler.disagreements(r);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.check()).isEqualTo(DqCheck.SAME_KEY_VALUES);
      assertThat(f.expected()).isEqualTo(6_177_343_400.0);
      assertThat(f.actual()).isEqualTo(6_177_343_000.0);
      assertThat(f.sourceLines()).containsExactly(229, 279);
      assertThat(f.relatedDocId()).isNull();
      assertThat(f.message()).contains("6177343000", "prose line 229", "6177343400", "Tabel 2.2 line 279");
    });
  }

  @Test
  void testAPrintedTotalBeatsTheSumOfItsChildrenWhichIsNoConflict() {
    FactRow total = RENJA_2024.level("dinas", null).table(9, "Tabel 4.1").pagu("penetapan", 2024).row(0, 1068)
        .is(25_509_465_249.0, "25.509.465.249");
    Candidate sum = new Candidate(MetricKey.of(total), null, total.docId(), total.sourceFile(), total.docType(),
        total.docYear(), false, 9, "Tabel 4.1", null, 1070, 25_509_465_294.0, 0, "Rp", "sum of 8 rows",
        List.of("derived_sum", "sum_of_program"), Origin.DERIVED_SUM);

    Reconciled r = only(List.of(sum, candidate(total)));

    assertThat(r.value()).isEqualTo(25_509_465_249.0);
    assertThat(r.rule()).isEqualTo("total_over_sum");
    assertThat(r.conflict()).as("only printed values conflict; the sum has its own finding").isFalse();
    assertThat(r.ranked()).hasSize(2);
    assertThat(Reconciler.disagreements(r)).isEmpty();
  }

  @Test
  void testAMalformedValueNeverWinsEvenFromALaterDocument() {
    FactBuilder kegiatan = RENJA_2025.level("kegiatan", "2.17.02.2.01");
    FactRow malformed = kegiatan.pagu("prakiraan", 2025).flag("malformed").row(3, 1070).is(9_500_000.0, "95.000.00");
    FactRow plain = RENJA_2024.level("kegiatan", "2.17.02.2.01").pagu("prakiraan", 2025).row(3, 1070)
        .is(95_000_000.0, "95.000.000");

    Reconciled r = only(List.of(candidate(malformed), candidate(plain)));

    assertThat(r.value()).isEqualTo(95_000_000.0);
    assertThat(r.rule()).isEqualTo("not_malformed");
    assertThat(r.conflict()).isFalse();
    assertThat(r.min()).isEqualTo(95_000_000.0);
  }

  @Test
  void testValuesAgreeingWithinRoundingAreNoConflict() {
    FactRow a = RENSTRA_2021.metric("koperasi_aktif_pct", "target", 2021).row(1, 1497).is(88.6, "88,6");
    FactRow b = RENJA_2024.metric("koperasi_aktif_pct", "target", 2021).row(5, 552).is(88.6, "88,60%");

    Reconciled r = only(List.of(candidate(a), candidate(b)));

    assertThat(r.conflict()).isFalse();
    assertThat(r.rule()).isEqualTo("agree");
    assertThat(r.chosen().docId()).isEqualTo("renja-2024");
  }

  @Test
  void testWithinADocumentTheValuePrintedMostOftenWins() {
    FactBuilder prose = LKJIP_2023.region("3276").prose().metric("wirausaha_jumlah", "realisasi", 2023);
    FactRow summary = prose.line(55).is(32_915, "sebanyak 32.915 jiwa");
    FactRow body1 = prose.line(624).is(10_167, "10.167 jiwa");
    FactRow body2 = prose.line(628).is(10_167, "10.167 jiwa");

    Reconciled r = only(List.of(candidate(summary), candidate(body1), candidate(body2)));

    assertThat(r.value()).isEqualTo(10_167.0);
    assertThat(r.rule()).isEqualTo("most_repeated");
    assertThat(r.chosen().sourceLine()).isEqualTo(624);
    assertThat(Reconciler.disagreements(r)).singleElement()
        .satisfies(f -> assertThat(f.sourceLines()).containsExactly(55, 624));
  }

  @Test
  void testIndicatorsPrintedUnderTwoProgramsAreOneValue() {
    FactRow under3 = RENJA_2024.level("program", "2.17.03").metric("koperasi_aktif_pct", "realisasi", 2021)
        .row(1, 323).is(94.7, "94,7%");
    FactRow under5 = RENJA_2024.level("program", "2.17.05").metric("koperasi_aktif_pct", "realisasi", 2021)
        .row(9, 332).is(94.7, "94,7%");

    assertThat(MetricKey.of(under3)).isEqualTo(MetricKey.of(under5));
    Reconciled r = only(List.of(candidate(under3), candidate(under5)));
    assertThat(r.key().kode()).isNull();
    assertThat(r.ranked()).hasSize(2);
    assertThat(r.rule()).isEqualTo("agree");
  }

  @Test
  void testAnUnstagedPaguJoinsTheStageItRepeatsOrStaysApart() {
    FactBuilder dinas = RENJA_2024.level("dinas", null).table(4, "Tabel 2.2").row(20, 427);
    FactRow induk = dinas.pagu("induk", 2022).col(4).is(26_163_067_000.0, "26.163.067.000");
    FactRow perubahan = dinas.pagu("perubahan", 2022).col(5).is(22_500_227_865.0, "22.500.227.865");
    FactRow repeats = dinas.prose().pagu(null, 2022).line(252).is(22_500_227_865.0, "Rp. 22.500.227.865.");
    FactRow other = dinas.prose().pagu(null, 2022).line(260).is(20_000_000_000.0, "Rp. 20.000.000.000");

    List<Reconciled> out = Reconciler.reconcile(
        List.of(candidate(induk), candidate(perubahan), candidate(repeats), candidate(other)));

    assertThat(out).extracting(r -> r.key().stage()).containsExactly(null, "induk", "perubahan");
    assertThat(out.get(0).value()).isEqualTo(20_000_000_000.0);
    assertThat(out.get(2).ranked()).hasSize(2);
    assertThat(out.get(2).rule()).isEqualTo("agree");
  }

  @Test
  void testPlainNumbersBeatFlaggedOnesAndTheFirstPrintedBreaksTies() {
    FactBuilder t = RENJA_2024.metric("nilai_akip", "target", 2024);
    FactRow derivedYear = t.row(1, 100).flag("derived_year").is(77.5, "77,50");
    FactRow explicit = t.row(2, 200).is(77.75, "77,75");
    Reconciled r = only(List.of(candidate(derivedYear), candidate(explicit)));
    assertThat(r.value()).isEqualTo(77.75);
    assertThat(r.rule()).isEqualTo("unflagged");

    FactRow first = t.row(1, 100).is(77.5, "77,50");
    FactRow second = t.row(2, 200).is(77.75, "77,75");
    Reconciled tie = only(List.of(candidate(second), candidate(first)));
    assertThat(tie.value()).isEqualTo(77.5);
    assertThat(tie.rule()).isEqualTo("first_printed");
  }

  @Test
  void testRowsOfOneTableSharingANameAreNoConflictButTwoTablesAre() {
    FactBuilder proposals = RENJA_2024.table(11, "Tabel 2.9").metric("anggaran", "pagu", 2024).unit("Rp")
        .subject("Pelatihan Digital Marketing");
    Reconciled sameTable = only(List.of(candidate(proposals.row(8, 840).is(6_000_000, "6.000.000")),
        candidate(proposals.row(10, 842).is(7_000_000, "7.000.000"))));
    assertThat(sameTable.key().item()).isEqualTo("pelatihan digital marketing");
    assertThat(sameTable.conflict()).isFalse();
    assertThat(Reconciler.disagreements(sameTable)).isEmpty();

    FactBuilder quality = RENJA_2024.region("3516").metric("koperasi_berkualitas_pct", "realisasi", 2022);
    Reconciled twoTables = only(List.of(candidate(quality.table(5, "Tabel 2.3").row(3, 324).is(25.48, "25,48%")),
        candidate(quality.table(6, "Tabel 2.4").row(1, 436).is(23.35, "23,35%"))));
    assertThat(twoTables.conflict()).isTrue();
    assertThat(Reconciler.disagreements(twoTables)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo(
            "koperasi_berkualitas_pct realisasi 2022: 23.35 printed at Tabel 2.4 line 436, but 25.48 at Tabel 2.3 line 324"));
  }

  @Test
  void testNumbersReadIntoTheWrongKindOfColumnAreNotReconciled() {
    FactBuilder t = RENJA_2024.table(9, "Tabel 2.5").level("program", "2.17.01").row(0, 650);
    assertThat(MetricKey.of(t.pagu("rancangan", 2024).unit("%").is(3, "3%"))).isNull();
    assertThat(MetricKey.of(t.pagu("rancangan", 2024).flag("grade").is(84.8, "84,8 (A)"))).isNull();
    assertThat(MetricKey.of(t.pagu("rancangan", 2024).is(5_987_567_637.0, "5.987.567.637"))).isNotNull();
    assertThat(MetricKey.of(t.metric("koperasi_aktif_pct", "target", 2021).unit("Rp").is(5_376_120_000.0, "x")))
        .isNull();
    assertThat(MetricKey.of(t.level(null, null).pagu(null, 2024).is(1, "1"))).as("no level, code or name").isNull();
    FactBuilder renstraView = LKJIP_2023.metric("koperasi_berkualitas_pct", "realisasi", 2026);
    assertThat(MetricKey.of(renstraView.is(33.33, "33,33"))).as("a realisasi the LKjIP 2023 cannot know").isNull();
    assertThat(MetricKey.of(renstraView.measure("realisasi", 2023).is(36.36, "36,36"))).isNotNull();
    assertThat(MetricKey.of(renstraView.measure("target", 2026).is(30, "30"))).isNotNull();
    FactBuilder sasaran = LKJIP_2023.level("sasaran", null).subject("Meningkatnya daya saing Koperasi dan UM")
        .metric("anggaran", "pagu", 2023).unit("Rp");
    assertThat(MetricKey.of(sasaran.indicator("Koperasi Berkualitas").is(1, "1")).item())
        .isEqualTo("meningkatnya daya saing koperasi dan um koperasi berkualitas");
    assertThat(MetricKey.of(sasaran.indicator("Koperasi Berkualitas").is(1, "1")))
        .isNotEqualTo(MetricKey.of(sasaran.indicator("Persentase wirausaha").is(1, "1")));
    assertThat(MetricKey.of(t.level("urusan", "2.17").pagu(null, 2024).is(1, "1")))
        .satisfies(k -> {
          assertThat(k.level()).isEqualTo("dinas");
          assertThat(k.kode()).isNull();
        });
  }
}
