package id.capaian.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Our own sample documents in {@code data/samples}: identity, tables, and that they are ours. */
class SampleDocumentsTest {
  private static final Path SAMPLES = SharedCorpus.projectDir().resolve("data/samples");

  private static ExtractedDocument read(String name) throws IOException {
    Path file = SAMPLES.resolve(name);
    ReadOutcome outcome = DocumentReader.defaults().read(file.toString(), Files.readAllBytes(file));
    assertThat(outcome).as(name).isInstanceOf(ReadOutcome.Accepted.class);
    return ((ReadOutcome.Accepted) outcome).document();
  }

  private static ExtractedTable table(ExtractedDocument doc, String number) {
    return doc.tables().stream().filter(t -> number.equals(t.number())).findFirst().orElseThrow();
  }

  @Test
  void testDepokLkjipSample() throws IOException {
    ExtractedDocument doc = read("kota-depok-lkjip-2023.txt");
    DocumentIdentity id = doc.identity();
    assertThat(id.docType()).isEqualTo(DocType.LKJIP);
    assertThat(id.region().code()).isEqualTo("3276");
    assertThat(id.planYear()).isEqualTo(2023);
    assertThat(id.agency()).isEqualTo("Dinas Koperasi dan Usaha Mikro");
    assertThat(doc.tables()).extracting(ExtractedTable::number).containsExactly("3.1", "3.2", "3.3");

    ExtractedTable iku = table(doc, "3.1");
    assertThat(iku.headerPaths()).contains("Target > 2022", "Realisasi > 2023");
    assertThat(iku.rows().get(1).text(iku.headerPaths().indexOf("Realisasi > 2023"))).isEqualTo("36,36");

    ExtractedTable money = table(doc, "3.2");
    assertThat(money.headerPaths()).containsExactly("TA. 2022 > Pagu", "TA. 2022 > Realisasi", "TA. 2022 > %",
        "TA. 2023 > Pagu", "TA. 2023 > Realisasi", "TA. 2023 > %");

    // Three page segments, a cell wrapped over a page break, a last page without the first cell.
    ExtractedTable program = table(doc, "3.3");
    assertThat(program.rows()).hasSize(10);
    int name = 1;
    int pagu = program.headerPaths().indexOf("Keuangan > Pagu");
    TableRow wrapped = program.rows().get(3);
    assertThat(wrapped.lines()).hasSize(2);
    assertThat(wrapped.text(name)).endsWith("terhadap Peraturan Perundang-undangan");
    TableRow shifted = program.rows().get(7);
    assertThat(shifted.text(0)).isEmpty();
    assertThat(shifted.text(name)).isEqualTo("Program Pemberdayaan UMKM");
    assertThat(shifted.text(pagu)).isEqualTo("11,542,957,950");
  }

  @Test
  void testMojokertoRenstraSample() throws IOException {
    ExtractedDocument doc = read("kabupaten-mojokerto-renstra-2021-2026.md");
    DocumentIdentity id = doc.identity();
    assertThat(id.docType()).isEqualTo(DocType.RENSTRA);
    assertThat(id.region().code()).isEqualTo("3516");
    assertThat(id.periodStart()).isEqualTo(2021);
    assertThat(id.periodEnd()).isEqualTo(2026);
    assertThat(doc.tables()).extracting(ExtractedTable::number).containsExactly("4.1", "5.1", null);
    assertThat(doc.tables().get(2).kind()).isEqualTo(TableKind.CONTENTS);

    ExtractedTable iku = table(doc, "4.1");
    assertThat(iku.headerPaths().get(6)).isEqualTo("Target (%) > 2026");
    assertThat(iku.rows().get(2).text(6)).isEqualTo("72 (BB)");

    ExtractedTable program = table(doc, "5.1");
    assertThat(program.rows()).hasSize(6); // repeated header and index rows dropped, name fragment merged
    assertThat(program.rows().get(3).text(1))
        .isEqualTo("Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro (UMKM)");
    assertThat(program.rows().get(5).text(0)).isEqualTo("2.17.08");
    assertThat(program.rows().get(5).text(program.headerPaths().indexOf("Tahun 2022 > Realisasi")))
        .isEqualTo("0,58%");
  }

  @Test
  void testEverySampleIsAcceptedWithTables() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(read(file.getFileName().toString()).tables()).as(file.toString()).isNotEmpty();
      }
    }
  }

  /** Samples are written by us: no line of 80 characters or more repeats a corpus line. */
  @Test
  void testNoLongSampleLineIsCopiedFromTheCorpus() throws IOException {
    Set<String> corpus = new HashSet<>();
    try (Stream<Path> files = Files.list(SharedCorpus.corpus())) {
      for (Path file : files.toList()) {
        for (String line : Files.readAllLines(file)) {
          if (line.strip().length() >= 80) {
            corpus.add(line.strip());
          }
        }
      }
    }
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).as(file.toString()).noneMatch(l -> l.strip().length() >= 80 && corpus.contains(l.strip()));
      }
    }
  }
}
