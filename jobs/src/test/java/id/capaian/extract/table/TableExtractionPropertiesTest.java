package id.capaian.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.extract.ExtractedTable;
import id.capaian.extract.TableCell;
import id.capaian.extract.TableRow;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of extraction on arbitrary line soups of cells, rules, captions and prose. */
class TableExtractionPropertiesTest {
  @Provide
  Arbitrary<List<String>> documents() {
    Arbitrary<String> cell = Arbitraries.of(
        "", "", "-", "--", "2", "17", "01", "2.17.03", "100%", "25,48 %", "1.000.000.000", "12 unit",
        "Program A", "Indikator B", "Rincian :", "TA 2022", "Pagu", "(1)", "<i>Kegiatan</i>", "$x \\times 2$",
        "Nihil", "2021", "a|b");
    Arbitrary<String> tabRow = cell.list().ofMinSize(1).ofMaxSize(12).map(cells -> String.join("\t", cells));
    Arbitrary<String> pipeRow = cell.list().ofMinSize(1).ofMaxSize(12).map(cells -> "| " + String.join(" | ", cells) + " |");
    Arbitrary<String> line = Arbitraries.oneOf(tabRow, tabRow, pipeRow, pipeRow,
        Arbitraries.of("", "", " ", "|---|---|---|", "--\t--\t---", "Tabel 2.1 Contoh", "12", "Halaman 3",
            "Paragraf biasa tentang koperasi.", "**Judul Tabel**", "LAPORAN KINERJA"));
    return line.list().ofMaxSize(60);
  }

  @Property(tries = 300)
  void testTablesAreWellFormed(@ForAll("documents") List<String> lines) {
    List<ExtractedTable> tables = DocumentTables.extract(lines);
    int previousLast = 0;
    for (int i = 0; i < tables.size(); i++) {
      ExtractedTable t = tables.get(i);
      assertThat(t.tableNo()).isEqualTo(i + 1);
      assertThat(t.firstLine()).isGreaterThan(previousLast).isLessThanOrEqualTo(t.lastLine());
      assertThat(t.lastLine()).isLessThanOrEqualTo(lines.size());
      assertThat(t.columnCount()).isGreaterThanOrEqualTo(2);
      assertThat(t.rows()).isNotEmpty();
      for (int r = 0; r < t.rows().size(); r++) {
        TableRow row = t.rows().get(r);
        assertThat(row.rowNo()).isEqualTo(r);
        assertThat(row.cells()).hasSize(t.columnCount());
        assertThat(row.lines()).isSorted().doesNotHaveDuplicates().contains(row.sourceLine());
        assertThat(row.sourceLine()).isEqualTo(row.lines().get(0));
        for (int c = 0; c < row.cells().size(); c++) {
          TableCell cell = row.cells().get(c);
          assertThat(cell.col()).isEqualTo(c);
          assertThat(cell.sourceLine()).isBetween(t.firstLine(), t.lastLine());
          assertThat(cell.text()).isEqualTo(cell.text().strip());
          if (!cell.text().isEmpty()) {
            assertThat(row.lines()).contains(cell.sourceLine());
          }
        }
      }
      previousLast = t.lastLine();
    }
  }
}
