package id.capaian.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowSplitterTest {
  @Test
  void testPipeRowDropsOuterPipesAndKeepsEmptyCells() {
    assertThat(RowSplitter.pipe("| a | | c |")).containsExactly(" a ", " ", " c ");
    assertThat(RowSplitter.pipe("| a | b")).containsExactly(" a ", " b");
    assertThat(RowSplitter.pipe("| a \\| b | c |")).containsExactly(" a | b ", " c ");
  }

  @Test
  void testTabRowKeepsLeadingAndTrailingEmptyCells() {
    assertThat(RowSplitter.tab("\ta\t\tb\t")).containsExactly("", "a", "", "b", "");
    assertThat(RowSplitter.tab("satu")).containsExactly("satu");
  }
}
