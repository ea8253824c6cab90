package id.capaian.facts.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpelledNumberTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "satu juta lima ratus ribu rupiah | 1500000",
        "enam milyar tujuh puluh satu juta lima ratus delapan puluh tujuh ribu rupiah | 6071587000",
        "delapan milyar delapan ratus delapan puluh enam juta tiga ratus tiga puluh empat ribu"
            + " tujuh ratus rupiah | 8886334700",
        "seratus sebelas | 111",
        "dua belas ribu | 12000",
        "sepuluh juta | 10000000",
        "seribu dua ratus | 1200",
        "Dua Triliun | 2000000000000",
        "nol | 0",
      })
  void testSpelledAmounts(String words, String value) {
    assertThat(SpelledNumber.parse(List.of(words.split(" ")))).isEqualByComparingTo(value);
  }

  @Test
  void testWordsThatAreNoNumberGiveNull() {
    assertThat(SpelledNumber.parse(List.of("satu", "koperasi"))).isNull();
    assertThat(SpelledNumber.parse(List.of("dua", "tiga"))).isNull();
    assertThat(SpelledNumber.parse(List.of("puluh"))).isNull();
    assertThat(SpelledNumber.parse(List.of("rupiah"))).isNull();
  }
}
