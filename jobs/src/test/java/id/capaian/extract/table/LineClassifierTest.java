package id.capaian.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineClassifierTest {
  @Test
  void testKindsOfLines() {
    assertThat(LineClassifier.classify("")).isEqualTo(LineClassifier.Kind.BLANK);
    assertThat(LineClassifier.classify(" ")).isEqualTo(LineClassifier.Kind.BLANK);
    assertThat(LineClassifier.classify("\t\t")).isEqualTo(LineClassifier.Kind.BLANK);
    assertThat(LineClassifier.classify("| a | b |")).isEqualTo(LineClassifier.Kind.PIPE);
    assertThat(LineClassifier.classify("  |---|---|")).isEqualTo(LineClassifier.Kind.PIPE);
    assertThat(LineClassifier.classify("No\tUraian")).isEqualTo(LineClassifier.Kind.TAB);
    assertThat(LineClassifier.classify("\tlanjutan")).isEqualTo(LineClassifier.Kind.TAB);
    assertThat(LineClassifier.classify("Tabel 2.1 Anggaran")).isEqualTo(LineClassifier.Kind.TEXT);
    assertThat(LineClassifier.classify("| satu pipa saja")).isEqualTo(LineClassifier.Kind.TEXT);
  }

  @Test
  void testRuleRowsAreDashesButASingleDashIsAMissingValue() {
    assertThat(LineClassifier.isRule(List.of("---", ":--:", "--"))).isTrue();
    assertThat(LineClassifier.isRule(List.of("--", "--", "------"))).isTrue();
    assertThat(LineClassifier.isRule(List.of("", "---", ""))).isTrue();
    assertThat(LineClassifier.isRule(List.of("-", "-", "-"))).isFalse();
    assertThat(LineClassifier.isRule(List.of("---", "12"))).isFalse();
    assertThat(LineClassifier.isRule(List.of("", ""))).isFalse();
  }
}
