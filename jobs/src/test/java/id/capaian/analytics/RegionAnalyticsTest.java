package id.capaian.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One region's facts give its documents' checks, the derived sums as candidates, every key reconciled
 * across the region's documents, and the disagreements, whatever order the facts arrive in.
 */
class RegionAnalyticsTest {
  private static final FactBuilder RENJA_2024 = FactBuilder.doc("renja-2024", "RENJA", 2024).region("3374");
  private static final FactBuilder LKJIP_2023 = FactBuilder.doc("lkjip-2023", "LKJIP", 2023).region("3374");

  private static List<FactRow> regionFacts() {
    FactBuilder programs = RENJA_2024.table(9, "Tabel 4.1").pagu("penetapan", 2024).col(5);
    return List.of(
        programs.level("program", "2.17.02").row(1, 1069).is(160_941_690, "160.941.690"),
        programs.level("program", "2.17.03").row(5, 1075).is(666_228_580, "666.228.580"),
        RENJA_2024.table(3, "Tabel 2.1").metric("koperasi_aktif_pct", "realisasi", 2022).row(2, 410)
            .is(76.64, "76,64"),
        LKJIP_2023.table(4, "Tabel 3.1").metric("koperasi_aktif_pct", "realisasi", 2022).row(6, 220)
            .is(77.2, "77,2"));
  }

  @Test
  void testADerivedSumIsACandidateAndTwoDocumentsDisagreeingMakeOneConflictWithItsFinding() {
    RegionAnalytics.Result result = RegionAnalytics.run("3374", regionFacts());

    RegionValues values = result.values();
    assertThat(values.regionCode()).isEqualTo("3374");
    assertThat(values.all()).extracting(r -> r.key().toString()).containsExactly(
        "anggaran pagu 2024 dinas (penetapan)",
        "anggaran pagu 2024 program 2.17.02 (penetapan)",
        "anggaran pagu 2024 program 2.17.03 (penetapan)",
        "koperasi_aktif_pct realisasi 2022");
    Reconciled dinas = values.all().get(0);
    assertThat(dinas.value()).isEqualTo(827_170_270.0);
    assertThat(dinas.chosen().derived()).isTrue();
    Reconciled pct = values.indicator("koperasi_aktif_pct", "realisasi", 2022);
    assertThat(pct.conflict()).isTrue();
    assertThat(pct.documents()).isEqualTo(2);
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.check()).isEqualTo(DqCheck.SAME_KEY_VALUES);
      assertThat(f.regionCode()).isEqualTo("3374");
    });
  }

  @Test
  void testTheOrderFactsArriveInChangesNothing() {
    List<FactRow> facts = regionFacts();
    List<FactRow> reversed = new ArrayList<>(facts);
    Collections.reverse(reversed);

    RegionAnalytics.Result a = RegionAnalytics.run("3374", facts);
    RegionAnalytics.Result b = RegionAnalytics.run("3374", reversed);

    assertThat(b.values().all()).isEqualTo(a.values().all());
    assertThat(b.findings()).isEqualTo(a.findings());
  }

  @Test
  void testADocumentWithoutRegionIsCheckedButHasNothingToReconcile() {
    FactRow malformed = FactBuilder.doc("unknown", "RENJA", 2024).table(2, "Tabel 4.1").level("kegiatan", "2.17.02.2.01")
        .pagu("prakiraan", 2025).flag("malformed").row(3, 1070).is(9_500_000, "95.000.00");

    RegionAnalytics.Result result = RegionAnalytics.run(null, List.of(malformed));

    assertThat(result.values()).isNull();
    assertThat(result.findings()).singleElement()
        .satisfies(f -> assertThat(f.check()).isEqualTo(DqCheck.MALFORMED_NUMBER));
    assertThat(RegionAnalytics.group(null, "unknown")).isNotEqualTo(RegionAnalytics.group("unknown", "x"));
  }
}
