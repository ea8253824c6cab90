package id.capaian.facts.value;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.facts.value.NumberReader.Grouping;
import id.capaian.facts.value.NumberReader.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberReaderTest {
  private static Reading read(String digits, Grouping grouping) {
    return NumberReader.read(digits, 0, digits.length(), grouping);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // text | value when a lone separator before 3 digits is decimal | ... when thousands
        "10.167 | 10.167 | 10167",
        "2,100 | 2.100 | 2100",
        "1.050 | 1.050 | 1050",
        "999.999 | 999.999 | 999999",
      })
  void testLoneSeparatorBeforeThreeDigitsFollowsTheContext(
      String text, String asDecimal, String asThousands) {
    assertThat(read(text, Grouping.DECIMAL).value()).isEqualByComparingTo(asDecimal);
    assertThat(read(text, Grouping.THOUSANDS).value()).isEqualByComparingTo(asThousands);
    Reading unknown = read(text, Grouping.UNKNOWN);
    assertThat(unknown.value()).isEqualByComparingTo(asThousands);
    assertThat(unknown.is(NumberReader.AMBIGUOUS)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0.101 | 0.101", // a leading zero is never grouped
        "0,374 | 0.374",
        "1234.567 | 1234.567", // four digits before: no grouping
        "8.17 | 8.17",
        "12,5 | 12.5",
        "1.2345 | 1.2345",
      })
  void testLoneSeparatorThatCannotGroupIsDecimal(String text, String value) {
    Reading r = read(text, Grouping.THOUSANDS);
    assertThat(r.value()).isEqualByComparingTo(value);
    assertThat(r.is(NumberReader.AMBIGUOUS)).isFalse();
  }

  @Test
  void testBothSeparatorsTheLastIsDecimal() {
    assertThat(read("1.234.567,89", Grouping.UNKNOWN).value()).isEqualByComparingTo("1234567.89");
    assertThat(read("1,234,567.89", Grouping.UNKNOWN).value()).isEqualByComparingTo("1234567.89");
    assertThat(read("1,234,567.89", Grouping.UNKNOWN).is(NumberReader.US)).isTrue();
    assertThat(read("1.234.567,89", Grouping.UNKNOWN).is(NumberReader.US)).isFalse();
  }

  @Test
  void testBadGroupsAreMalformedWithABestGuess() {
    Reading r = read("95.000.00", Grouping.THOUSANDS);
    assertThat(r.is(NumberReader.MALFORMED)).isTrue();
    assertThat(r.value()).isEqualByComparingTo("95000.00");
    assertThat(read("1.234,5,6", Grouping.UNKNOWN).is(NumberReader.MALFORMED)).isTrue();
    assertThat(read("1,23.456", Grouping.UNKNOWN).is(NumberReader.MALFORMED)).isTrue();
    assertThat(read("1234.567,8", Grouping.UNKNOWN).is(NumberReader.MALFORMED)).isTrue();
  }

  @Test
  void testCodesHaveNoValue() {
    Reading r = read("2.17.03.2.01.0004", Grouping.UNKNOWN);
    assertThat(r.is(NumberReader.CODE)).isTrue();
    assertThat(r.value()).isNull();
    assertThat(read("21.08.2023", Grouping.UNKNOWN).is(NumberReader.CODE)).isTrue();
  }

  @Test
  void testLongDigitRunsStayExact() {
    assertThat(read("123.456.789.012.345.678.901", Grouping.UNKNOWN).value())
        .isEqualByComparingTo("123456789012345678901");
    assertThat(read("0000012", Grouping.UNKNOWN).value()).isEqualByComparingTo("12");
  }
}
