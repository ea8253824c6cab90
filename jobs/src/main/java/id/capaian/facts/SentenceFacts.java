package id.capaian.facts;

import id.capaian.facts.value.Expect;
import id.capaian.facts.value.ParseResult;
import id.capaian.facts.value.ParsedValue;
import id.capaian.facts.value.ValueParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts stated in prose: every line outside the tables is matched against the key-sentence patterns.
 * A fact's year is the nearest year the line names before the number ("Pada tahun 2016 jumlah koperasi
 * adalah 778 unit"), else the document's plan year, flagged {@code derived_year}.
 */
final class SentenceFacts {
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})(?![\\d]|[.,]\\d)");

  private final SentencePatterns patterns;
  private final ValueParser parser;

  SentenceFacts(SentencePatterns patterns, ValueParser parser) {
    this.patterns = patterns;
    this.parser = parser;
  }

  /** Facts of one prose line. */
  List<Fact> read(String docId, int lineNo, String line, Integer planYear) {
    return read(docId, lineNo, line, planYear, null);
  }

  /**
   * Facts of one prose line that continues a sentence whose earlier lines last named {@code
   * paragraphYear} (null for none): a line that names no year before its number takes that year, before
   * the plan year.
   */
  List<Fact> read(String docId, int lineNo, String line, Integer planYear, Integer paragraphYear) {
    List<Fact> facts = new ArrayList<>();
    String norm = Texts.norm(line);
    if (!Texts.hasDigit(norm)) {
      return facts;
    }
    for (SentencePatterns.Rule rule : patterns.rules()) {
      Matcher m = rule.pattern().matcher(norm);
      while (m.find()) {
        String text = m.group("v");
        Expect expect = expect(rule, m.group());
        ParseResult result;
        try {
          result = parser.parse(text, expect);
        } catch (RuntimeException e) {
          continue;
        }
        if (result.status() != ParseResult.Status.VALUES || result.values().isEmpty()) {
          continue;
        }
        ParsedValue value = result.values().get(0);
        Set<String> flags = new HashSet<>(value.flags());
        flags.add("prose");
        Integer year = yearBefore(norm, m.start("v"));
        if (year == null && paragraphYear != null) {
          year = paragraphYear;
          flags.add("derived_year"); // not printed beside the number
        }
        if (year == null) {
          year = planYear;
          if (year != null) {
            flags.add("derived_year");
          }
        }
        facts.add(
            new Fact(
                FactIds.of(docId, "line", lineNo, rule.id(), m.start("v")),
                null,
                null,
                null,
                lineNo,
                rule.level(),
                null,
                null,
                m.group().trim(),
                rule.metric(),
                rule.measure(),
                rule.stage(),
                year,
                value.value(),
                unit(rule, expect, value),
                null,
                line.trim(),
                List.copyOf(flags)));
      }
    }
    return facts;
  }

  private static Expect expect(SentencePatterns.Rule rule, String matched) {
    if (rule.measure().endsWith("_pct") || rule.metric().endsWith("_pct")) {
      return Expect.PERCENT;
    }
    if (rule.metric().equals("anggaran")) {
      return Expect.RUPIAH;
    }
    if (rule.metric().startsWith("nilai")) {
      return Expect.SCORE;
    }
    return Expect.COUNT;
  }

  private static String unit(SentencePatterns.Rule rule, Expect expect, ParsedValue value) {
    return switch (expect) {
      case PERCENT -> "%";
      case RUPIAH -> "Rp";
      case SCORE -> "nilai";
      default -> value.unit() != null ? value.unit() : defaultUnit(rule.metric());
    };
  }

  private static String defaultUnit(String metric) {
    if (metric.startsWith("koperasi")) {
      return "unit";
    }
    if (metric.startsWith("penduduk")) {
      return "jiwa";
    }
    return "orang";
  }

  /** The last year a line names, else {@code otherwise}. */
  static Integer lastYear(String line, Integer otherwise) {
    Integer year = yearBefore(Texts.norm(line), Integer.MAX_VALUE);
    return year != null ? year : otherwise;
  }

  private static Integer yearBefore(String text, int end) {
    Matcher m = YEAR.matcher(text);
    Integer year = null;
    while (m.find() && m.start() < end) {
      year = Integer.parseInt(m.group(1));
    }
    return year;
  }
}
