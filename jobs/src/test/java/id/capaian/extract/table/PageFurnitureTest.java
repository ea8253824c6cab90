package id.capaian.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {
  @Test
  void testPageNumbersAndRunningTitlesAreFurniture() {
    List<String> doc = List.of(
        "LAPORAN KINERJA DINAS CONTOH", "isi", "**LAPORAN KINERJA DINAS CONTOH**", "isi",
        "LAPORAN KINERJA DINAS CONTOH", "Tabel 1 Contoh", "Tabel 1 Contoh", "Tabel 1 Contoh");
    PageFurniture f = new PageFurniture(doc);
    assertThat(f.isFurniture("LAPORAN KINERJA DINAS CONTOH")).isTrue();
    assertThat(f.isFurniture("12")).isTrue();
    assertThat(f.isFurniture("- 12 -")).isTrue();
    assertThat(f.isFurniture("Halaman 7")).isTrue();
    assertThat(f.isFurniture("Halaman 15 dari 38")).isTrue();
    assertThat(f.isFurniture("Page 3 of 40")).isTrue();
    assertThat(f.isFurniture("Hal. 9/52")).isTrue();
    assertThat(f.isFurniture("15 dari 38 koperasi")).isFalse();
    assertThat(f.isFurniture("xiv")).isTrue();
    assertThat(f.isFurniture("III-9")).isTrue(); // chapter III, its page 9
    assertThat(f.isFurniture("Hal. II - 14")).isTrue();
    assertThat(f.isFurniture("III-9 koperasi")).isFalse();
    assertThat(PageFurniture.isTitledPageNumber("LKjIP Dinas Koperasi Kota Contoh Tahun 2024\tIV-12")).isTrue();
    assertThat(f.isFurniture("**2023**")).isTrue();
    assertThat(f.isFurniture("isi")).isFalse();
    assertThat(f.isFurniture("Tabel 1 Contoh")).isFalse(); // a caption is never furniture
    assertThat(f.isFurniture("Sumber: data dinas")).isFalse();
  }
}
