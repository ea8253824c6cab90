package id.capaian.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Breaks are definition changes, growth is over unbroken spans, change is not taken across a break. */
class SeriesTest {

  private static Series.Point p(int year, Double target, Double realisasi) {
    return new Series.Point(year, target, realisasi);
  }

  /** Semarang's koperasi aktif: review table 2011-2016, Renstra targets 2017-2021, Renja 2021-2025. */
  static List<Series.Point> semarang() {
    List<Series.Point> s = new ArrayList<>();
    double[] realised = {77.2, 78.62, 78.72, 79.26, 79.94};
    for (int i = 0; i < realised.length; i++) {
      s.add(p(2011 + i, 75.0, realised[i]));
    }
    s.add(p(2016, null, 78.5));
    s.add(p(2017, 79.0, null));
    s.add(p(2018, 88.3, null));
    s.add(p(2019, 88.4, null));
    s.add(p(2020, 88.5, null));
    s.add(p(2021, 88.6, 88.61));
    s.add(p(2022, 76.0, 76.64));
    s.add(p(2023, 76.5, null));
    s.add(p(2024, 77.0, null));
    s.add(p(2025, 77.5, null));
    return s;
  }

  @Test
  void testSemarangsKoperasiAktifBreaksWhereTheBaseWasRedefined() {
    List<Series.Mark> marks = Series.mark(semarang(), Series.Kind.LEVEL);

    assertThat(marks).filteredOn(Series.Mark::breakBefore).extracting(Series.Mark::year)
        .containsExactly(2018, 2022);
    Series.Mark y2022 = Series.of(marks, 2022);
    assertThat(y2022.breakReason()).isEqualTo("target falls from 88.6 (2021) to 76 (2022): definition changed");
    assertThat(y2022.yoyChange()).as("no change across a break").isNull();
    assertThat(Series.of(marks, 2018).breakReason()).startsWith("target jumps from 79 (2017) to 88.3 (2018)");
    assertThat(Series.of(marks, 2012).yoyChange()).isEqualTo(1.42);
    assertThat(Series.of(marks, 2013).segment()).isEqualTo(1);
    assertThat(Series.of(marks, 2025).segment()).isEqualTo(3);
    // Growth over 2011-2016: (78.5 / 77.2)^(1/5) - 1.
    assertThat(Series.of(marks, 2014).cagrPct()).isEqualTo(0.33);
    // 2018-2021 has one realisasi point only; 2022-2025 too.
    assertThat(Series.of(marks, 2019).cagrPct()).isNull();
    assertThat(Series.of(marks, 2023).cagrPct()).isNull();
  }

  @Test
  void testAPlanTargetingFarBelowWhatWasReachedIsABreak() {
    List<Series.Mark> marks = Series.mark(
        List.of(p(2021, null, 94.7), p(2024, 70.0, null), p(2025, 80.0, null)), Series.Kind.LEVEL);

    assertThat(marks).extracting(Series.Mark::breakBefore).containsExactly(false, true, false);
    assertThat(Series.of(marks, 2024).breakReason()).contains("70 (2024) lies far below the 94.7 already reached");
  }

  @Test
  void testSteadyGrowthTargetsAndOvershootingRealisasiAreNoBreak() {
    List<Series.Point> growth = List.of(p(2022, 30.0, 40.57), p(2023, 35.0, null), p(2024, 40.0, null),
        p(2025, 45.0, null));
    assertThat(Series.mark(growth, Series.Kind.GROWTH_RATE)).noneMatch(Series.Mark::breakBefore);

    List<Series.Point> ratio = List.of(p(2022, 12.0, 16.93), p(2023, 13.0, null), p(2024, 14.0, null),
        p(2025, 15.0, null));
    assertThat(Series.mark(ratio, Series.Kind.LEVEL)).noneMatch(Series.Mark::breakBefore);
  }

  @Test
  void testBudgetsBreakOnlyWhereRealisasiHalvesOrDoubles() {
    List<Series.Mark> marks = Series.mark(List.of(
        p(2020, null, 10_000_000.0), p(2021, null, 17_634_959_089.0), p(2022, null, 18_852_082_292.0),
        p(2023, null, 8_000_000_000.0)), Series.Kind.AMOUNT);

    assertThat(marks).extracting(Series.Mark::breakBefore).containsExactly(false, true, false, true);
    assertThat(Series.of(marks, 2022).yoyChange()).isEqualTo(6.9);
    assertThat(Series.of(marks, 2022).cagrPct()).isEqualTo(6.9);
  }
}
