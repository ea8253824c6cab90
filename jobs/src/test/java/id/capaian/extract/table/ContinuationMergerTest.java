package id.capaian.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContinuationMergerTest {
  private static WorkRow row(int line, String... cells) {
    return new WorkRow(line, List.of(cells));
  }

  @Test
  void testCellSplitAcrossAPageBreakJoinsTheRowAbove() {
    WorkRow top = row(10, "2.17.07.2.01", "Pemberdayaan usaha mikro melalui", "Jumlah pelaku yang", "300 orang");
    WorkRow tail = row(14, "", "pendataan dan kemitraan", "didampingi", "");
    tail.afterBreak = true;
    List<WorkRow> out = ContinuationMerger.merge(new ArrayList<>(List.of(top, tail)), 0);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).texts)
        .containsExactly("2.17.07.2.01", "Pemberdayaan usaha mikro melalui pendataan dan kemitraan",
            "Jumlah pelaku yang didampingi", "300 orang");
    assertThat(out.get(0).lines).containsExactly(10, 14);
    assertThat(out.get(0).cellLines.get(1)).isEqualTo(10);
  }

  @Test
  void testRowsWithValuesMarkersAndSectionsStayRows() {
    WorkRow top = row(10, "2.17.01", "Program A", "Persentase A", "10%");
    WorkRow second = row(12, "", "", "Indikator kedua", "5 unit");
    second.afterBreak = true;
    WorkRow marker = row(14, "", "Rincian :", "", "");
    marker.afterBreak = true;
    WorkRow section = row(16, "NON URUSAN", "", "", "");
    section.afterBreak = true;
    List<WorkRow> out = ContinuationMerger.merge(new ArrayList<>(List.of(top, second, marker, section)), 0);
    assertThat(out).hasSize(4);
  }

  @Test
  void testContinuationNeedsAPageBreak() {
    WorkRow top = row(10, "", "Program A", "Persentase A", "10%");
    WorkRow next = row(11, "", "Kegiatan tanpa nilai", "Indikator tanpa nilai", "");
    assertThat(ContinuationMerger.merge(new ArrayList<>(List.of(top, next)), -1)).hasSize(2);
  }

  @Test
  void testCodeOnItsOwnRowGoesDownToTheRowThatNamesIt() {
    WorkRow code = row(20, "2.17.01", "", "", "");
    code.codeCell = 0;
    WorkRow named = row(21, "", "Program Penunjang", "Nilai SAKIP", "84 (A)");
    List<WorkRow> out = ContinuationMerger.merge(new ArrayList<>(List.of(code, named)), 0);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).texts).containsExactly("2.17.01", "Program Penunjang", "Nilai SAKIP", "84 (A)");
    assertThat(out.get(0).lines).containsExactly(20, 21);
    assertThat(out.get(0).cellLines.get(0)).isEqualTo(20);
  }

  @Test
  void testNameFragmentGoesDownIntoItsCodedRow() {
    WorkRow fragment = row(30, "", "Fasilitasi Usaha Mikro", "", "");
    WorkRow coded = row(31, "2.17.08.2.01.01", "", "Jumlah UM difasilitasi", "300 UM");
    List<WorkRow> out = ContinuationMerger.merge(new ArrayList<>(List.of(fragment, coded)), 0);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).text(1)).isEqualTo("Fasilitasi Usaha Mikro");
    assertThat(out.get(0).cellLines.get(1)).isEqualTo(30);
    assertThat(out.get(0).lines).containsExactly(30, 31);
  }
}
