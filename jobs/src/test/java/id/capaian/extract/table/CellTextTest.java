package id.capaian.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<i>Pembinaan Usaha Mikro</i>|Pembinaan Usaha Mikro",
        "<b>78,5%</b>|78,5%",
        "<i>164.585.000,-</i>|164.585.000,-",
        "<ol style=\"list-style-type: none\"><p>Modal terbatas</p><p>Pasar sempit</p></ol>|Modal terbatas Pasar sempit",
        "<hr/>|''",
        "<ul style=\"x\"> Rumus: jumlah dibagi total|Rumus: jumlah dibagi total",
        "**Tabel 3.1**  |Tabel 3.1",
        "\\* Data IUMK.|* Data IUMK.",
        "  dua   spasi\u00a0di sini  |dua spasi di sini",
        "a &amp; b|a & b",
        "x < y dan 3 > 2|x < y dan 3 > 2",
      })
  void testMarkupReducesToText(String raw, String expected) {
    assertThat(CellText.clean(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "$(\\sum \\text{Koperasi Sehat} / \\sum \\text{Koperasi Aktif}) \\times 100\\%$|(Σ Koperasi Sehat / Σ Koperasi Aktif) × 100%",
        "$$= \\frac{60}{165} \\times 100\\%$$|= 60 / 165 × 100%",
        "$80,00 < x \\le 100$|80,00 < x ≤ 100",
        "Rp 5 $ tanpa penutup|Rp 5 $ tanpa penutup",
      })
  void testLatexReducesToReadableText(String raw, String expected) {
    assertThat(CellText.clean(raw)).isEqualTo(expected);
  }
}
