package id.capaian.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionFinderTest {
  @Test
  void testNumbersInTheFormsDocumentsPrint() {
    assertThat(CaptionFinder.number("Tabel 2.1 Alokasi Anggaran")).isEqualTo("2.1");
    assertThat(CaptionFinder.number("Tabel 2. 1")).isEqualTo("2.1");
    assertThat(CaptionFinder.number("TABEL 2.4 ANGGARAN DAN REALISASI")).isEqualTo("2.4");
    assertThat(CaptionFinder.number("Tabel 3.1. Identifikasi Permasalahan")).isEqualTo("3.1");
    assertThat(CaptionFinder.number("Tabel a. Data PNS")).isEqualTo("a");
    assertThat(CaptionFinder.number("Tabel Perbandingan Realisasi")).isNull();
    assertThat(CaptionFinder.number("Tabelnya ada di bawah")).isNull();
  }

  @Test
  void testCaptionWithTitleLinesAboveTheTable() {
    List<String> lines = List.of(
        "Paragraf pembuka.", "", "**Tabel 4.2**", "Rencana Pagu Dinas", "", "No\tProgram", "1\tA");
    CaptionFinder.Caption c = CaptionFinder.find(lines, 6, 0);
    assertThat(c.number()).isEqualTo("4.2");
    assertThat(c.text()).isEqualTo("Tabel 4.2 Rencana Pagu Dinas");
  }

  @Test
  void testReferencesInProseAndCaptionsOfEarlierTablesAreNotOurs() {
    List<String> lines = List.of(
        "Tabel 1.1", "No\tA", "1\tx", "", "Rinciannya sebagaimana pada Tabel 6.1 berikut:", "", "No\tB", "1\ty");
    assertThat(CaptionFinder.find(lines, 7, 3)).isNull();
    String paragraph = "Kalimat panjang ".repeat(20);
    List<String> far = List.of("Tabel 9.9 Lama", paragraph, "", "No\tC", "1\tz");
    assertThat(CaptionFinder.find(far, 4, 0)).isNull();
  }

  @Test
  void testNumberLineAboveAnUnnumberedTitleLine() {
    List<String> lines = List.of("**Tabel 2.4**  ", "**Tabel Inventaris Kantor**  ", "", "No\tBarang", "1\tMeja");
    CaptionFinder.Caption c = CaptionFinder.find(lines, 4, 0);
    assertThat(c.number()).isEqualTo("2.4");
    assertThat(c.text()).isEqualTo("Tabel 2.4 Tabel Inventaris Kantor");
  }

  @Test
  void testHeadingsOfUnnumberedTables() {
    PageFurniture furniture = new PageFurniture(List.of());
    List<String> numbered = List.of("3.2. Capaian Kinerja Tiga Tahun", "", "No\tIndikator", "1\tA");
    assertThat(CaptionFinder.heading(numbered, 3, 0, furniture).text()).isEqualTo("3.2. Capaian Kinerja Tiga Tahun");
    List<String> bold = List.of("**PERJANJIAN KINERJA TAHUN 2023", "DINAS CONTOH**", "", "No\tSasaran", "1\tA");
    assertThat(CaptionFinder.heading(bold, 4, 0, furniture).text()).isEqualTo("PERJANJIAN KINERJA TAHUN 2023 DINAS CONTOH");
    List<String> intro = List.of("Capaian kinerja dapat dilihat sebagai berikut:", "", "No\tA", "1\tx");
    assertThat(CaptionFinder.heading(intro, 3, 0, furniture)).isNull();
    List<String> total = List.of("46.608.332.950", "", "No\tA", "1\tx");
    assertThat(CaptionFinder.heading(total, 3, 0, furniture)).isNull();
    List<String> afterFurniture = List.of("Tabel Realisasi", "", "12", "", "No\tA", "1\tx");
    assertThat(CaptionFinder.heading(afterFurniture, 5, 0, furniture).text()).isEqualTo("Tabel Realisasi");
  }
}
