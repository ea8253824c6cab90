package id.capaian.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Printed precision, agreement within rounding, and percentages printed rounded or truncated. */
class NumbersTest {

  @Test
  void testDecimalsAreReadBackFromThePrintedText() {
    assertThat(PrintedPrecision.decimals("76,50", 76.5)).isEqualTo(2);
    assertThat(PrintedPrecision.decimals("25.509.465.294", 25_509_465_294.0)).isZero();
    assertThat(PrintedPrecision.decimals("32,300,612,788", 32_300_612_788.0)).isZero();
    assertThat(PrintedPrecision.decimals("48.22 %", 48.22)).isEqualTo(2);
    assertThat(PrintedPrecision.decimals("90.50%", 90.5)).isEqualTo(2);
    // The second number of a cell is found by its value, not its position.
    assertThat(PrintedPrecision.decimals("50,55% (10,1)", 10.1)).isEqualTo(1);
    // Text that does not hold the value: the value's own decimals.
    assertThat(PrintedPrecision.decimals("delapan puluh", 88.17)).isEqualTo(2);
  }

  @Test
  void testAgreementIsWithinTheRoundingOfTheLessPreciseNumber() {
    assertThat(Rounding.agree(88.6, 1, 88.61, 2)).isTrue();
    assertThat(Rounding.agree(88.60, 2, 88.61, 2)).isFalse();
    assertThat(Rounding.agree(173.14, 2, 173.16, 2)).isFalse();
    assertThat(Rounding.agree(6_177_343_400.0, 0, 6_177_343_000.0, 0)).isFalse();
    assertThat(Rounding.agree(97, 0, 97.94, 2)).as("truncated").isTrue();
    assertThat(Rounding.agree(98, 0, 97.94, 2)).as("rounded").isTrue();
    assertThat(Rounding.agree(96, 0, 97.94, 2)).isFalse();
  }

  @Test
  void testPrintedPercentagesMayBeRoundedOrTruncated() {
    assertThat(Rounding.printedAs(88.62, 2, 100 * 19_403_438_252.0 / 21_896_269_612.0)).isTrue();
    assertThat(Rounding.printedAs(71.42, 2, 100 * 10.0 / 14)).as("truncated 71.428").isTrue();
    assertThat(Rounding.printedAs(97, 0, 97.94)).isTrue();
    assertThat(Rounding.printedAs(100, 0, 50)).isFalse();
    assertThat(Rounding.printedAs(173.16, 2, 100 * 36.36 / 21)).isFalse();
    assertThat(Rounding.printedAs(173.14, 2, 100 * 36.36 / 21)).isTrue();
  }

  @Test
  void testARatioOfRoundedNumbersMayBePrintedFromTheUnroundedOnes() {
    // 60/165 printed 36,36; over a whole target of 21 both 173,14 and 173,16 are right.
    assertThat(Rounding.printedAsRatio(173.16, 2, 36.36, 2, 21, 0)).isTrue();
    assertThat(Rounding.printedAsRatio(173.14, 2, 36.36, 2, 21, 0)).isTrue();
    assertThat(Rounding.printedAsRatio(145.45, 2, 36.36, 2, 25, 0)).isTrue();
    // But not 173,14 over a target of 21,21, nor 100,71 for 70,85 / 70,15.
    assertThat(Rounding.printedAsRatio(173.14, 2, 36.36, 2, 21.21, 2)).isFalse();
    assertThat(Rounding.printedAsRatio(100.71, 2, 70.85, 2, 70.15, 2)).isFalse();
    assertThat(Rounding.printedAsRatio(100, 0, 1, 0, 2, 0)).isFalse();
    assertThat(Rounding.printedAsRatio(97, 0, 1_851_380_683, 0, 1_897_581_000, 0)).as("truncated 97.57").isTrue();
  }

  @Test
  void testDocumentTimeOrdersPlansAndReports() {
    assertThat(DocumentTime.written("RENJA", 2024, null)).isEqualTo(2023);
    assertThat(DocumentTime.written("LKJIP", 2023, null)).isEqualTo(2024);
    assertThat(DocumentTime.written("RENSTRA", null, 2016)).isEqualTo(2016);
    assertThat(DocumentTime.reportYear("LKJIP", 2023)).isEqualTo(2023);
    assertThat(DocumentTime.reportYear("RENJA", 2024)).isNull();
  }
}
