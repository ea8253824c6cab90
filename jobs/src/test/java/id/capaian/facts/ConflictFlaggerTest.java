package id.capaian.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictFlaggerTest {
  private static int next;

  private static Fact fact(String level, String kode, String subject, String metric, String measure,
      String stage, int year, double value, String... flags) {
    return new Fact("f" + next++, 1, next, 1, 10, level, kode, subject, null, metric, measure, stage,
        year, value, null, null, String.valueOf(value), List.of(flags));
  }

  @Test
  void testSameIndicatorKeyWithDifferentValuesIsFlaggedEverywhere() {
    List<Fact> out = ConflictFlagger.flag(List.of(
        fact(null, null, null, "koperasi_berkualitas_pct", "realisasi", null, 2022, 25.48),
        fact(null, null, null, "koperasi_berkualitas_pct", "realisasi", null, 2022, 23.35),
        fact(null, null, null, "koperasi_berkualitas_pct", "target", null, 2022, 25)));
    assertThat(out.get(0).flags()).contains(ConflictFlagger.CONFLICT);
    assertThat(out.get(1).flags()).contains(ConflictFlagger.CONFLICT);
    assertThat(out.get(2).flags()).isEmpty();
  }

  @Test
  void testEqualValuesWithinToleranceDoNotConflict() {
    List<Fact> out = ConflictFlagger.flag(List.of(
        fact("dinas", null, "Jumlah", "anggaran", "pagu", "induk", 2022, 26163067000.0),
        fact("dinas", null, "TOTAL", "anggaran", "pagu", "induk", 2022, 26163067000.0 + 1e-3)));
    assertThat(out).allSatisfy(f -> assertThat(f.flags()).isEmpty());
  }

  @Test
  void testBudgetLinesConflictOnlyWithTheSameLine() {
    List<Fact> out = ConflictFlagger.flag(List.of(
        fact("program", "2.17.01", "A", "anggaran", "pagu", null, 2023, 9384257538.0),
        fact("program", "2.17.01", "B", "anggaran", "pagu", null, 2023, 10255966594.0),
        fact("program", "2.17.07", "C", "anggaran", "pagu", null, 2023, 11542957950.0),
        fact("program", "2.17.07", "C", "anggaran", "pagu", "rancangan", 2023, 1.0)));
    assertThat(out.get(0).flags()).contains(ConflictFlagger.CONFLICT);
    assertThat(out.get(1).flags()).contains(ConflictFlagger.CONFLICT);
    assertThat(out.get(2).flags()).isEmpty();
    assertThat(out.get(3).flags()).isEmpty();
  }

  @Test
  void testSecondaryNumbersAndUnmappedFactsNeverConflict() {
    List<Fact> out = ConflictFlagger.flag(List.of(
        fact(null, null, null, "koperasi_sehat_pct", "target", null, 2022, 30),
        fact(null, null, null, "koperasi_sehat_pct", "target", null, 2022, 6, "secondary_value"),
        fact(null, null, null, null, "target", null, 2022, 1),
        fact(null, null, null, null, "target", null, 2022, 2)));
    assertThat(out).allSatisfy(f -> assertThat(f.flags()).doesNotContain(ConflictFlagger.CONFLICT));
  }
}
