package id.capaian.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowRealignerTest {
  private static final List<String> PATHS = List.of(
      "No", "Program", "Indikator", "Kinerja > Target", "Kinerja > Realisasi", "Keuangan > Pagu",
      "Keuangan > Realisasi", "Keterangan");

  private static List<WorkRow> table(String... tabLines) {
    List<WorkRow> rows = new ArrayList<>();
    for (int i = 0; i < tabLines.length; i++) {
      rows.add(new WorkRow(i + 1, RowSplitter.tab(tabLines[i])));
    }
    return rows;
  }

  @Test
  void testRowMissingItsLeadingEmptyCellIsPlacedByContent() {
    List<WorkRow> rows = table(
        "\tProgram A\tPersentase A\t10%\t12%\t1.000.000.000\t900.000.000\tterlaksana",
        "\tKegiatan A1\tJumlah A1\t5 unit\t5 unit\t500.000.000\t450.000.000\tterlaksana",
        "\tKegiatan A2\tJumlah A2\t3 unit\t2 unit\t500.000.000\t450.000.000\tefisiensi",
        "Program B\tPersentase B\t20%\t25%\t2.000.000.000\t1.800.000.000\t");
    RowRealigner.realign(rows, PATHS, 8, -1);
    assertThat(rows.get(3).texts)
        .containsExactly("", "Program B", "Persentase B", "20%", "25%", "2.000.000.000", "1.800.000.000", "");
    assertThat(rows.get(0).texts.get(1)).isEqualTo("Program A"); // aligned rows stay as printed
  }

  @Test
  void testOverflowPaddingDashesAreDroppedNotMergedIntoValues() {
    List<String> paths = List.of("Kode", "Program", "Indikator", "Target", "Realisasi", "Capaian");
    List<WorkRow> rows = table(
        "2.17.01\tProgram A\tPersentase A\t10%\t12%\t120%",
        "2.17.02\tProgram B\tPersentase B\t20%\t18%\t90%",
        "2.17.03\tProgram C\tPersentase C\t-\t3,9%\t-\t-\t-",
        "\t\tIndikator kedua\t-\t4 orang\t-");
    RowRealigner.realign(rows, paths, 6, 0);
    assertThat(rows.get(2).texts).containsExactly("2.17.03", "Program C", "Persentase C", "-", "3,9%", "-");
    assertThat(rows.get(3).texts).containsExactly("", "", "Indikator kedua", "-", "4 orang", "-");
  }

  @Test
  void testCodelessRowPutsItsOnlyLabelNextToItsValues() {
    List<String> paths = List.of("Kode", "Program", "Indikator", "Target", "Realisasi", "Capaian");
    List<WorkRow> rows = table(
        "2.17.01\tProgram A\tPersentase A\t10%\t12%\t120%",
        "\t\tIndikator A2\t5 unit\t5 unit\t100%",
        "\t\tIndikator A3\t4 unit\t2 unit\t50%",
        "2.17.02\tProgram B\tPersentase B\t20%\t18%\t90%",
        "\tIndikator B2\t7 unit\t7 unit\t100%");
    RowRealigner.realign(rows, paths, 6, 0);
    assertThat(rows.get(4).texts).containsExactly("", "", "Indikator B2", "7 unit", "7 unit", "100%");
  }

  @Test
  void testTablesOfOneShapeAreTakenAsPrinted() {
    List<WorkRow> rows = table("a\t1\t2", "b\t3\t4");
    assertThat(RowRealigner.isDrifting(rows, 3)).isFalse();
    rows.add(new WorkRow(3, RowSplitter.tab("c\t5\t6\t7")));
    assertThat(RowRealigner.isDrifting(rows, 3)).isTrue();
  }

  @Test
  void testLabelOnlyRowFollowsTheLayoutOfRowsPrintedLikeIt() {
    List<String> paths = List.of("No", "Program", "Indikator", "Target", "Pagu");
    List<WorkRow> rows = table(
        "\tProgram A\tPersentase A\t10%\t1.000.000.000",
        "\tKegiatan A1\tJumlah A1\t5 unit\t500.000.000",
        "\tKegiatan A2\tJumlah A2\t3 unit\t400.000.000",
        "\t\tlanjutan nama\t\tlanjutan indikator\t",
        "\t\tKegiatan A3\t\tJumlah A3\t2 unit\t300.000.000",
        "\t\tKegiatan A4\t\tJumlah A4\t4 unit\t200.000.000");
    rows.get(3).afterBreak = true;
    RowRealigner.realign(rows, paths, 5, -1);
    assertThat(rows.get(4).texts).containsExactly("", "Kegiatan A3", "Jumlah A3", "2 unit", "300.000.000");
    assertThat(rows.get(3).texts).containsExactly("", "lanjutan nama", "lanjutan indikator", "", "");
  }
}
