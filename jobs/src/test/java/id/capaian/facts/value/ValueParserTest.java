package id.capaian.facts.value;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.facts.value.ParseResult.Status;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per number form of issue 3 ("Values"). */
class ValueParserTest {
  private final ValueParser parser = new ValueParser();

  private ParsedValue one(String text, Expect expect) {
    ParseResult r = parser.parse(text, expect);
    assertThat(r.status()).as("status of %s", text).isEqualTo(Status.VALUES);
    assertThat(r.values()).as("values of %s", text).hasSize(1);
    return r.values().get(0);
  }

  private ParsedValue one(String text) {
    return one(text, Expect.ANY);
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  private static void assertExact(ParsedValue v, String expected) {
    assertThat(v.exact()).as(v.raw()).isEqualByComparingTo(expected);
  }

  @Nested
  class Conventions {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "1.234.567,89 | 1234567.89",
          "1,234,567.89 | 1234567.89",
          "23.179.515.320 | 23179515320",
          "9,384,257,538 | 9384257538",
          "76,64 | 76.64",
          "70.20 | 70.20",
          "0,374 | 0.374",
          "0.101 | 0.101",
          "187,5 | 187.5",
          "1875 | 1875",
          "0 | 0",
          "12345678901234567890123 | 12345678901234567890123"
        })
    void testBothConventionsReadExactly(String text, String expected) {
      assertExact(one(text), expected);
    }

    @Test
    void testDecimalPointIsFlaggedUsConvention() {
      assertThat(one("48.22").flags()).contains(ValueFlags.US_CONVENTION);
      assertThat(one("1,234,567.89").flags()).contains(ValueFlags.US_CONVENTION);
      assertThat(one("1.234.567,89").flags()).doesNotContain(ValueFlags.US_CONVENTION);
    }

    @Test
    void testLoneSeparatorBeforeThreeDigitsIsThousandsWithUnit() {
      ParsedValue v = one("10.167 jiwa");
      assertExact(v, "10167");
      assertThat(v.unit()).isEqualTo("jiwa");
      assertThat(v.kind()).isEqualTo(ValueKind.COUNT);
      assertThat(v.flags()).doesNotContain(ValueFlags.AMBIGUOUS_SEPARATOR);
      assertExact(one("1.050 Unit Usaha"), "1050");
      assertThat(one("1.050 Unit Usaha").unit()).isEqualTo("unit usaha");
      assertExact(one("2,100", Expect.COUNT), "2100");
    }

    @Test
    void testLoneSeparatorBeforeThreeDigitsIsDecimalInPercent() {
      assertExact(one("0.101%"), "0.101");
      assertExact(one("12,345%"), "12.345");
      assertExact(one("1.050", Expect.PERCENT), "1.050");
      assertExact(one("8.17", Expect.PERCENT), "8.17");
    }

    @Test
    void testLoneSeparatorWithoutContextIsThousandsAndFlagged() {
      ParsedValue v = one("32.915");
      assertExact(v, "32915");
      assertThat(v.flags()).contains(ValueFlags.AMBIGUOUS_SEPARATOR);
      assertExact(one("2,114"), "2114");
      assertThat(one("2,114").flags()).contains(ValueFlags.AMBIGUOUS_SEPARATOR);
    }

    @Test
    void testBadGroupingIsMalformedAndFlagged() {
      ParseResult r = parser.parse("95.000.00", Expect.RUPIAH);
      assertThat(r.status()).isEqualTo(Status.MALFORMED);
      assertThat(r.reason()).isEqualTo("malformed_number: 95.000.00");
      assertThat(r.values()).singleElement().satisfies(v -> {
        assertThat(v.has(ValueFlags.MALFORMED)).isTrue();
        assertThat(v.kind()).isEqualTo(ValueKind.RUPIAH);
      });
      assertThat(parser.parse("1.234,56,7", Expect.ANY).status()).isEqualTo(Status.MALFORMED);
      assertThat(parser.parse("12,34.567.8", Expect.ANY).status()).isEqualTo(Status.MALFORMED);
    }

    @Test
    void testCodesAreTextNotNumbers() {
      assertThat(parser.parse("2.17.03.2.01.0004", Expect.ANY))
          .extracting(ParseResult::status, ParseResult::reason)
          .containsExactly(Status.TEXT, "code");
      assertThat(parser.parse("1.2.11.1.2.11.01.18", Expect.RUPIAH).status())
          .isEqualTo(Status.TEXT);
    }
  }

  @Nested
  class Rupiah {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Rp 22.500.227.865,- | 22500227865",
          "Rp. 22.500.227.865 | 22500227865",
          "Rp.18.852.082.292 | 18852082292",
          "RP 1.000.000 | 1000000",
          "Rp1.100.187.000 | 1100187000",
          "21.837.525.905,- | 21837525905",
          "Rp 1.500.000,00 | 1500000",
          "Rp 9,384,257,538 | 9384257538",
          "Rp. 32,300,612,788 | 32300612788",
          "Rp 300 juta | 300000000",
          "Rp 2,5 M | 2500000000",
          "Rp 2.5 M | 2500000000",
          "Rp15 miliar | 15000000000",
          "Rp 15 milyar | 15000000000",
          "Rp 35.127 | 35127",
          "Rp 5.000.- | 5000",
          "Rp 6. 412.880.000 | 6412880000",
          "Rp 9, 148,997,610 | 9148997610"
        })
    void testAmountForms(String text, String expected) {
      ParsedValue v = one(text);
      assertExact(v, expected);
      assertThat(v.kind()).isEqualTo(ValueKind.RUPIAH);
      assertThat(v.unit()).isEqualTo("Rp");
    }

    @Test
    void testScaleWithoutRpIsANumber() {
      ParsedValue v = one("2 triliun");
      assertExact(v, "2000000000000");
      assertThat(v.kind()).isEqualTo(ValueKind.NUMBER);
      assertThat(v.flags()).contains(ValueFlags.SCALED);
      ParsedValue orang = one("2 juta orang");
      assertExact(orang, "2000000");
      assertThat(orang.unit()).isEqualTo("orang");
    }

    @Test
    void testSpaceAfterTheFirstSeparatorJoinsOnlyWholeThousandsGroups() {
      // PDF text puts a space after the first separator: "6. 412.880.000" is one amount.
      assertExact(one("6. 412.880.000", Expect.RUPIAH), "6412880000");
      // Not when what follows is not two groups of three with the same separator: two numbers.
      assertThat(parser.parse("2. 250", Expect.ANY).values()).hasSize(2);
      assertThat(parser.parse("12,5, 100.000.000", Expect.ANY).values()).hasSize(2);
    }

    @Test
    void testAmountInRupiahColumnWithoutRp() {
      ParsedValue v = one("4.943.313.900", Expect.RUPIAH);
      assertExact(v, "4943313900");
      assertThat(v.kind()).isEqualTo(ValueKind.RUPIAH);
      assertThat(v.flags()).contains(ValueFlags.KIND_FROM_CONTEXT);
    }

    @Test
    void testRupiahSuffixMakesAnAmountWithoutContext() {
      ParsedValue v = one("4.637.387.000,-", Expect.ANY);
      assertExact(v, "4637387000");
      assertThat(v.kind()).isEqualTo(ValueKind.RUPIAH);
      assertThat(v.raw()).isEqualTo("4.637.387.000,-");
      assertThat(v.flags()).doesNotContain(ValueFlags.KIND_FROM_CONTEXT);
    }

    @Test
    void testSpelledOutWordsAfterAmount() {
      ParseResult r =
          parser.parse("Rp 1.500.000 (satu juta lima ratus ribu rupiah)", Expect.ANY);
      assertThat(r.status()).isEqualTo(Status.VALUES);
      assertThat(r.values()).singleElement().satisfies(v -> {
        assertThat(v.exact()).isEqualByComparingTo("1500000");
        assertThat(v.flags()).contains(ValueFlags.SPELLED_OUT_WORDS);
        assertThat(v.flags()).doesNotContain(ValueFlags.SPELLED_OUT_MISMATCH);
      });
    }

    @Test
    void testSpelledOutWordsThatDisagreeGiveASecondValue() {
      ParseResult r =
          parser.parse(
              "Rp. 6.177.343.000,- (enam milyar seratus tujuh puluh tujuh juta tiga ratus empat"
                  + " puluh tiga ribu empat ratus rupiah)",
              Expect.ANY);
      assertThat(r.primary()).get().satisfies(v -> {
        assertThat(v.exact()).isEqualByComparingTo("6177343000");
        assertThat(v.flags()).contains(ValueFlags.SPELLED_OUT_MISMATCH);
      });
      assertThat(r.values()).hasSize(2);
      assertThat(r.values().get(1).exact()).isEqualByComparingTo("6177343400");
      assertThat(r.values().get(1).flags()).contains(ValueFlags.SPELLED_OUT_VALUE);
    }

    @Test
    void testRupiahDashIsMissing() {
      assertThat(parser.parse("Rp -", Expect.RUPIAH).status()).isEqualTo(Status.MISSING);
    }

    @Test
    void testAmountPerUnit() {
      ParsedValue v = one("Rp. 350.000/bulan");
      assertExact(v, "350000");
      assertThat(v.unit()).isEqualTo("Rp/bulan");
    }
  }

  @Nested
  class Percent {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "83,79% | 83.79",
          "16,21 % | 16.21",
          "100 % | 100",
          "32 Persen | 32",
          "90,50 persen | 90.50",
          "454% | 454",
          "-75,23% | -75.23",
          "48.22 % | 48.22",
          "100.92% | 100.92"
        })
    void testPercentForms(String text, String expected) {
      ParsedValue v = one(text);
      assertExact(v, expected);
      assertThat(v.kind()).isEqualTo(ValueKind.PERCENT);
      assertThat(v.unit()).isEqualTo("%");
      assertThat(v.flags()).doesNotContain(ValueFlags.KIND_FROM_CONTEXT);
    }

    @Test
    void testPercentWithoutSignInPercentColumn() {
      ParsedValue v = one("76,64", Expect.PERCENT);
      assertExact(v, "76.64");
      assertThat(v.kind()).isEqualTo(ValueKind.PERCENT);
      assertThat(v.flags()).contains(ValueFlags.KIND_FROM_CONTEXT);
    }

    @Test
    void testNegativeWithoutSign() {
      assertExact(one("-75,23"), "-75.23");
      assertExact(one("-50", Expect.PERCENT), "-50");
      assertExact(one("\u221226,32"), "-26.32");
    }
  }

  @Nested
  class Units {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "150 koperasi | 150 | koperasi",
          "34 Org/bln | 34 | org/bln",
          "1875 orang | 1875 | orang",
          "34 Orang/Bu lan | 34 | orang/bulan",
          "29 orang / bulan | 29 | orang/bulan",
          "165 Unit Usaha | 165 | unit usaha",
          "1 klinik bisnis | 1 | klinik bisnis",
          "748 uni t | 748 | unit",
          "1.200 UM | 1200 | um",
          "200 ribu UKM | 200000 | ukm"
        })
    void testCountWithUnit(String text, String expected, String unit) {
      ParsedValue v = one(text);
      assertExact(v, expected);
      assertThat(v.kind()).isEqualTo(ValueKind.COUNT);
      assertThat(v.unit()).isEqualTo(unit);
    }
  }

  @Nested
  class Brackets {
    @Test
    void testSecondPercentInBrackets() {
      ParseResult r = parser.parse("50% (10%)", Expect.ANY);
      assertThat(r.values()).hasSize(2);
      assertThat(r.primary()).get().extracting(ParsedValue::value).isEqualTo(50.0);
      assertThat(r.secondary()).get().satisfies(v -> {
        assertThat(v.value()).isEqualTo(10.0);
        assertThat(v.kind()).isEqualTo(ValueKind.PERCENT);
        assertThat(v.flags()).contains(ValueFlags.SECONDARY_VALUE);
      });
      assertThat(r.isMultiValue()).isFalse();
    }

    @Test
    void testSecondValueTakesThePrimarySign() {
      ParseResult r = parser.parse("50,55% (10,1)", Expect.ANY);
      assertThat(r.secondary()).get().satisfies(v -> {
        assertThat(v.exact()).isEqualByComparingTo("10.1");
        assertThat(v.kind()).isEqualTo(ValueKind.PERCENT);
        assertThat(v.flags()).contains(ValueFlags.MARKER_INHERITED);
      });
    }

    @Test
    void testCountWithPercentInBrackets() {
      ParseResult r = parser.parse("34 Orang (67%)", Expect.ANY);
      assertThat(r.primary()).get().satisfies(v -> {
        assertThat(v.value()).isEqualTo(34.0);
        assertThat(v.unit()).isEqualTo("orang");
      });
      assertThat(r.secondary()).get().satisfies(v -> {
        assertThat(v.value()).isEqualTo(67.0);
        assertThat(v.kind()).isEqualTo(ValueKind.PERCENT);
      });
    }

    @Test
    void testAmountWithShareInBrackets() {
      ParseResult r = parser.parse("Rp. 29,231,216,957 (90,50%)", Expect.ANY);
      assertThat(r.primary().orElseThrow().exact()).isEqualByComparingTo("29231216957");
      assertThat(r.secondary().orElseThrow().exact()).isEqualByComparingTo("90.50");
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {"84,03(A) | 84.03 | A", "72 (BB) | 72 | BB", "85,6 (A) | 85.6 | A", "64 (B) | 64 | B"})
    void testGrades(String text, String expected, String grade) {
      ParsedValue v = one(text, Expect.PERCENT);
      assertExact(v, expected);
      assertThat(v.grade()).isEqualTo(grade);
      assertThat(v.kind()).isEqualTo(ValueKind.SCORE);
      assertThat(v.flags()).contains(ValueFlags.GRADE);
    }
  }

  @Nested
  class RangesAndLists {
    @Test
    void testPercentRange() {
      ParseResult r = parser.parse("5,70 – 6,50%", Expect.ANY);
      assertThat(r.status()).isEqualTo(Status.VALUES);
      assertThat(r.isRange()).isTrue();
      assertThat(r.values()).extracting(ParsedValue::exact)
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(dec("5.70"), dec("6.50"));
      assertThat(r.values().get(0).kind()).isEqualTo(ValueKind.PERCENT);
      assertThat(r.values().get(0).flags())
          .contains(ValueFlags.RANGE_LOW, ValueFlags.MARKER_INHERITED);
      assertThat(r.values().get(1).flags()).contains(ValueFlags.RANGE_HIGH);
    }

    @Test
    void testDownwardRangeKeepsPrintedOrder() {
      ParseResult r = parser.parse("4,00 – 3,82%", Expect.ANY);
      assertThat(r.values().get(0).flags()).contains(ValueFlags.RANGE_HIGH);
      assertThat(r.values().get(1).flags()).contains(ValueFlags.RANGE_LOW);
    }

    @Test
    void testRupiahRangeWithScales() {
      ParseResult r = parser.parse("Rp 300 juta - Rp 2,5 M", Expect.ANY);
      assertThat(r.values()).extracting(ParsedValue::exact)
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(dec("300000000"), dec("2500000000"));
      ParseResult open = parser.parse("Rp 2.5 M - 50 M", Expect.ANY);
      assertThat(open.values().get(1).exact()).isEqualByComparingTo("50000000000");
      assertThat(open.values().get(1).kind()).isEqualTo(ValueKind.RUPIAH);
    }

    @Test
    void testRangeWithUnits() {
      ParseResult r = parser.parse("25 unit – 400 unit", Expect.ANY);
      assertThat(r.isRange()).isTrue();
      assertThat(r.values()).extracting(ParsedValue::unit).containsExactly("unit", "unit");
      assertThat(parser.parse("0-500", Expect.ANY).values()).extracting(ParsedValue::value)
          .containsExactly(0.0, 500.0);
    }

    @Test
    void testSeveralValuesInOneCell() {
      ParseResult r = parser.parse("15 % ; 70 % ; 2 % ; 5 % ; 1 %", Expect.ANY);
      assertThat(r.values()).extracting(ParsedValue::value)
          .containsExactly(15.0, 70.0, 2.0, 5.0, 1.0);
      assertThat(r.values()).allSatisfy(v -> assertThat(v.flags()).contains(ValueFlags.MULTI_VALUE));
      assertThat(parser.parse("80 % ; 2 % ; 3 % ;", Expect.ANY).values()).hasSize(3);
      assertThat(parser.parse("30 %, 0%", Expect.ANY).values()).extracting(ParsedValue::value)
          .containsExactly(30.0, 0.0);
      ParseResult units = parser.parse("120 koperasi ; 150 koperasi ; 120 UM", Expect.ANY);
      assertThat(units.values()).extracting(ParsedValue::unit)
          .containsExactly("koperasi", "koperasi", "um");
    }

    @Test
    void testBounds() {
      ParsedValue v = one("<= Rp 300 juta");
      assertExact(v, "300000000");
      assertThat(v.flags()).contains(ValueFlags.BOUND_LE);
      assertThat(one("> 90").flags()).contains(ValueFlags.BOUND_GT);
      assertThat(one("< 100%").flags()).contains(ValueFlags.BOUND_LT);
      assertThat(one("± 500 orang").flags()).contains(ValueFlags.APPROXIMATE);
    }
  }

  @Nested
  class MissingAndText {
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-", "--", "–", "NA", "N/A", "n/a", "Nihil", "**-**", "<b></b>"})
    void testMissingMarkers(String text) {
      assertThat(parser.parse(text, Expect.ANY).status()).isEqualTo(Status.MISSING);
    }

    @Test
    void testNullIsMissing() {
      assertThat(parser.parse(null, Expect.ANY).status()).isEqualTo(Status.MISSING);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"Sangat Tinggi", "Diakomodir", "√", "Kota Semarang", "Tahun 2022",
          "Mendukung Sasaran Strategis Ke 1 (satu)", "A", "$80,00 < x < 100$", "X.XX.01",
          "21 Agustus 2023"})
    void testTextValues(String text) {
      assertThat(parser.parse(text, Expect.ANY).status()).isEqualTo(Status.TEXT);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {"**12,5** | 12.5", "**32.915** | 32915", "<b>78,5%</b> | 78.5", "<i>164.585.000,-</i> | 164585000",
          "2015* | 2015"})
    void testMarkupAroundNumbers(String text, String expected) {
      assertExact(one(text), expected);
    }
  }

  @Nested
  class Prose {
    @Test
    void testCountInSentence() {
      List<ValueMention> ms =
          parser.parseAll("jumlah usia produktif yang berwirausaha sebanyak 10.167 jiwa", Expect.ANY);
      assertThat(ms).singleElement().satisfies(m -> {
        assertThat(m.value().exact()).isEqualByComparingTo("10167");
        assertThat(m.value().unit()).isEqualTo("jiwa");
      });
    }

    @Test
    void testAmountAndShareInSentence() {
      String s = "realisasi anggaran Rp.18.852.082.292 atau sebesar 83,79%.";
      List<ValueMention> ms = parser.parseAll(s, Expect.ANY);
      assertThat(ms).hasSize(2);
      assertThat(ms.get(0).value().exact()).isEqualByComparingTo("18852082292");
      assertThat(s.substring(ms.get(0).start(), ms.get(0).end())).isEqualTo("Rp.18.852.082.292");
      assertThat(ms.get(1).value().kind()).isEqualTo(ValueKind.PERCENT);
      assertThat(ms.get(1).value().exact()).isEqualByComparingTo("83.79");
    }

    @Test
    void testScaledAmountAndWordPercent() {
      List<ValueMention> ms =
          parser.parseAll("omzet hingga Rp 2,5 M dengan pertumbuhan 90,50 persen", Expect.ANY);
      assertThat(ms).extracting(m -> m.value().exact())
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(dec("2500000000"), dec("90.50"));
    }

    @Test
    void testUnitsAndYearsInProse() {
      List<ValueMention> ms =
          parser.parseAll(
              "Pada tahun 2022 jumlah koperasi adalah 778 unit, aktif adalah 686 unit dan tidak"
                  + " aktif sebanyak 92 unit",
              Expect.ANY);
      assertThat(ms).extracting(m -> m.value().value()).containsExactly(2022.0, 778.0, 686.0, 92.0);
      assertThat(ms.get(0).value().flags()).contains(ValueFlags.YEAR_LIKE);
      assertThat(ms.get(1).value().unit()).isEqualTo("unit");
      assertThat(ms.get(1).value().flags()).doesNotContain(ValueFlags.YEAR_LIKE);
    }

    @Test
    void testDecimalPointScoreInProse() {
      List<ValueMention> ms =
          parser.parseAll("target nilai AKIP 70 dengan realisasi sebesar 75.60", Expect.ANY);
      assertThat(ms).extracting(m -> m.value().exact())
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(dec("70"), dec("75.60"));
    }

    @Test
    void testCodesAreSkippedInProse() {
      List<ValueMention> ms =
          parser.parseAll("Program 2.17.03 dengan capaian 101%", Expect.ANY);
      assertThat(ms).singleElement().satisfies(m -> assertThat(m.value().value()).isEqualTo(101.0));
    }

    @Test
    void testIdentifiersReferencesAndDatesAreNoQuantities() {
      List<ValueMention> ms =
          parser.parseAll(
              "Sesuai Tabel 2.1 dan PP Nomor 7 Tahun 2021, pegawai S1 sebanyak 12 orang per 21"
                  + " Agustus 2023",
              Expect.ANY);
      assertThat(ms).extracting(m -> m.value().value()).containsExactly(2021.0, 12.0, 2023.0);
      assertThat(ms.get(1).value().unit()).isEqualTo("orang");
    }

    @Test
    void testSpelledOutAmountInSentence() {
      List<ValueMention> ms =
          parser.parseAll(
              "pagu sebesar Rp. 6.177.343.000,- (enam milyar seratus tujuh puluh tujuh juta tiga"
                  + " ratus empat puluh tiga ribu empat ratus rupiah) untuk 7 program",
              Expect.ANY);
      assertThat(ms).extracting(m -> m.value().exact())
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(dec("6177343000"), dec("6177343400"), dec("7"));
      assertThat(ms.get(0).value().flags()).contains(ValueFlags.SPELLED_OUT_MISMATCH);
      assertThat(ms.get(1).value().flags()).contains(ValueFlags.SPELLED_OUT_VALUE);
    }

    @Test
    void testNegativeAfterWord() {
      List<ValueMention> ms = parser.parseAll("tumbuh sebesar -75,23 persen", Expect.ANY);
      assertThat(ms).singleElement().satisfies(m -> assertThat(m.value().value()).isEqualTo(-75.23));
    }
  }
}
