package id.capaian.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentsDetectorTest {
  @Test
  void testEntriesWithPageNumbersAreContents() {
    List<WorkRow> toc = List.of(
        new WorkRow(1, List.of("KATA PENGANTAR.....", "i")),
        new WorkRow(2, List.of("BAB I PENDAHULUAN", "1")),
        new WorkRow(3, List.of("1.1 Latar Belakang", "1")),
        new WorkRow(4, List.of("BAB II EVALUASI", "8")));
    assertThat(ContentsDetector.isContents(toc, "")).isTrue();
    List<WorkRow> tables = List.of(
        new WorkRow(1, List.of("Tabel 2.1 Anggaran Dinas", "9")),
        new WorkRow(2, List.of("Tabel 2.2 Capaian Kinerja", "12")));
    assertThat(ContentsDetector.isContents(tables, "Daftar Tabel")).isTrue();
  }

  @Test
  void testSmallNumericTablesAreData() {
    List<WorkRow> staff = List.of(
        new WorkRow(1, List.of("1.", "Sekretariat", "10")),
        new WorkRow(2, List.of("2.", "Bidang Koperasi", "8")));
    assertThat(ContentsDetector.isContents(staff, "Data pegawai per bidang")).isFalse();
  }
}
