package id.capaian.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellClassifierTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|EMPTY",
        "-|DASH",
        "--|DASH",
        "NA|DASH",
        "Nihil|DASH",
        "Rp -|DASH",
        "2.17.03.2.01.01|CODE",
        "X.XX.01.2.06|CODE",
        "2 17 1 2 1|CODE",
        "1.2.11.1.2.11.01.18|CODE",
        "4.637.387.000,-|AMOUNT",
        "25.509.465.294|AMOUNT",
        "9,384,257,538|AMOUNT",
        "Rp 9,384,257,538|AMOUNT",
        "95.000.00|AMOUNT",
        "100%|PERCENT",
        "25,48 %|PERCENT",
        "100% (20%)|PERCENT",
        "32 Persen|PERCENT",
        "0,4 % ; 0,2 %|PERCENT",
        "24 dokumen|UNIT",
        "84,03(A)|UNIT",
        "1.200 UM|UNIT",
        "29 orang / bulan|UNIT",
        "70,20|NUMBER",
        "70.20|NUMBER",
        "1875|NUMBER",
        "2,100|NUMBER",
        "1.|NUMBER",
        "-75,23|NUMBER",
        "%|TEXT",
        "Tahun 2022 (n-1)|TEXT",
        "- Persentase koperasi aktif|TEXT",
        "1. Pertama 2. Kedua|TEXT",
      })
  void testKinds(String cell, CellKind kind) {
    assertThat(CellClassifier.classify(cell)).as(cell).isEqualTo(kind);
  }

  @Test
  void testCodeFragmentsAndHeaderText() {
    assertThat(CellClassifier.isCodeFragment("2")).isTrue();
    assertThat(CellClassifier.isCodeFragment("17")).isTrue();
    assertThat(CellClassifier.isCodeFragment("0001")).isTrue();
    assertThat(CellClassifier.isCodeFragment("2021")).isFalse();
    assertThat(CellClassifier.isCodeFragment("120")).isFalse();
    assertThat(CellClassifier.isHeaderText("TA 2021")).isTrue();
    assertThat(CellClassifier.isHeaderText("2021 - 2026")).isTrue();
    assertThat(CellClassifier.isHeaderText("2022 (bila ada data)")).isTrue();
    assertThat(CellClassifier.isHeaderText("2015*")).isTrue();
    assertThat(CellClassifier.isHeaderText("100%")).isFalse();
    assertThat(CellClassifier.isHeaderText("12 dokumen")).isFalse();
  }
}
