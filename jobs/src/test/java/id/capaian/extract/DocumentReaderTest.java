package id.capaian.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way a file is turned away, each with its one-line reason; a defect in extraction included. */
class DocumentReaderTest {
  private static final String RENJA =
      """
      RENCANA KERJA (RENJA)
      DINAS KOPERASI DAN USAHA MIKRO
      KOTA SEMARANG
      TAHUN 2024

      Tabel 2.1 Contoh
      | Uraian | Target 2024 |
      |---|---|
      | Koperasi aktif | 77 |
      """;

  private static String reason(DocumentReader reader, byte[] content) {
    ReadOutcome outcome = reader.read("in/doc.txt", content);
    assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
    ReadOutcome.Rejected rejected = (ReadOutcome.Rejected) outcome;
    assertThat(rejected.sourceFile()).isEqualTo("in/doc.txt");
    assertThat(rejected.sha256()).isEqualTo(DocumentReader.sha256(content));
    assertThat(rejected.reason()).doesNotContain("\n");
    return rejected.reason();
  }

  @Test
  void testEachKindOfBadFileIsRejectedWithItsReason() {
    DocumentReader reader = DocumentReader.defaults();
    assertThat(reason(reader, new byte[0])).isEqualTo("empty file");
    assertThat(reason(reader, new byte[] {'R', 'e', 'n', (byte) 0xC3, (byte) 0x28})).isEqualTo("not UTF-8 text");
    assertThat(reason(reader, new byte[] {0, 1, 2, 3, 0, 0, 0, 5})).isEqualTo("binary content, not a text document");
    assertThat(reason(reader, " \n\t\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("no text (only whitespace)");
    assertThat(reason(reader, "Daftar belanja bulanan\n| a | b |\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("no recognisable identity: no Renja, Renstra or LKjIP title");
    assertThat(reason(reader, RENJA.replace("KOTA SEMARANG", "").getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("no recognisable identity: no kabupaten or kota named");
  }

  @Test
  void testAnExtractionDefectCostsTheDocumentNotTheBatch() {
    DocumentReader broken = new DocumentReader(IdentityReader.defaults(), lines -> {
      throw new IllegalStateException("column 7 of 6\nat row 12");
    });
    byte[] content = RENJA.getBytes(StandardCharsets.UTF_8);

    assertThat(reason(broken, content))
        .isEqualTo("table extraction failed: java.lang.IllegalStateException: column 7 of 6 at row 12");
    // The same bytes read by the real extractor are a Renja with its table.
    ReadOutcome fine = DocumentReader.defaults().read("in/doc.txt", content);
    assertThat(fine).isInstanceOf(ReadOutcome.Accepted.class);
    ExtractedDocument doc = ((ReadOutcome.Accepted) fine).document();
    assertThat(doc.tables()).hasSize(1);
    assertThat(doc.identity().planYear()).isEqualTo(2024);
  }

  @Test
  void testADeepRecursionInExtractionIsAlsoOneReject() {
    DocumentReader broken = new DocumentReader(IdentityReader.defaults(), lines -> {
      throw new StackOverflowError();
    });
    assertThat(reason(broken, RENJA.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("table extraction failed: java.lang.StackOverflowError");
  }

  @Test
  void testLinesAreNumberedAsCatDoes() {
    assertThat(DocumentReader.lines("a\r\nb\n\nc\n")).containsExactly("a", "b", "", "c");
    assertThat(DocumentReader.lines("a")).isEqualTo(List.of("a"));
  }
}
