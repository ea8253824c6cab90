package id.capaian.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.reference.Csv;
import id.capaian.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Table inventories of the real corpus, as the hand-written notes in {@code ../shared/notes} give
 * them. Skipped with a message where the corpus is absent.
 */
class TableExtractorCorpusTest {
  private final TableExtractor extractor = new TableExtractor();

  private List<ExtractedTable> tables(String doc) {
    return extractor.extract(SharedCorpus.lines(SharedCorpus.document(doc)));
  }

  private static List<String> numbered(List<ExtractedTable> tables) {
    List<String> numbers = new ArrayList<>();
    for (ExtractedTable t : tables) {
      if (t.kind() == TableKind.DATA && t.number() != null) {
        numbers.add(t.number());
      }
    }
    return numbers;
  }

  private static ExtractedTable numberedTable(List<ExtractedTable> tables, String number) {
    return tables.stream()
        .filter(t -> number.equals(t.number()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Tabel " + number));
  }

  private static Set<Integer> bodyLines(ExtractedTable t) {
    Set<Integer> lines = new TreeSet<>();
    for (TableRow row : t.rows()) {
      lines.addAll(row.lines());
    }
    return lines;
  }

  private static int column(ExtractedTable t, String... pathParts) {
    for (int c = 0; c < t.columnCount(); c++) {
      String path = t.headerPaths().get(c);
      boolean all = true;
      for (String part : pathParts) {
        all &= path.contains(part);
      }
      if (all) {
        return c;
      }
    }
    throw new AssertionError("no column " + String.join(" & ", pathParts) + " in " + t.headerPaths());
  }

  private static TableRow rowAt(ExtractedTable t, int line) {
    return t.rows().stream()
        .filter(r -> r.lines().contains(line))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row from line " + line));
  }

  @Test
  void testSemarangRenjaHoldsItsTwelveNumberedTablesAndThreeContentsTables() {
    List<ExtractedTable> tables = tables("000");
    assertThat(numbered(tables))
        .containsExactly("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "3.1", "3.2", "4.1");
    assertThat(tables.stream().filter(t -> t.kind() == TableKind.CONTENTS)).hasSize(3);
  }

  @Test
  void testSemarangTabel21IsOneTableOf84BodyLinesAcrossSevenPageSegments() {
    List<String> lines = SharedCorpus.lines(SharedCorpus.document("000"));
    ExtractedTable t = numberedTable(tables("000"), "2.1");
    assertThat(t.firstLine()).isEqualTo(260);
    assertThat(t.lastLine()).isEqualTo(377);
    assertThat(t.columnCount()).isEqualTo(11);
    // Every non-blank line of the table except the 7 repeated 4-line header blocks is body.
    Set<Integer> expected = new TreeSet<>();
    Set<Integer> headerStarts = Set.of(260, 279, 300, 317, 329, 346, 363);
    for (int ln = 260; ln <= 377; ln++) {
      int line = ln;
      boolean header = headerStarts.stream().anyMatch(h -> line >= h && line < h + 4);
      if (!header && !lines.get(ln - 1).isBlank()) {
        expected.add(ln);
      }
    }
    assertThat(expected).hasSize(84);
    assertThat(bodyLines(t)).isEqualTo(expected);
    // The cell split across the last page break (361 -> 367) is one row.
    assertThat(t.rows()).hasSize(83);
    TableRow split = rowAt(t, 367);
    assertThat(split.lines()).containsExactly(361, 367);
    assertThat(split.text(1)).endsWith("Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan "
        + "Koordinasi dengan Para Pemangku Kepentingan");
    assertThat(split.cells().get(1).sourceLine()).isEqualTo(361);
    assertThat(t.headerPaths().get(7)).contains("Tingkat Realisasi (%)");
  }

  @Test
  void testSemarangBudgetTableFlattensTwoHeaderRowsIntoPaths() {
    ExtractedTable t = numberedTable(tables("000"), "2.2");
    assertThat(t.headerPaths())
        .containsExactly("URAIAN", "TA 2021 > INDUK", "TA 2021 > PERUBAHAN", "TA 2021 > REALISASI",
            "TA 2022 > INDUK", "TA 2022 > PERUBAHAN", "TA 2022 > REALISASI", "TA 2023 > INDUK",
            "TA 2024 > TARGET RKPD");
    assertThat(t.rows()).hasSize(21);
    TableRow total = rowAt(t, 427);
    assertThat(total.text(0)).isEqualTo("Jumlah Belanja Daerah");
    assertThat(total.text(column(t, "TA 2022", "REALISASI"))).isEqualTo("18.852.082.292");
  }

  @Test
  void testSemarangOtherInventories() {
    List<ExtractedTable> tables = tables("000");
    assertThat(numberedTable(tables, "2.3").rows()).hasSize(7);
    assertThat(numberedTable(tables, "2.4").rows()).hasSize(20);
    ExtractedTable review = numberedTable(tables, "2.8");
    assertThat(bodyLines(review)).hasSize(66);
    assertThat(review.rows()).hasSize(64);
    // A block of rows printed one and two cells to the right is placed back by content; the
    // label-only tail wrapped onto its page follows the layout of the rows printed like it.
    TableRow shifted = rowAt(review, 765);
    assertThat(shifted.text(1)).isEqualTo("Pemberdayaan Melalui Kemitraan Usaha Mikro");
    assertThat(shifted.text(column(review, "RANCANGAN AWAL RKPD > Pagu"))).isEqualTo("230.000.000");
    assertThat(shifted.text(column(review, "HASIL ANALISIS KEBUTUHAN > Pagu"))).isEqualTo("230.000.000");
    TableRow wrapped = rowAt(review, 764);
    assertThat(wrapped.lines()).containsExactly(760, 764);
    assertThat(wrapped.text(1)).endsWith("yang Dilakukan melalui Pendataan, Kemitraan, Kemudahan Perizinan, "
        + "Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan");
    assertThat(wrapped.text(column(review, "HASIL ANALISIS KEBUTUHAN > Lokasi"))).isEqualTo("Kota Semarang");
    assertThat(numberedTable(tables, "2.9").rows()).hasSize(57);
    ExtractedTable plan = numberedTable(tables, "4.1");
    assertThat(bodyLines(plan)).hasSize(65);
    assertThat(plan.rows()).hasSize(64);
    assertThat(rowAt(plan, 1080).lines()).containsExactly(1076, 1080);
  }

  @Test
  void testMojokertoHoldsExactlyTheTenTablesItsListOfTablesNames() {
    List<ExtractedTable> tables = tables("002");
    assertThat(numbered(tables))
        .containsExactly("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "4.1");
    List<ExtractedTable> contents = tables.stream().filter(t -> t.kind() == TableKind.CONTENTS).toList();
    assertThat(contents).hasSize(2);
    assertThat(contents.get(0).headerPaths()).containsOnly(""); // its first entry is no header
    assertThat(contents.get(0).rows().get(0).text(0)).isEqualTo("KATA PENGANTAR.....");
    assertThat(contents.get(1).headerPaths()).containsExactly("Tabel", "Halaman");
    assertThat(contents.get(1).rows()).hasSize(10);
    ExtractedTable nihil = numberedTable(tables, "2.6");
    assertThat(nihil.rows()).hasSize(1);
    assertThat(nihil.rows().get(0).text(column(nihil, "Program"))).isEqualTo("Nihil");
    assertThat(numberedTable(tables, "2.1").rows()).hasSize(47);
    assertThat(numberedTable(tables, "2.2").rows()).hasSize(43);
    assertThat(numberedTable(tables, "2.4").rows()).hasSize(23);
    assertThat(numberedTable(tables, "2.5").rows()).hasSize(8);
    assertThat(numberedTable(tables, "3.1").rows()).hasSize(3);
  }

  @Test
  void testMojokertoFirstRowAfterAPageBreakWithoutHeaderIsKept() {
    ExtractedTable t = numberedTable(tables("002"), "2.1");
    TableRow row = rowAt(t, 181);
    assertThat(row.text(1)).isEqualTo("Evaluasi Kinerja Perangkat Daerah");
    assertThat(row.text(column(t, "P-APBD"))).isEqualTo("7.500.000,-");
  }

  @Test
  void testMojokertoEvaluationTableKeepsSplitCodesTogetherAndRealignsCodelessRows() {
    ExtractedTable t = numberedTable(tables("002"), "2.3");
    assertThat(t.columnCount()).isEqualTo(11);
    int indikator = column(t, "Indikator");
    TableRow program = rowAt(t, 383);
    assertThat(program.text(0)).isEqualTo("2.17.08");
    assertThat(program.text(1)).isEqualTo("Program Pengembangan UMKM");
    assertThat(program.text(3)).isEqualTo("-");
    assertThat(program.text(4)).isEqualTo("3,9%");
    // A code printed alone on its line goes to the row that names it.
    TableRow penunjang = rowAt(t, 297);
    assertThat(penunjang.lines()).containsExactly(297, 298);
    assertThat(penunjang.text(0)).isEqualTo("2.17.01");
    // Rows without a code put their only label in the indicator column, values after it.
    TableRow sakip = rowAt(t, 299);
    assertThat(sakip.text(1)).isEmpty();
    assertThat(sakip.text(indikator)).isEqualTo("Nilai SAKIP Perangkat Daerah");
    assertThat(sakip.text(3)).isEqualTo("85,6 (A)");
    assertThat(sakip.text(7)).isEqualTo("98,57%");
    TableRow bimtek = rowAt(t, 350);
    assertThat(bimtek.text(indikator)).startsWith("Jumlah peserta Bimtek");
    assertThat(bimtek.text(3)).isEqualTo("-");
    assertThat(bimtek.text(4)).isEqualTo("70 orang");
    TableRow bansos = rowAt(t, 401);
    assertThat(bansos.text(indikator)).contains("bansos");
    assertThat(bansos.text(6)).isEqualTo("3.543 UM");
    // A wrapped indicator after a page break continues the row above.
    assertThat(rowAt(t, 397).lines()).containsExactly(395, 397);
    assertThat(rowAt(t, 327).text(indikator)).endsWith("telah dilakukan dinilai kesehatannya");
  }

  @Test
  void testMojokertoPlanTablesPutCodelessIndicatorRowsOnTheirColumns() {
    List<ExtractedTable> tables = tables("002");
    ExtractedTable plan = numberedTable(tables, "3.3");
    assertThat(plan.columnCount()).isEqualTo(10);
    assertThat(plan.rows()).hasSize(142);
    TableRow aktif = rowAt(plan, 1023);
    assertThat(aktif.text(0)).isEmpty();
    assertThat(aktif.text(column(plan, "Indikator"))).isEqualTo("Persentase koperasi aktif");
    assertThat(aktif.text(column(plan, "Rencana TA. 2024", "Target"))).isEqualTo("70%");
    assertThat(aktif.text(column(plan, "Prakiraan", "Target"))).isEqualTo("80%");
    assertThat(aktif.text(column(plan, "Sumber Dana"))).isEmpty();
    TableRow coded = rowAt(plan, 1031);
    assertThat(coded.text(0)).isEqualTo("2.17.4.2.1.1");
    assertThat(coded.text(column(plan, "Rencana TA. 2024", "Pagu"))).isEqualTo("65.000.000");
    assertThat(coded.text(column(plan, "Sumber Dana"))).isEqualTo("APBD");
    assertThat(coded.text(column(plan, "Catatan"))).isEqualTo("Pengentasan Kemiskinan Ekstrem");
    assertThat(coded.text(column(plan, "Prakiraan", "Kebutuhan"))).isEqualTo("80.000.000");
    assertThat(rowAt(plan, 970).lines()).containsExactly(970); // "Rincian :" opens rows, never a tail

    ExtractedTable final41 = numberedTable(tables, "4.1");
    assertThat(final41.firstLine()).isEqualTo(1107);
    assertThat(final41.lastLine()).isEqualTo(1258);
    TableRow spaced = rowAt(final41, 1110);
    assertThat(spaced.text(0)).isEqualTo("2.17.1");
    TableRow split = rowAt(final41, 1121);
    assertThat(split.text(0)).isEqualTo("2.17.1.2.2.1");
    assertThat(split.text(column(final41, "Pagu"))).isEqualTo("4.073.810.000");
    TableRow indicator = rowAt(final41, 1192);
    assertThat(indicator.text(column(final41, "Indikator"))).isEqualTo("Persentase koperasi aktif");
    assertThat(indicator.text(column(final41, "Target"))).isEqualTo("70%");
  }

  @Test
  void testDepokMasterBudgetTableKeepsItsFortyFiveRowsIncludingTheShiftedLastPage() {
    List<ExtractedTable> tables = tables("004");
    ExtractedTable t = tables.stream()
        .filter(x -> x.headerPaths().stream().anyMatch(p -> p.startsWith("KINERJA KEUANGAN")))
        .findFirst()
        .orElseThrow();
    assertThat(t.firstLine()).isEqualTo(941);
    assertThat(t.lastLine()).isEqualTo(1002);
    assertThat(t.columnCount()).isEqualTo(11);
    assertThat(t.rows()).hasSize(45);
    int name = 1;
    int pagu = column(t, "KINERJA KEUANGAN > Target");
    int realisasi = column(t, "KINERJA KEUANGAN > Realisasi");
    // First rows after the page breaks (no repeated header) are kept.
    assertThat(rowAt(t, 962).text(name)).startsWith("Kegiatan Penyediaan Jasa Penunjang");
    assertThat(rowAt(t, 978).text(name)).startsWith("Program Penilaian Kesehatan");
    // The last page lacks the leading empty cell: realigned by content.
    for (int line = 993; line <= 1002; line++) {
      TableRow row = rowAt(t, line);
      assertThat(row.text(0)).as("line " + line).isEmpty();
      assertThat(row.text(name)).as("line " + line).isNotEmpty();
    }
    TableRow pengembangan = rowAt(t, 1000);
    assertThat(pengembangan.text(name)).isEqualTo("Program Pengembangan Umkm");
    assertThat(pengembangan.text(pagu)).isEqualTo("8,386,559,550");
    assertThat(pengembangan.text(realisasi)).isEqualTo("7,796,941,035");
    assertThat(rowAt(t, 943).text(pagu)).isEqualTo("32,300,612,788");
  }

  @Test
  void testDepokYearOverYearTableHasSixColumnsUnderTwoSpans() {
    ExtractedTable t = tables("004").stream().filter(x -> x.firstLine() == 919).findFirst().orElseThrow();
    assertThat(t.caption()).isEqualTo("Tabel Perbandingan Realisasi Keuangan");
    assertThat(t.headerPaths())
        .containsExactly("TA. 2022 > Anggaran", "TA. 2022 > Realisasi", "TA. 2022 > %",
            "TA. 2023 > Anggaran", "TA. 2023 > Realisasi", "TA. 2023 > %");
    assertThat(t.rows()).hasSize(1);
    TableRow row = t.rows().get(0);
    assertThat(row.sourceLine()).isEqualTo(921);
    assertThat(row.text(1)).isEqualTo("19.403.438.252");
    assertThat(row.text(2)).isEqualTo("88,62");
    assertThat(row.text(5)).isEqualTo("90,50");
  }

  @Test
  void testDepokStaffTablesAreLetteredAndIndexRowsDropped() {
    List<ExtractedTable> tables = tables("004");
    assertThat(numbered(tables)).containsSubsequence("a", "b", "c", "d", "d", "e", "f", "g", "2.1");
    ExtractedTable pk = tables.stream().filter(x -> x.firstLine() == 508).findFirst().orElseThrow();
    assertThat(pk.caption()).isEqualTo("PERIANJIAN KINERJA PERUBAHAN TAHUN 2023 DINAS KOPERASI DAN USAHA MIKRO KOTA DEPOK");
    assertThat(pk.rows()).hasSize(3); // (i)..(iv) dropped
    assertThat(pk.rows().get(0).text(3)).isEqualTo("70.20");
    assertThat(tables.get(0).kind()).isEqualTo(TableKind.CONTENTS);
  }

  @Test
  void testSemarangRenstraNumberedTables() {
    List<ExtractedTable> tables = tables("001");
    assertThat(numbered(tables))
        .containsExactly("2.1", "2.2", "2.3", "2.4", "2.3", "2.4", "3.1", "4.1", "5.1", "7.1", "7.2");
    assertThat(numberedTable(tables, "2.4").caption()).isEqualTo("Tabel 2.4 Tabel Perlengkapan Kantor Per Oktober 2017");
    ExtractedTable review = tables.stream()
        .filter(t -> "2.4".equals(t.number()) && t.caption().contains("ANGGARAN"))
        .findFirst()
        .orElseThrow();
    assertThat(review.headerPaths().get(2)).isEqualTo("Anggaran pada Tahun > 2011");
    assertThat(review.rows()).hasSize(14);
  }

  /**
   * Every gold fact that stands on a table row is in a cell of the row extracted from that line:
   * the provenance the facts stage relies on.
   */
  @Test
  void testEveryGoldFactOnATableLineIsInACellOfThatRow() throws IOException {
    List<String> gold = Files.readAllLines(SharedCorpus.gold("facts.csv"));
    List<String> header = Csv.split(gold.get(0));
    int fileCol = header.indexOf("file");
    int valueCol = header.indexOf("value");
    int lineCol = header.indexOf("line");
    Map<String, List<ExtractedTable>> byFile = new HashMap<>();
    int onTables = 0;
    for (String g : gold.subList(1, gold.size())) {
      List<String> f = Csv.split(g);
      List<ExtractedTable> tables = byFile.computeIfAbsent(f.get(fileCol),
          name -> extractor.extract(SharedCorpus.lines(SharedCorpus.corpus().resolve(name))));
      int line = Integer.parseInt(f.get(lineCol));
      double value = Double.parseDouble(f.get(valueCol));
      for (ExtractedTable t : tables) {
        for (TableRow row : t.rows()) {
          if (row.lines().contains(line)) {
            onTables++;
            assertThat(row.cells().stream().anyMatch(c -> holds(c.text(), value)))
                .as("gold " + g + " in row " + row.cells())
                .isTrue();
          }
        }
      }
    }
    assertThat(onTables).isGreaterThanOrEqualTo(40);
  }

  /** The cell prints the number, read with Indonesian (1.234,5) or English (1,234.5) separators. */
  private static boolean holds(String text, double value) {
    for (String token : text.split("[^0-9.,]+")) {
      String t = token.replaceAll("[.,]+$", "");
      if (t.isEmpty()) {
        continue;
      }
      for (String candidate : List.of(t.replace(".", "").replace(",", "."), t.replace(",", ""))) {
        try {
          if (Math.abs(Double.parseDouble(candidate) - value) < 0.006) {
            return true;
          }
        } catch (NumberFormatException e) {
          // not a number in this reading
        }
      }
    }
    return false;
  }
}
