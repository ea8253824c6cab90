package id.capaian.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowSimilarityTest {
  @Test
  void testRepeatedHeaderWithSmallEditsStaysSimilar() {
    List<String> a = List.of("Kode", "Program/ Kegiatan", "Indikator Kinerja (outcome)/ kegiatan (output)");
    List<String> b = List.of("Kode", "Program/Kegiatan", "Indikator Kinerja (outcome) kegiatan (output)");
    assertThat(RowSimilarity.similarity(a, b)).isGreaterThan(0.9);
    assertThat(RowSimilarity.similarity(a, List.of("2.17.01", "Program Penunjang", "100%")))
        .isLessThan(0.3);
    assertThat(RowSimilarity.similarity(a, List.of("", ""))).isZero();
  }
}
