package id.capaian.unseen;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.extract.DocumentIdentity;
import id.capaian.extract.DocumentReader;
import id.capaian.extract.ExtractedDocument;
import id.capaian.extract.ExtractedTable;
import id.capaian.extract.ReadOutcome;
import id.capaian.extract.TableKind;
import id.capaian.extract.TableRow;
import id.capaian.facts.Fact;
import id.capaian.facts.FactExtractor;
import id.capaian.testing.GoldFacts;
import id.capaian.testing.SharedCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance on documents nobody tuned the pipeline to: nine small documents we wrote in
 * {@code src/test/resources/unseen} in the formats of the real corpus, with what a new city or year
 * brings (a kabupaten whose name a kota also has, "Kab." on the cover, merged agencies, stage words,
 * other years and header wordings, US and Indonesian numbers, page breaks with and without repeated
 * headers, running titles, split and spaced codes, three-row headers, key sentences, years as column
 * groups, the n-th year of a Renstra period ("Th-2"), amounts in juta by their header, chapter page
 * numbers ("III-9"), amounts split by a space after a separator, proposals beside pagu). Each has its
 * expected facts beside it ({@code NAME.facts.csv}, the gold columns) and is checked for identity,
 * table inventory and every expected fact by the gold README's rule, on its line; an optional
 * {@code NAME.absent.csv} lists metric and measure pairs the document must not give.
 */
class UnseenDocumentsTest {
  private static final Path DIR = SharedCorpus.projectDir().resolve("jobs/src/test/resources/unseen");

  /** What one document must be read as. */
  record Expected(
      String file, String type, String stage, String regionCode, String agency, Integer planYear,
      Integer periodStart, Integer periodEnd, List<TableShape> tables) {
    @Override
    public String toString() {
      return file;
    }
  }

  /** One table of the inventory: printed number (null for none), kind, lines, columns, body rows. */
  record TableShape(String number, TableKind kind, int firstLine, int lastLine, int columns, int rows) {}

  static TableShape contents(int firstLine, int lastLine, int rows) {
    return new TableShape(null, TableKind.CONTENTS, firstLine, lastLine, 2, rows);
  }

  static TableShape data(String number, int firstLine, int lastLine, int columns, int rows) {
    return new TableShape(number, TableKind.DATA, firstLine, lastLine, columns, rows);
  }

  static List<Expected> documents() {
    return List.of(
        new Expected("kabupaten-malang-ranwal-renja-2026.md", "RENJA", "RANCANGAN_AWAL", "3507",
            "Dinas Koperasi dan Usaha Mikro", 2026, null, null,
            List.of(contents(17, 22, 4), data("2.1", 39, 44, 6, 3), data("4.1", 57, 75, 8, 8))),
        new Expected("kab-kediri-lkjip-2024.txt", "LKJIP", null, "3506", "Dinas Koperasi dan UKM", 2024,
            null, null,
            List.of(contents(11, 14, 4), data("3.1", 24, 28, 7, 4), data("3.2", 36, 39, 5, 2),
                data("3.3", 47, 60, 10, 7))),
        new Expected("kota-tegal-renstra-2025-2029.txt", "RENSTRA", null, "3376",
            "Dinas Perdagangan, Koperasi dan UMKM", null, 2025, 2029,
            List.of(contents(10, 12, 3), data("2.1", 23, 28, 7, 4), data("6.1", 37, 50, 16, 5),
                data("7.1", 57, 61, 9, 3))),
        new Expected("kabupaten-semarang-rankhir-renja-2026.txt", "RENJA", "RANCANGAN_AKHIR", "3322",
            "Dinas Koperasi, Usaha Kecil dan Menengah", 2026, null, null,
            List.of(data("2.1", 21, 25, 6, 3), data("2.2", 32, 40, 9, 5), data("3.1", 45, 53, 10, 5))),
        new Expected("kota-pasuruan-perubahan-renja-2025.md", "RENJA", "PERUBAHAN", "3575",
            "Dinas Koperasi dan UMKM", 2025, null, null,
            List.of(contents(11, 16, 4), data("2.2", 29, 34, 9, 3), data("2.3", 42, 47, 5, 3),
                data("4.1", 60, 63, 7, 2))),
        new Expected("kabupaten-bandung-barat-lkjip-2025.md", "LKJIP", null, "3217",
            "Dinas Koperasi, Usaha Mikro, Kecil dan Menengah", 2025, null, null,
            List.of(data("3.1", 26, 31, 8, 3), data("3.2", 40, 45, 5, 4), data("3.3", 54, 65, 5, 5))),
        new Expected("kota-bogor-lkjip-2024.txt", "LKJIP", null, "3271", "Dinas Koperasi dan Usaha Mikro", 2024,
            null, null, List.of(data("3.1", 17, 22, 9, 4), data("3.4", 34, 40, 5, 6), data("3.5", 56, 58, 7, 2))),
        new Expected("kabupaten-banyumas-renstra-2025-2029.txt", "RENSTRA", null, "3302",
            "Dinas Tenaga Kerja, Koperasi dan Usaha Mikro", null, 2025, 2029,
            List.of(data("2.1", 15, 19, 8, 4), data("5.1", 27, 32, 10, 4), data("6.1", 38, 50, 16, 6))),
        new Expected("kota-padang-renja-2025.md", "RENJA", null, "1371", "Dinas Koperasi dan Usaha Mikro", 2025,
            null, null, List.of(data("2.3", 25, 30, 6, 3), data("4.1", 40, 56, 9, 9))));
  }

  private static ExtractedDocument read(String file) {
    try {
      Path path = DIR.resolve(file);
      ReadOutcome outcome = DocumentReader.defaults().read(path.toString(), Files.readAllBytes(path));
      assertThat(outcome).as(file + " must be accepted").isInstanceOf(ReadOutcome.Accepted.class);
      return ((ReadOutcome.Accepted) outcome).document();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void testIdentityComesFromTheContent(Expected want) {
    DocumentIdentity id = read(want.file()).identity();
    assertThat(id.docType().name()).as("type").isEqualTo(want.type());
    assertThat(id.docStage()).as("stage").isEqualTo(want.stage());
    assertThat(id.region().code()).as("region (%s)", id.region().name()).isEqualTo(want.regionCode());
    assertThat(id.agency()).as("agency").isEqualTo(want.agency());
    assertThat(id.planYear()).as("plan year").isEqualTo(want.planYear());
    assertThat(id.periodStart()).as("period start").isEqualTo(want.periodStart());
    assertThat(id.periodEnd()).as("period end").isEqualTo(want.periodEnd());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void testTableInventory(Expected want) {
    List<TableShape> found = new ArrayList<>();
    for (ExtractedTable t : read(want.file()).tables()) {
      found.add(new TableShape(t.number(), t.kind(), t.firstLine(), t.lastLine(), t.columnCount(),
          t.rows().size()));
    }
    assertThat(found).as("tables of %s", want.file()).containsExactlyElementsOf(want.tables());
  }

  /** The traps of each layout land on the right columns (beyond the inventory's shapes). */
  @Test
  void testHeaderPathsAndCellsAcrossTheTraps() {
    ExtractedTable tegal = table(read("kota-tegal-renstra-2025-2029.txt"), "6.1");
    // Three header rows; the year row's span stops where "Kondisi Akhir" starts a new group.
    assertThat(tegal.headerPaths().get(5)).isEqualTo("Target Kinerja dan Kerangka Pendanaan > 2025 > Rp");
    assertThat(tegal.headerPaths().get(15)).isEqualTo("Kondisi Akhir Periode Renstra > Rp");
    TableRow afterBreak = tegal.rows().get(2);
    assertThat(afterBreak.sourceLine()).isEqualTo(48); // running title "... 2025-2029 TAB 53" skipped
    assertThat(afterBreak.text(0)).isEqualTo("2.17.07");
    assertThat(afterBreak.text(13)).isEqualTo("1.380.000.000");

    ExtractedTable semarang = table(read("kabupaten-semarang-rankhir-renja-2026.txt"), "3.1");
    TableRow split = semarang.rows().get(3);
    assertThat(split.text(0)).isEqualTo("2.17.7.2.1.5"); // six code cells in a table of one code cell
    assertThat(split.text(semarang.headerPaths().indexOf("Rencana Tahun 2026 > Pagu Indikatif")))
        .isEqualTo("1.642.750.000");
    assertThat(semarang.rows().get(4).text(0)).isEqualTo("TOTAL PAGU");

    ExtractedTable kediri = table(read("kab-kediri-lkjip-2024.txt"), "3.3");
    TableRow total = kediri.rows().get(6);
    assertThat(total.text(1)).isEqualTo("JUMLAH");
    assertThat(total.text(kediri.headerPaths().indexOf("Keuangan > Pagu"))).isEqualTo("15,960,117,000");

    // The capaian against the Renstra's end target (l. 57) is no second capaian of 2024 beside l. 19's.
    List<Fact> bogor = FactExtractor.defaults().extract(read("kota-bogor-lkjip-2024.txt")).facts();
    assertThat(bogor).filteredOn(f -> "capaian".equals(f.measure()) && "koperasi_aktif_pct".equals(f.metric()))
        .extracting(Fact::sourceLine, Fact::year, Fact::value)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(19, 2024, 102.18),
            org.assertj.core.groups.Tuple.tuple(57, null, 94.89));
    assertThat(bogor).filteredOn(f -> f.sourceLine() == 19).noneMatch(f -> f.has("conflict_in_document"));

    ExtractedTable malang = table(read("kabupaten-malang-ranwal-renja-2026.md"), "4.1");
    assertThat(malang.rows()).extracting(TableRow::sourceLine).containsExactly(60, 61, 62, 63, 72, 73, 74, 75);
  }

  private static ExtractedTable table(ExtractedDocument doc, String number) {
    return doc.tables().stream().filter(t -> number.equals(t.number())).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void testEveryExpectedFactIsExtracted(Expected want) {
    ExtractedDocument doc = read(want.file());
    String file = want.file();
    List<GoldFacts.Expected> expected = GoldFacts.read(DIR.resolve(factsFile(file)));
    assertThat(expected).as("expected facts of " + file).isNotEmpty().allMatch(e -> e.file().equals(file));
    List<GoldFacts.Found> found = new ArrayList<>();
    for (Fact f : FactExtractor.defaults().extract(doc).facts()) {
      if (f.metric() != null) {
        found.add(new GoldFacts.Found(file, doc.identity().region().code(), f.level(), f.kode(), f.metric(),
            f.measure(), f.stage(), f.year(), f.value(), f.sourceLine()));
      }
    }
    List<String> missing = GoldFacts.missing(expected, found, true);
    int hit = expected.size() - missing.size();
    System.out.printf("unseen recall %-45s %2d/%2d (%.0f%%)%n", file, hit, expected.size(),
        100.0 * hit / expected.size());
    missing.forEach(m -> System.out.println("  " + m));
    assertThat(missing).as("expected facts of %s not extracted", file).isEmpty();
  }

  static String factsFile(String document) {
    return document.substring(0, document.lastIndexOf('.')) + ".facts.csv";
  }

  static String absentFile(String document) {
    return document.substring(0, document.lastIndexOf('.')) + ".absent.csv";
  }

  /**
   * What a document does not state ({@code NAME.absent.csv}: metric, measure, why) must not come out
   * of it: a plan has no budget realisation, a document without counts has none to extract.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void testNothingIsExtractedThatTheDocumentDoesNotState(Expected want) throws IOException {
    Path absent = DIR.resolve(absentFile(want.file()));
    if (!Files.exists(absent)) {
      return;
    }
    List<Fact> facts = FactExtractor.defaults().extract(read(want.file())).facts();
    List<String> lines = Files.readAllLines(absent);
    assertThat(lines).as(absent.toString()).hasSizeGreaterThan(1);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", 3);
      assertThat(facts).as("%s must not give %s %s (%s)", want.file(), f[0], f[1], f[2])
          .noneMatch(x -> f[0].equals(x.metric()) && f[1].equals(x.measure()));
    }
  }

  @Test
  void testEveryDocumentHasItsExpectedFacts() throws IOException {
    Set<String> listed = new HashSet<>();
    documents().forEach(d -> listed.add(d.file()));
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> documents =
          files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".csv")).toList();
      assertThat(documents).containsExactlyInAnyOrderElementsOf(listed);
      for (String d : documents) {
        assertThat(DIR.resolve(factsFile(d))).exists();
      }
    }
  }

  /** Written by us: no line of 80 characters or more repeats a corpus line (spaces collapsed). */
  @Test
  void testNoLongLineIsCopiedFromTheCorpus() throws IOException {
    Set<String> corpus = new HashSet<>();
    try (Stream<Path> files = Files.list(SharedCorpus.corpus())) {
      for (Path file : files.toList()) {
        for (String line : SharedCorpus.lines(file)) {
          String s = collapse(line);
          if (s.length() >= 80) {
            corpus.add(s);
          }
        }
      }
    }
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.toList()) {
        assertThat(Files.readAllLines(file)).as(file.toString())
            .noneMatch(l -> collapse(l).length() >= 80 && corpus.contains(collapse(l)));
      }
    }
  }

  private static String collapse(String line) {
    return String.join(" ", line.strip().split("\\s+"));
  }
}
