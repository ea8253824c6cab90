package id.capaian.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeCellJoinerTest {
  @Test
  void testFragmentsAndPaddingBecomeOneCodeCell() {
    List<WorkRow> rows = new ArrayList<>();
    rows.add(new WorkRow(1, RowSplitter.tab("2\t17\t03\t\t\t\tProgram Pengawasan\t30%")));
    rows.add(new WorkRow(2, RowSplitter.tab("2\t17\t03\t2\t01\t\tPemeriksaan\t40%")));
    rows.add(new WorkRow(3, RowSplitter.tab("2\t17\t03\t2\t01\t02\tPengawasan Kepatuhan\t50%")));
    rows.add(new WorkRow(4, RowSplitter.tab("\t\t\t\t\t\t\tIndikator kedua\t60%")));
    int zone = CodeCellJoiner.zoneWidth(rows);
    assertThat(zone).isEqualTo(6);
    CodeCellJoiner.join(rows, zone);
    assertThat(rows.get(0).texts).containsExactly("2.17.03", "Program Pengawasan", "30%");
    assertThat(rows.get(1).texts).containsExactly("2.17.03.2.01", "Pemeriksaan", "40%");
    assertThat(rows.get(2).texts).containsExactly("2.17.03.2.01.02", "Pengawasan Kepatuhan", "50%");
    // padding never swallows text: one empty code cell, then the row as printed
    assertThat(rows.get(3).texts).containsExactly("", "", "Indikator kedua", "60%");
    assertThat(rows.get(0).kind(0)).isEqualTo(CellKind.CODE);
  }

  @Test
  void testNoZoneWithoutSplitCodes() {
    List<WorkRow> rows = List.of(
        new WorkRow(1, List.of("1", "Program A", "10")), new WorkRow(2, List.of("2", "Program B", "20")));
    assertThat(CodeCellJoiner.zoneWidth(rows)).isZero();
    assertThat(CodeCellJoiner.dotted("2 17 1 2 1")).isEqualTo("2.17.1.2.1");
    assertThat(CodeCellJoiner.dotted("Program A")).isEqualTo("Program A");
  }
}
