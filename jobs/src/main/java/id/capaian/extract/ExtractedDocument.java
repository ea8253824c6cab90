package id.capaian.extract;

import java.util.List;

/**
 * Everything extraction reads from one document; the input of the facts stage.
 *
 * @param sourceFile the path the document was read from (provenance only, never used to decide)
 * @param sha256 hex sha256 of the raw bytes: the document's id
 * @param bytes size of the raw content
 * @param identity the document's identity
 * @param lines the document's lines, index 0 is line 1
 * @param tables every table found, in document order
 */
public record ExtractedDocument(
    String sourceFile,
    String sha256,
    long bytes,
    DocumentIdentity identity,
    List<String> lines,
    List<ExtractedTable> tables) {

  public ExtractedDocument {
    lines = List.copyOf(lines);
    tables = List.copyOf(tables);
  }

  /** The text of a 1-based line. */
  public String line(int lineNo) {
    return lines.get(lineNo - 1);
  }
}
