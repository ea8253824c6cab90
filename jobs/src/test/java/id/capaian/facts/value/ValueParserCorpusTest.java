package id.capaian.facts.value;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.extract.ExtractedTable;
import id.capaian.extract.TableCell;
import id.capaian.extract.TableExtractor;
import id.capaian.extract.TableKind;
import id.capaian.extract.TableRow;
import id.capaian.facts.value.ParseResult.Status;
import id.capaian.testing.SharedCorpus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parser over every numeric-looking cell of every data table of the real corpus, with the
 * context (its column header) the facts stage gives it; the traps named in {@code ../shared/notes}
 * checked one by one. Skipped with a message where the corpus is absent.
 */
class ValueParserCorpusTest {
  private static final List<String> DOCS = List.of("000", "001", "002", "004");

  private final ValueParser parser = new ValueParser();

  /** A cell of the corpus with its column header. */
  record Cell(String doc, int line, String header, String text) {
    ParseResult parse(ValueParser parser) {
      return parser.parse(text, Expect.fromUnit(header));
    }
  }

  private static final Map<String, List<Cell>> CELLS = new TreeMap<>();

  static synchronized List<Cell> numericCells(String doc) {
    return CELLS.computeIfAbsent(doc, ValueParserCorpusTest::readNumericCells);
  }

  private static List<Cell> readNumericCells(String doc) {
    List<String> lines = SharedCorpus.lines(SharedCorpus.document(doc));
    List<Cell> cells = new ArrayList<>();
    for (ExtractedTable t : new TableExtractor().extract(lines)) {
      if (t.kind() != TableKind.DATA) {
        continue;
      }
      for (TableRow row : t.rows()) {
        for (TableCell c : row.cells()) {
          if (hasDigit(c.text())) {
            String header = c.col() < t.columnCount() ? t.headerPaths().get(c.col()) : "";
            cells.add(new Cell(doc, c.sourceLine(), header, c.text()));
          }
        }
      }
    }
    return cells;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private List<Cell> allCells() {
    SharedCorpus.require();
    List<Cell> all = new ArrayList<>();
    for (String doc : DOCS) {
      all.addAll(numericCells(doc));
    }
    return all;
  }

  @Test
  void testEveryNumericCellParsesWithoutError() {
    List<Cell> all = allCells();
    assertThat(all).hasSizeGreaterThan(3000);
    Map<String, Integer> byStatus = new TreeMap<>();
    for (Cell c : all) {
      ParseResult r = c.parse(parser);
      assertThat(r).as("%s:%d %s", c.doc(), c.line(), c.text()).isNotNull();
      if (r.reason() != null) {
        assertThat(r.reason()).as("%s:%d %s", c.doc(), c.line(), c.text())
            .doesNotStartWith("parser_error");
      }
      if (r.status() == Status.VALUES) {
        assertThat(r.values()).as(c.text()).isNotEmpty();
      }
      if (r.status() == Status.MISSING || r.status() == Status.TEXT) {
        assertThat(r.values()).as(c.text()).isEmpty();
      }
      byStatus.merge(r.status() + (r.reason() == null ? "" : " " + r.reason().split(":")[0]), 1,
          Integer::sum);
    }
    System.out.println("ValueParserCorpusTest: numeric cells by outcome " + byStatus);
  }

  @Test
  void testNearlyEveryNumericCellThatIsNoCodeGivesValues() {
    int values = 0;
    int considered = 0;
    for (Cell c : allCells()) {
      ParseResult r = c.parse(parser);
      if ("code".equals(r.reason())) {
        continue;
      }
      considered++;
      if (r.status() == Status.VALUES) {
        values++;
      }
    }
    double share = values / (double) considered;
    System.out.printf("ValueParserCorpusTest: %d of %d non-code numeric cells give values (%.1f%%)%n",
        values, considered, share * 100);
    // The rest are prose cells (addresses, formulas, numbered lists), read by sentence patterns.
    assertThat(share).isGreaterThan(0.95);
  }

  @Test
  void testMalformedNumbersAreExactlyTheKnownOnes() {
    // 000 notes §4: "95.000.00" (lines 1070, 1071) is the corpus's only malformed number.
    Set<String> malformed = new TreeSet<>();
    for (Cell c : allCells()) {
      ParseResult r = c.parse(parser);
      if (r.status() == Status.MALFORMED) {
        malformed.add(c.doc() + ":" + c.line() + " " + c.text());
        assertThat(r.values()).as(c.text())
            .anySatisfy(v -> assertThat(v.flags()).contains(ValueFlags.MALFORMED));
      }
    }
    assertThat(malformed).containsExactly("000:1070 95.000.00", "000:1071 95.000.00");
  }

  @Test
  void testAmbiguousSeparatorsInTheCorpusAreCountsReadAsThousands() {
    // 004 notes §4: "2,100" / "2,114" (l.998) are unit counts in the comma convention; 001 notes §4:
    // "11.235", "9.471" are counts of UMKM in the dot convention. Every lone-separator number of the
    // corpus is a thousands grouping.
    for (Cell c : allCells()) {
      ParseResult r = c.parse(parser);
      for (ParsedValue v : r.values()) {
        if (v.has(ValueFlags.AMBIGUOUS_SEPARATOR)) {
          assertThat(v.exact().scale()).as(c.text()).isLessThanOrEqualTo(0);
          assertThat(v.exact()).as(c.text()).isGreaterThanOrEqualTo(BigDecimal.valueOf(1000));
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        // doc | cell text as printed | primary value | kind | unit | flag
        "004 | Rp 9,384,257,538 | 9384257538 | RUPIAH | Rp | us_convention",
        "004 | 32,300,612,788 | 32300612788 | RUPIAH | Rp | us_convention",
        "004 | 2,100 | 2100 | NUMBER | | ambiguous_separator",
        "004 | 34 Org/bln | 34 | COUNT | org/bln |",
        "004 | 1875 orang | 1875 | COUNT | orang |",
        "004 | 115 Unit Usaha | 115 | COUNT | unit usaha |",
        "004 | 95,65 % | 95.65 | PERCENT | % |",
        "004 | 75.83% | 75.83 | PERCENT | % | us_convention",
        "004 | 70.20 | 70.20 | NUMBER | | us_convention",
        "002 | 84,03(A) | 84.03 | SCORE | | grade",
        "002 | 72 (BB) | 72 | SCORE | | grade",
        "002 | 4.637.387.000,- | 4637387000 | RUPIAH | Rp |",
        "002 | -75,23 | -75.23 | PERCENT | % | kind_from_context",
        "002 | 63.350.222 | 63350222 | COUNT | | kind_from_context",
        "002 | <= Rp 300 juta | 300000000 | RUPIAH | Rp | bound_le",
        "002 | 15 % ; 70 % ; 2 % ; 5 % ; 1 % | 15 | PERCENT | % | multi_value",
        "002 | 29 orang / bulan | 29 | COUNT | orang/bulan |",
        "000 | 50,55% (10,1) | 50.55 | PERCENT | % |",
        "000 | 5,70 – 6,50% | 5.70 | PERCENT | % | range_low",
        "000 | 32 Persen | 32 | PERCENT | % |",
        "000 | 160.941.690 | 160941690 | RUPIAH | Rp | kind_from_context",
        "001 | 35.127 | 35127 | RUPIAH | Rp | kind_from_context",
        "001 | 103,57 % | 103.57 | PERCENT | % |",
        "001 | 1.500 Org | 1500 | COUNT | org |",
      })
  void testTrapsNamedInTheNotes(
      String doc, String text, String value, ValueKind kind, String unit, String flag) {
    SharedCorpus.require();
    List<Cell> matching =
        numericCells(doc).stream().filter(c -> c.text().equals(text)).toList();
    assertThat(matching).as("cell \"%s\" in corpus %s", text, doc).isNotEmpty();
    for (Cell c : matching) {
      ParseResult r = c.parse(parser);
      assertThat(r.status()).as("%s:%d under %s", doc, c.line(), c.header()).isEqualTo(Status.VALUES);
      ParsedValue v = r.primary().orElseThrow();
      assertThat(v.exact()).as("%s:%d", doc, c.line()).isEqualByComparingTo(value);
      assertThat(v.kind()).as("%s:%d under %s", doc, c.line(), c.header()).isEqualTo(kind);
      assertThat(v.unit()).as("%s:%d", doc, c.line()).isEqualTo(unit);
      if (flag != null) {
        assertThat(v.flags()).as("%s:%d", doc, c.line()).contains(flag);
      }
    }
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {"001 | N/A", "002 | Nihil", "000 | NA", "004 | Rp -"})
  void testMissingMarkersOfTheCorpus(String doc, String text) {
    SharedCorpus.require();
    List<String> lines = SharedCorpus.lines(SharedCorpus.document(doc));
    List<TableCell> found = new ArrayList<>();
    for (ExtractedTable t : new TableExtractor().extract(lines)) {
      for (TableRow row : t.rows()) {
        row.cells().stream().filter(c -> c.text().equals(text)).forEach(found::add);
      }
    }
    assertThat(found).as("cell \"%s\" in corpus %s", text, doc).isNotEmpty();
    assertThat(parser.parse(text, Expect.ANY).status()).isEqualTo(Status.MISSING);
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        // doc | text on a line | a value parseAll must find on it | its unit | its printed span
        "004 | 10.167 jiwa | 10167 | jiwa | 10.167 jiwa",
        "004 | 1.371.808 jiwa | 1371808 | jiwa | 1.371.808 jiwa",
        "004 | 34 Orang (67%) | 34 | orang | 34 Orang",
        "004 | 34 Orang (67%) | 67 | % | 67%",
        "000 | Rp.18.852.082.292 | 18852082292 | Rp | Rp.18.852.082.292",
        "000 | 83,79% | 83.79 | % | 83,79%",
        "000 | 90.98% | 90.98 | % | 90.98%",
        "002 | Rp15 miliar | 15000000000 | Rp | Rp15 miliar",
      })
  void testSentencesOfTheCorpus(
      String doc, String needle, String value, String unit, String span) {
    SharedCorpus.require();
    List<String> lines = SharedCorpus.lines(SharedCorpus.document(doc));
    List<String> withNeedle = lines.stream().filter(l -> l.contains(needle)).toList();
    assertThat(withNeedle).as("a line of %s with %s", doc, needle).isNotEmpty();
    for (String line : withNeedle) {
      List<ValueMention> ms = parser.parseAll(line, Expect.ANY);
      assertThat(ms).as(line)
          .anySatisfy(m -> {
            assertThat(m.value().exact()).isEqualByComparingTo(value);
            assertThat(m.value().unit()).isEqualTo(unit);
            assertThat(line.substring(m.start(), m.end())).isEqualTo(span);
          });
    }
  }
}
