package id.capaian.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Label blocks printed left of the code column, moved back only where the content says so. */
class LabelBlockShifterTest {
  private static WorkRow row(String... cells) {
    return new WorkRow(7, List.of(cells));
  }

  @Test
  void testACodeFirstBlockMovesOntoEmptyLabelCells() {
    WorkRow r = row("5.02.03.001", "Sosialisasi Koperasi", "Peserta", "", "", "", "", "25 orang", "30.000.000");
    assertThat(LabelBlockShifter.shift(r, 4)).isTrue();
    assertThat(r.texts).containsExactly("", "", "", "", "5.02.03.001", "Sosialisasi Koperasi", "Peserta",
        "25 orang", "30.000.000");
    assertThat(r.cellLines).hasSize(9).containsOnly(7);
  }

  @Test
  void testRowsThatAreNotShiftedLabelBlocksStayAsPrinted() {
    // The first cell is words (a Tujuan), not a code.
    WorkRow tujuan = row("Meningkatnya koperasi sehat", "", "", "", "5.02.03.001", "Penilaian Kesehatan");
    assertThat(LabelBlockShifter.shift(tujuan, 4)).isFalse();
    // The block would land on values: a row printed in place but too wide is not this case.
    WorkRow wide = row("5.02.03", "PROGRAM KOPERASI", "Koperasi aktif", "", "80%", "", "400.000.000");
    assertThat(LabelBlockShifter.shift(wide, 4)).isFalse();
    assertThat(wide.text(0)).isEqualTo("5.02.03");
    // Already in place.
    WorkRow aligned = row("", "", "", "", "5.02.03.002", "Pendataan Koperasi", "Data", "1 dokumen");
    assertThat(LabelBlockShifter.shift(aligned, 4)).isFalse();
  }
}
