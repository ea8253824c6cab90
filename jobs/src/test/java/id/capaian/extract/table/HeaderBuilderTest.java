package id.capaian.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderBuilderTest {
  private static List<WorkRow> rows(String... tabLines) {
    List<WorkRow> rows = new ArrayList<>();
    for (int i = 0; i < tabLines.length; i++) {
      rows.add(new WorkRow(i + 1, RowSplitter.tab(tabLines[i])));
    }
    return rows;
  }

  @Test
  void testSpanningParentsGiveParentChildPaths() {
    List<WorkRow> rows = rows(
        "TA. 2021\t\t\tTA. 2022\t\t",
        "Pagu\tRealisasi\t%\tPagu\tRealisasi\t%",
        "1.000.000.000\t900.000.000\t90,00\t1.200.000.000\t1.100.000.000\t91,67");
    HeaderBuilder.Header h = HeaderBuilder.detect(rows, -1);
    assertThat(h.rows()).hasSize(2); // the sub-header is not a body row
    assertThat(h.consumed()).isEqualTo(2);
    assertThat(HeaderBuilder.paths(h.rows(), 6))
        .containsExactly("TA. 2021 > Pagu", "TA. 2021 > Realisasi", "TA. 2021 > %", "TA. 2022 > Pagu",
            "TA. 2022 > Realisasi", "TA. 2022 > %");
  }

  @Test
  void testVerticallyMergedLabelsAndIndexRow() {
    List<WorkRow> rows = rows(
        "No\tIndikator\tTarget\t\tSatuan",
        "\t\t2024\t2025\t",
        "1\t2\t3\t4\t5",
        "1\tKoperasi aktif\t70\t72\t%");
    HeaderBuilder.Header h = HeaderBuilder.detect(rows, -1);
    assertThat(h.rows()).hasSize(2);
    assertThat(h.indexRows()).hasSize(1);
    assertThat(h.consumed()).isEqualTo(3);
    assertThat(HeaderBuilder.paths(h.rows(), 5))
        .containsExactly("No", "Indikator", "Target > 2024", "Target > 2025", "Satuan");
  }

  @Test
  void testTitleRowAboveTheHeaderBecomesATitle() {
    List<WorkRow> rows = rows(
        "Sasaran : Meningkatnya omzet usaha mikro\t\t\t",
        "INDIKATOR\tSATUAN\tTARGET\t",
        "\t\t2024\t2025",
        "Usaha mikro naik kelas\tunit\t40\t45");
    HeaderBuilder.Header h = HeaderBuilder.detect(rows, -1);
    assertThat(h.titles()).containsExactly("Sasaran : Meningkatnya omzet usaha mikro");
    assertThat(HeaderBuilder.paths(h.rows(), 4))
        .containsExactly("INDIKATOR", "SATUAN", "TARGET > 2024", "TARGET > 2025");
  }

  @Test
  void testTextOnlyDataRowIsNotASubHeader() {
    List<WorkRow> rows = rows(
        "MASALAH\tPENYEBAB\t\tSOLUSI",
        "\tDALAM\tLUAR\t",
        "Modal kecil\tPencatatan lemah\tBunga tinggi\tPendampingan",
        "Pasar sempit\tKemasan\tPesaing\tPameran");
    HeaderBuilder.Header h = HeaderBuilder.detect(rows, -1);
    assertThat(h.rows()).hasSize(2);
    assertThat(h.consumed()).isEqualTo(2);
  }

  @Test
  void testLoneLabelUnderAPlainHeaderIsASectionRow() {
    List<WorkRow> rows = rows("No\tProgram\tPagu", "\tNON URUSAN\t", "1\tPenunjang\t1.000.000.000");
    assertThat(HeaderBuilder.detect(rows, -1).consumed()).isEqualTo(1);
  }

  @Test
  void testMarkdownHeaderIsWhatPrecedesTheRule() {
    List<WorkRow> rows = new ArrayList<>();
    rows.add(new WorkRow(1, List.of("", "")));
    rows.add(new WorkRow(3, List.of("BAB I PENDAHULUAN", "1")));
    HeaderBuilder.Header h = HeaderBuilder.detect(rows, 1);
    assertThat(h.isEmpty()).isTrue(); // an empty markdown header: no labels
    assertThat(h.consumed()).isEqualTo(1);
  }
}
