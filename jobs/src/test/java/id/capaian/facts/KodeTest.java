package id.capaian.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KodeTest {

  @Test
  void testDottedCodesArePaddedToTheNomenclatureWidths() {
    assertThat(Kode.parse("2.17.03.2.01.01")).isEqualTo(new Kode("2.17.03.2.01.0001", "sub_kegiatan", false));
    assertThat(Kode.parse("2.17.03.2.01.0004")).isEqualTo(new Kode("2.17.03.2.01.0004", "sub_kegiatan", false));
    assertThat(Kode.parse("2.17.08")).isEqualTo(new Kode("2.17.08", "program", false));
    assertThat(Kode.parse("2.17.1.2.1")).isEqualTo(new Kode("2.17.01.2.01", "kegiatan", false));
    assertThat(Kode.parse("2.17")).isEqualTo(new Kode("2.17", "urusan", false));
  }

  @Test
  void testTabAndSpaceSeparatedCodes() {
    assertThat(Kode.parse("2\t17\t1\t2\t1\t1").kode()).isEqualTo("2.17.01.2.01.0001");
    assertThat(Kode.parse("2\u21e517\u21e51\u21e52\u21e51\u21e51").kode()).isEqualTo("2.17.01.2.01.0001");
    assertThat(Kode.parse("2 17 1 2 1 7").kode()).isEqualTo("2.17.01.2.01.0007");
    assertThat(Kode.parse("2 17 01 2 01 07").kode()).isEqualTo("2.17.01.2.01.0007");
  }

  @Test
  void testAgencyCodeIsTheDinas() {
    Kode agency = Kode.parse("2.17.0.00.0.00.01.00.00");
    assertThat(agency.level()).isEqualTo("dinas");
    assertThat(agency.kode()).isEqualTo("2.17");
  }

  @Test
  void testPlaceholderIsResolvedFromTheProgram() {
    Kode placeholder = Kode.parse("X.XX.01.2.06.02");
    assertThat(placeholder.placeholder()).isTrue();
    assertThat(placeholder.resolve("2.17.01")).isEqualTo(new Kode("2.17.01.2.06.0002", "sub_kegiatan", false));
  }

  @Test
  void testNumbersThatAreNotCodes() {
    assertThat(Kode.parse("1.2.11.1.2.11.01.18")).isNull();
    assertThat(Kode.parse("Program Penunjang")).isNull();
    assertThat(Kode.parse("23.179.515.320")).isNull();
    assertThat(Kode.parse("")).isNull();
    assertThat(Kode.parse("2")).isNull();
  }
}
