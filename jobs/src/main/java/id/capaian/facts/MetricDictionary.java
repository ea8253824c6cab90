package id.capaian.facts;

import id.capaian.reference.CsvTable;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Maps an indicator's printed wording to the canonical metric vocabulary through the patterns of
 * {@code data/dictionary/metrics.csv}, first match wins. Patterns see the indicator in its normal form
 * ({@link Texts#norm}); a rule's context, when given, must also match the table's title or the row's
 * unit ({@code %} there means the row holds percentages). An indicator no rule matches has no metric.
 */
public final class MetricDictionary {
  private static final String RESOURCE = "/data/dictionary/metrics.csv";
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[:;.,]+$");
  private static volatile MetricDictionary defaults;

  private final List<Rule> rules;

  /**
   * One row of the dictionary.
   *
   * @param required text every match contains ({@link RequiredLiterals}): an indicator without it is
   *     not matched against the regex
   */
  record Rule(String metric, Pattern pattern, String context, List<String> required) {
    Rule(String metric, Pattern pattern, String context) {
      this(metric, pattern, context, RequiredLiterals.of(pattern.pattern()));
    }
  }

  MetricDictionary(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static MetricDictionary defaults() {
    MetricDictionary local = defaults;
    if (local == null) {
      synchronized (MetricDictionary.class) {
        local = defaults;
        if (local == null) {
          local = load(MetricDictionary.class.getResourceAsStream(RESOURCE));
          defaults = local;
        }
      }
    }
    return local;
  }

  public static MetricDictionary load(InputStream in) {
    List<Rule> rules = new ArrayList<>();
    for (CsvTable.Line f : CsvTable.read(in, "the metric dictionary", RESOURCE, "metric,pattern,context", 3)) {
      rules.add(new Rule(f.get(0).trim(), Pattern.compile(f.get(1).trim()), f.get(2).trim()));
    }
    return new MetricDictionary(rules);
  }

  /**
   * The metric of an indicator, or null.
   *
   * @param indicator the indicator's text as printed
   * @param title the table's title (context for short indicators), may be empty
   * @param unit the row's unit or the value's unit ("%", "orang"), may be null
   */
  public String metricOf(String indicator, String title, String unit) {
    String norm = TRAILING_PUNCTUATION.matcher(Texts.norm(indicator)).replaceAll("").trim();
    if (norm.isEmpty()) {
      return null;
    }
    String titleNorm = null; // read only when a rule needs the title: most match or fail on the indicator
    for (Rule rule : rules) {
      if (!RequiredLiterals.allIn(rule.required(), norm) || !rule.pattern().matcher(norm).find()) {
        continue;
      }
      if (rule.context().isEmpty()) {
        return rule.metric();
      }
      if (rule.context().equals("%")) {
        if ("%".equals(unit)) {
          return rule.metric();
        }
        continue;
      }
      if (titleNorm == null) {
        titleNorm = Texts.norm(title);
      }
      if (titleNorm.contains(rule.context())) {
        return rule.metric();
      }
    }
    return null;
  }

  /** The metrics this dictionary can produce (for tests). */
  List<String> metrics() {
    return rules.stream().map(Rule::metric).distinct().toList();
  }
}
