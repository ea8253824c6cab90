package id.capaian.analytics;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One data-quality finding (a row of {@code dq_findings}).
 *
 * @param findingId stable id: hash of the check, documents, key, subject and values, never of line
 *     numbers, so a baseline survives a re-extraction that moves lines
 * @param relatedDocId the other document of a cross-document finding, else null
 * @param sourceLines the lines of the numbers involved
 * @param expected what the check computed or the other source printed
 * @param actual what was printed
 */
public record Finding(
    String findingId,
    String docId,
    String sourceFile,
    String relatedDocId,
    String regionCode,
    DqCheck check,
    String metric,
    String measure,
    Integer year,
    String kode,
    String message,
    List<Integer> sourceLines,
    Double expected,
    Double actual)
    implements Serializable {

  public Finding {
    sourceLines = List.copyOf(new TreeSet<>(sourceLines));
  }

  public static Finding of(
      DqCheck check, String docId, String sourceFile, String relatedDocId, String regionCode,
      String metric, String measure, Integer year, String kode, String subject, String message,
      List<Integer> sourceLines, Double expected, Double actual) {
    String id =
        hash(String.join("|", check.label(), docId, String.valueOf(relatedDocId), String.valueOf(metric),
            String.valueOf(measure), String.valueOf(year), String.valueOf(kode), String.valueOf(subject),
            expected == null ? "" : Numbers.show(expected), actual == null ? "" : Numbers.show(actual)));
    return new Finding(id, docId, sourceFile, relatedDocId, regionCode, check, metric, measure, year, kode,
        message, sourceLines, expected, actual);
  }

  public String severity() {
    return check.severity().label();
  }

  Finding withId(String id) {
    return new Finding(id, docId, sourceFile, relatedDocId, regionCode, check, metric, measure, year, kode,
        message, sourceLines, expected, actual);
  }

  /** Findings with equal content get ids made unique by their order (first lines first). */
  public static List<Finding> uniqueIds(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(
        java.util.Comparator.comparing(Finding::findingId)
            .thenComparing(f -> f.sourceLines().toString())
            .thenComparing(Finding::message));
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<Finding> out = new ArrayList<>();
    for (Finding f : sorted) {
      int n = seen.merge(f.findingId(), 1, Integer::sum);
      out.add(n == 1 ? f : f.withId(f.findingId() + "-" + n));
    }
    return out;
  }

  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
