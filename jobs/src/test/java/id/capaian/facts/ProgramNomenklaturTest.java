package id.capaian.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgramNomenklaturTest {
  private final ProgramNomenklatur nomenklatur = ProgramNomenklatur.defaults();

  @Test
  void testNamesMatchWhateverTheirCaseAndSpelling() {
    assertThat(nomenklatur.kodeOf("Program Pemberdayaan dan Perlindungan Koperasi")).isEqualTo("2.17.06");
    assertThat(nomenklatur.kodeOf("PROGRAM PENDIDIKAN DAN LATHAN PERKOPERASIAN")).isEqualTo("2.17.05");
    assertThat(nomenklatur.kodeOf("PROGRAM PELAYANAN (ZIN USAHA SIMPAN PINJAM)")).isEqualTo("2.17.02");
    assertThat(nomenklatur.kodeOf("PROGRAM PENILAIAN KESEHATAN KSP/USPKOPERASI")).isEqualTo("2.17.04");
    assertThat(nomenklatur.kodeOf("Program Penunjang Urusan Pemerintahan Daerah Kabupaten / Kota")).isEqualTo("2.17.01");
  }

  @Test
  void testUmkmStandsForItsSpelledOutName() {
    assertThat(nomenklatur.kodeOf("Program Pemberdayaan Umkm")).isEqualTo("2.17.07");
    assertThat(nomenklatur.kodeOf("Program Pemberdayaan Usaha Menengah, Usaha Kecil, Dan Usaha Mikro (Umkm)"))
        .isEqualTo("2.17.07");
    assertThat(nomenklatur.kodeOf("Program Pengembangan Umkm")).isEqualTo("2.17.08");
  }

  @Test
  void testUnknownProgramsGetNoCode() {
    assertThat(nomenklatur.kodeOf("PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN")).isNull();
    assertThat(nomenklatur.kodeOf("Program")).isNull();
    assertThat(nomenklatur.kodeOf("")).isNull();
  }
}
