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
 * Facts stated in prose: every paragraph outside the tables is matched against the key-sentence
 * patterns. A fact's year is the nearest year its line names before the number ("Pada tahun 2016
 * jumlah koperasi adalah 778 unit"), else the last year the earlier lines of the same wrapped sentence
 * name, else the document's plan year; the last two are flagged {@code derived_year}.
 */
final class SentenceFacts {
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})(?![\\d]|[.,]\\d)");
  /**
   * An amount's spelled-out words right after it ("Rp 1.250.000,- (satu juta dua ratus lima puluh ribu
   * rupiah)"): read with the number so the parser can say when the words disagree with the numeral.
   */
  private static final Pattern SPELLED_AFTER =
      Pattern.compile("\\G(?:,-|,00|,00,-)?\\s*\\((?=[^)]*\\b(?:ribu|juta|milyar|miliar|triliun|rupiah)\\b)[a-z ]+\\)");
  /** Budget-stage words a pagu sentence may name before its amount; the nearest one to the amount counts. */
  private static final Pattern STAGE_WORD = Pattern.compile(
      "sebelum perubahan|\\b(?:induk|murni|semula)\\b|\\b(?:perubahan|p-apbd|apbd-p|papbd|apbdp)\\b"
          + "|\\bprakiraan\\b|\\b(?:ranwal|rankhir|rancangan(?: awal| akhir)?) rkpd\\b");

  private final SentencePatterns patterns;
  private final ValueParser parser;

  SentenceFacts(SentencePatterns patterns, ValueParser parser) {
    this.patterns = patterns;
    this.parser = parser;
  }

  /** Facts of one prose paragraph; each fact stands on the line its number stands on. */
  List<Fact> read(String docId, Paragraphs.Paragraph paragraph, List<String> lines, Integer planYear) {
    List<Fact> facts = new ArrayList<>();
    String norm = paragraph.text();
    if (!Texts.hasDigit(norm)) {
      return facts;
    }
    for (SentencePatterns.Rule rule : patterns.rules()) {
      if (!rule.mayMatch(norm)) {
        continue;
      }
      Matcher m = rule.pattern().matcher(norm);
      while (m.find()) {
        Expect expect = expect(rule, m.group());
        ParseResult result = parse(norm, m, expect);
        if (result == null) {
          continue;
        }
        ParsedValue value = result.values().get(0);
        Set<String> flags = new HashSet<>(value.flags());
        flags.add("prose");
        int valueAt = m.start("v");
        int lineIndex = paragraph.lineIndexAt(valueAt);
        Integer year = yearBetween(norm, paragraph.starts()[lineIndex], valueAt);
        // A sentence wrapped over lines keeps the year its earlier lines named, not a year of a sentence
        // before it: "Sampai akhir tahun 2024 ... unit," / "dan koperasi aktif sebanyak 987 unit."
        for (int i = lineIndex - 1; year == null && i >= 0 && !endsSentence(norm, paragraph, i); i--) {
          year = yearBetween(norm, paragraph.starts()[i], paragraph.starts()[i + 1]);
          if (year != null) {
            flags.add("derived_year"); // not printed on the number's line
          }
        }
        if (year == null) {
          year = planYear;
          if (year != null) {
            flags.add("derived_year");
          }
        }
        int lineNo = paragraph.lineAt(m.start("v"));
        String line = lines.get(lineNo - 1);
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
                stage(rule, norm, m),
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

  /**
   * The value of a match; an amount followed by its spelled-out words is read with them, so the fact
   * keeps the printed numeral and the flag when the words say another amount. Null when unreadable.
   */
  private ParseResult parse(String norm, Matcher m, Expect expect) {
    String text = m.group("v");
    if (expect == Expect.RUPIAH) {
      Matcher words = SPELLED_AFTER.matcher(norm);
      words.region(m.end("v"), norm.length());
      if (words.lookingAt()) {
        ParseResult withWords = tryParse(norm.substring(m.start("v"), words.end()), expect);
        if (withWords != null) {
          return withWords;
        }
      }
    }
    return tryParse(text, expect);
  }

  private ParseResult tryParse(String text, Expect expect) {
    try {
      ParseResult result = parser.parse(text, expect);
      return result.status() == ParseResult.Status.VALUES && !result.values().isEmpty() ? result : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * A pagu's stage: the pattern's own, else the stage word of its sentence nearest before the amount
   * ("alokasi anggaran pada APBD Perubahan sebesar ..."), else none (the sentence does not say).
   */
  private static String stage(SentencePatterns.Rule rule, String norm, Matcher m) {
    if (rule.stage() != null || !"pagu".equals(rule.measure())) {
      return rule.stage();
    }
    Matcher w = STAGE_WORD.matcher(norm);
    w.region(sentenceStart(norm, m.start()), m.start("v"));
    String word = null;
    while (w.find()) {
      word = w.group();
    }
    if (word == null) {
      return null;
    }
    if (word.equals("sebelum perubahan") || word.matches("induk|murni|semula")) {
      return "induk";
    }
    if (word.equals("prakiraan")) {
      return "prakiraan";
    }
    return word.endsWith("rkpd") ? "rancangan" : "perubahan";
  }

  /** Where the sentence holding {@code pos} starts: after the last full stop, colon or semicolon. */
  private static int sentenceStart(String text, int pos) {
    for (int i = pos - 1; i > 0; i--) {
      char c = text.charAt(i);
      boolean stop = c == ':' || c == ';' || c == '!' || c == '?'
          || (c == '.' && !Character.isDigit(text.charAt(i - 1)) && !text.startsWith("rp", Math.max(0, i - 2)));
      if (stop && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
        return i + 1;
      }
    }
    return 0;
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

  /** The last year named in {@code text[from, to)}, or null. */
  private static Integer yearBetween(String text, int from, int to) {
    Matcher m = YEAR.matcher(text);
    m.region(from, to);
    Integer year = null;
    while (m.find()) {
      year = Integer.parseInt(m.group(1));
    }
    return year;
  }

  /** Whether the paragraph's line {@code i} ends a sentence (. : ! ?). */
  private static boolean endsSentence(String text, Paragraphs.Paragraph paragraph, int i) {
    int end = i + 1 < paragraph.starts().length ? paragraph.starts()[i + 1] : text.length();
    String line = text.substring(paragraph.starts()[i], end).strip();
    return line.endsWith(".") || line.endsWith(":") || line.endsWith("!") || line.endsWith("?");
  }
}
