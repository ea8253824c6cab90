package id.capaian.facts;

import id.capaian.reference.CsvTable;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The key-sentence patterns of {@code data/dictionary/sentences.csv}: each says which metric and
 * measure a number in a sentence of that shape is. Patterns see the line in its normal form ({@link
 * Texts#norm}); {@code {NUM}} stands for a number and the named group {@code v} marks the value.
 */
public final class SentencePatterns {
  private static final String RESOURCE = "/data/dictionary/sentences.csv";
  /** A number; "9. 148.997.610" too (a space after the first separator, as PDF text gives it). */
  static final String NUM =
      "(?<![\\d.,])\\d{1,3}\\. \\d{3}\\.\\d{3}(?:\\.\\d{3})*(?![\\d])"
          + "|(?<![\\d.,])\\d{1,3}, \\d{3},\\d{3}(?:,\\d{3})*(?![\\d])|\\d[\\d.,]*\\d|\\d";
  private static volatile SentencePatterns defaults;

  private final List<Rule> rules;

  /**
   * One row of the file.
   *
   * @param required text every match contains ({@link RequiredLiterals}): a paragraph without it is
   *     not searched
   */
  record Rule(
      int id, String metric, String measure, String level, String stage, Pattern pattern, List<String> required) {
    /** Whether the pattern can match the text at all; false only where it certainly cannot. */
    boolean mayMatch(String text) {
      return RequiredLiterals.allIn(required, text);
    }
  }

  SentencePatterns(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static SentencePatterns defaults() {
    SentencePatterns local = defaults;
    if (local == null) {
      synchronized (SentencePatterns.class) {
        local = defaults;
        if (local == null) {
          local = load(SentencePatterns.class.getResourceAsStream(RESOURCE));
          defaults = local;
        }
      }
    }
    return local;
  }

  public static SentencePatterns load(InputStream in) {
    List<Rule> rules = new ArrayList<>();
    for (CsvTable.Line f : CsvTable.read(in, "the sentence patterns", RESOURCE, "metric,measure,level,stage,pattern", 5)) {
      String regex = f.get(4).replace("{NUM}", "(?:" + NUM + ")");
      rules.add(
          new Rule(f.number(), f.get(0).trim(), f.get(1).trim(), emptyToNull(f.get(2).trim()),
              emptyToNull(f.get(3).trim()), Pattern.compile(regex), RequiredLiterals.of(regex)));
    }
    return new SentencePatterns(rules);
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  List<Rule> rules() {
    return rules;
  }
}
