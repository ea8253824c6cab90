package id.capaian.facts.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpectTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "% | PERCENT",
        "Persen | PERCENT",
        "Prosentase | PERCENT",
        "Tingkat Realisasi (%) | PERCENT",
        "Rasio antara Realisasi dan Anggaran Tahun ( % ) | PERCENT",
        "Anggaran (Rp) | RUPIAH",
        "Pagu Indikatif (Rp.) | RUPIAH",
        "TA 2021 > INDUK > Anggaran | RUPIAH",
        "Rp | RUPIAH",
        "Nilai | SCORE",
        "Nilai SAKIP | SCORE",
        "Orang | COUNT",
        "Unit Usaha | COUNT",
        "org/bln | COUNT",
        "Jumlah (Unit Usaha) | COUNT",
        "Penambahan (Unit Usaha) * | COUNT",
        "Tahun 2022 | ANY",
        "Target | ANY",
        "'' | ANY"
      })
  void testFromUnitOrHeader(String text, Expect expected) {
    assertThat(Expect.fromUnit(text)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void testLastHeaderLevelSpeaksFirst() {
    assertThat(Expect.fromUnit("Anggaran (Rp) > Rasio (%)")).isEqualTo(Expect.PERCENT);
    assertThat(Expect.fromUnit("Realisasi Anggaran Tahun > 2016")).isEqualTo(Expect.RUPIAH);
    assertThat(Expect.fromUnit(null)).isEqualTo(Expect.ANY);
  }
}
