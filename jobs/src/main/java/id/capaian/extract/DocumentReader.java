package id.capaian.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one input file into an {@link ExtractedDocument}: decodes it, recognises its identity and
 * extracts its tables. Pure and stateless: parsing one document never needs another.
 */
public final class DocumentReader {
  private final IdentityReader identityReader;
  private final Function<List<String>, List<ExtractedTable>> tableExtractor;

  public DocumentReader(IdentityReader identityReader, TableExtractor tableExtractor) {
    this(identityReader, tableExtractor::extract);
  }

  DocumentReader(IdentityReader identityReader, Function<List<String>, List<ExtractedTable>> tableExtractor) {
    this.identityReader = identityReader;
    this.tableExtractor = tableExtractor;
  }

  public static DocumentReader defaults() {
    return new DocumentReader(IdentityReader.defaults(), new TableExtractor());
  }

  public ReadOutcome read(String sourceFile, byte[] content) {
    String sha256 = sha256(content);
    long bytes = content.length;
    if (content.length == 0) {
      return new ReadOutcome.Rejected(sourceFile, sha256, bytes, "empty file");
    }
    Optional<String> text = decode(content);
    if (text.isEmpty()) {
      return new ReadOutcome.Rejected(sourceFile, sha256, bytes, "not UTF-8 text");
    }
    if (looksBinary(text.get())) {
      return new ReadOutcome.Rejected(sourceFile, sha256, bytes, "binary content, not a text document");
    }
    if (text.get().isBlank()) {
      return new ReadOutcome.Rejected(sourceFile, sha256, bytes, "no text (only whitespace)");
    }
    List<String> lines = lines(text.get());
    IdentityReader.Result identity = identityReader.read(lines);
    if (identity.identity().isEmpty()) {
      return new ReadOutcome.Rejected(sourceFile, sha256, bytes, identity.problem());
    }
    List<ExtractedTable> tables;
    try {
      tables = tableExtractor.apply(lines);
    } catch (RuntimeException | StackOverflowError e) {
      // A defect in extraction must cost one document, recorded with its reason, never the batch.
      String reason = ("table extraction failed: " + e).replaceAll("\\s*\\R\\s*", " ");
      return new ReadOutcome.Rejected(sourceFile, sha256, bytes, reason);
    }
    return new ReadOutcome.Accepted(
        new ExtractedDocument(sourceFile, sha256, bytes, identity.identity().get(), lines, tables));
  }

  /** Splits into lines as {@code cat -n} numbers them: a final newline does not start a line. */
  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) == '\n') {
        lines.add(stripCarriageReturn(text.substring(start, i)));
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(stripCarriageReturn(text.substring(start)));
    }
    return lines;
  }

  private static String stripCarriageReturn(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static Optional<String> decode(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Valid UTF-8 can still be binary (a zip of ASCII bytes): NUL or many control characters say so. */
  private static boolean looksBinary(String text) {
    int controls = 0;
    int n = Math.min(text.length(), 64 * 1024);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    return controls > n / 100 + 1;
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash: SHA-256 is missing from this JVM", e);
    }
  }
}
