package id.capaian.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexRowDetectorTest {
  @Test
  void testColumnIndexRowsInTheirPrintedForms() {
    assertThat(IndexRowDetector.isIndexRow(List.of("1", "2", "3", "4"))).isTrue();
    assertThat(IndexRowDetector.isIndexRow(List.of("(1)", "(2)", "(3)", "", ""))).isTrue();
    assertThat(IndexRowDetector.isIndexRow(List.of("6", "7", "8=(7/6)").subList(0, 3))).isFalse();
    assertThat(IndexRowDetector.isIndexRow(List.of("1", "2", "3", "8=(7/6)", "10 = (5 + 7 + 9)"))).isTrue();
    assertThat(IndexRowDetector.isIndexRow(List.of("(i)", "(ii)", "(iii)", "(iv)"))).isTrue();
    assertThat(IndexRowDetector.isIndexRow(List.of("1", "", "", "2", "3", "4"))).isTrue();
    // a skipped number (a dropped column) still increases
    assertThat(IndexRowDetector.isIndexRow(List.of("1", "2", "3", "10", "12", "13"))).isTrue();
  }

  @Test
  void testDataRowsAreNotIndexRows() {
    assertThat(IndexRowDetector.isIndexRow(List.of("1", "Koperasi aktif", "76"))).isFalse();
    assertThat(IndexRowDetector.isIndexRow(List.of("3", "4", "5"))).isFalse();
    assertThat(IndexRowDetector.isIndexRow(List.of("1", "1", "2"))).isFalse();
    assertThat(IndexRowDetector.isIndexRow(List.of("1", "2"))).isFalse();
    assertThat(IndexRowDetector.isIndexRow(List.of("", "", ""))).isFalse();
  }
}
