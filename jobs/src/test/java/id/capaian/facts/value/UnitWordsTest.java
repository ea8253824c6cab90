package id.capaian.facts.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitWordsTest {
  @Test
  void testNormaliseJoinsWhatALineWrapSplit() {
    assertThat(UnitWords.normalise(List.of("Orang/Bu", "lan"))).isEqualTo("orang/bulan");
    assertThat(UnitWords.normalise(List.of("uni", "t"))).isEqualTo("unit");
    assertThat(UnitWords.normalise(List.of("Koper", "asi"))).isEqualTo("koperasi");
  }

  @Test
  void testNormaliseKeepsRealWordsApart() {
    assertThat(UnitWords.normalise(List.of("Unit", "Usaha"))).isEqualTo("unit usaha");
    assertThat(UnitWords.normalise(List.of("orang", "/", "bulan"))).isEqualTo("orang/bulan");
    assertThat(UnitWords.normalise(List.of("Org/bln"))).isEqualTo("org/bln");
  }

  @Test
  void testKnownUnitsIncludeSlashedPairs() {
    assertThat(UnitWords.isKnown("org/bln")).isTrue();
    assertThat(UnitWords.isKnown("ksp/usp")).isTrue();
    assertThat(UnitWords.isKnown("dengan")).isFalse();
    assertThat(UnitWords.isKnown("org/xyz")).isFalse();
  }

  @Test
  void testCountUnitTextNeedsOnlyUnitWordsAndNoDigit() {
    assertThat(UnitWords.isCountUnitText("unit usaha")).isTrue();
    assertThat(UnitWords.isCountUnitText("tahun 2022")).isFalse();
    assertThat(UnitWords.isCountUnitText("realisasi")).isFalse();
  }
}
