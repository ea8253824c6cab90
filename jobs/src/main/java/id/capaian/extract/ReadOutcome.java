package id.capaian.extract;

/** What reading one input file gave: a document, or a reject with a one-line reason. */
public sealed interface ReadOutcome {
  String sourceFile();

  String sha256();

  long bytes();

  /** A document whose identity was recognised, with its tables. */
  record Accepted(ExtractedDocument document) implements ReadOutcome {
    @Override
    public String sourceFile() {
      return document.sourceFile();
    }

    @Override
    public String sha256() {
      return document.sha256();
    }

    @Override
    public long bytes() {
      return document.bytes();
    }
  }

  /** A file kept on record but not read further: not text, empty, or of no recognisable identity. */
  record Rejected(String sourceFile, String sha256, long bytes, String reason) implements ReadOutcome {}
}
