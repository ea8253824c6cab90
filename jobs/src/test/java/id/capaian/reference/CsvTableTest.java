package id.capaian.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bundled CSV file is read with its line numbers, or refused with one line that names it. */
class CsvTableTest {
  private static InputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void testRowsKeepTheirLineNumbersAndCommentsAndBlankLinesAreSkipped() {
    List<CsvTable.Line> lines = CsvTable.read(
        csv("metric,pattern,context\n# koperasi\nkoperasi_aktif_pct,\"koperasi, aktif\",\n\nwirausaha_pct,wirausaha,%\n"),
        "the metric dictionary", "metrics.csv", "metric,pattern", 3);

    assertThat(lines).extracting(CsvTable.Line::number).containsExactly(3, 5);
    assertThat(lines.get(0).fields()).containsExactly("koperasi_aktif_pct", "koperasi, aktif", "");
    assertThat(lines.get(1).get(2)).isEqualTo("%");
  }

  @Test
  void testAWrongHeaderAShortRowAndAMissingFileAreOneLineErrors() {
    assertThatThrownBy(() -> CsvTable.read(csv("kode,nama\n"), "regions", "regions.csv", "code,", 2))
        .hasMessage("Cannot load regions: unexpected header kode,nama");
    assertThatThrownBy(() -> CsvTable.read(csv("code,name\n3374,KOTA SEMARANG\n3516\n"), "regions",
        "regions.csv", "code,", 2))
        .hasMessage("Cannot load regions: line 3 of regions.csv has 1 fields");
    assertThatThrownBy(() -> CsvTable.read(null, "regions", "regions.csv", "code,", 2))
        .hasMessage("Cannot load regions: regions.csv is missing");
  }
}
