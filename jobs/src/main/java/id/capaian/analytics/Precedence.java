package id.capaian.analytics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The order in which candidates of one key win, as a list of named rules; the first rule that separates
 * two candidates decides, and its name says why the winner won:
 *
 * <ol>
 *   <li>{@code not_malformed}: a value flagged malformed never wins over one that is not;
 *   <li>{@code report_of_year}: for realisasi, the report on that year (LKjIP) beats a plan quoting it;
 *   <li>{@code later_document}: a document written later beats an earlier one;
 *   <li>{@code table_over_prose}, {@code total_over_sum}: a table beats prose repeating it, and any
 *       printed number beats a sum of children computed here;
 *   <li>{@code unflagged}: a number printed plainly beats one whose year was derived, or that is one end
 *       of a range, an estimate or cumulative;
 *   <li>{@code most_repeated}: the value printed more often (within rounding) beats one printed less;
 *   <li>{@code first_printed}: otherwise, the first printed (document id, table, line), so reruns agree.
 * </ol>
 */
public final class Precedence {
  /** One named rule. */
  record Rule(String name, Comparator<Candidate> order) {}

  /** Where a candidate was printed (document, table, line), then its id and text: a total order. */
  static final Comparator<Candidate> FIRST_PRINTED =
      Comparator.comparing(Candidate::docId)
          .thenComparing(Candidate::tableNo, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingInt(Candidate::sourceLine)
          .thenComparing(c -> c.factId() == null ? "" : c.factId())
          .thenComparing(Candidate::rawText, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final List<Rule> rules;

  /** The precedence within one group, where {@code support} counts the candidates agreeing with each. */
  Precedence(Map<Candidate, Integer> support) {
    ToIntFunction<Candidate> supportOf = c -> support.getOrDefault(c, 1);
    this.rules =
        List.of(
            new Rule("not_malformed", Comparator.comparing(Candidate::malformed)),
            new Rule("report_of_year", Comparator.comparing((Candidate c) -> !c.reportOfYear())),
            new Rule(
                "later_document",
                Comparator.comparing(
                    Candidate::docYear, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))),
            new Rule("origin", Comparator.comparing(Candidate::origin)),
            new Rule("unflagged", Comparator.comparing(Candidate::weak)),
            new Rule("most_repeated", Comparator.comparingInt(supportOf).reversed()),
            new Rule("first_printed", FIRST_PRINTED));
  }

  Comparator<Candidate> comparator() {
    Comparator<Candidate> all = rules.get(0).order();
    for (Rule rule : rules.subList(1, rules.size())) {
      all = all.thenComparing(rule.order());
    }
    return all;
  }

  /** The name of the rule by which {@code winner} beats {@code runnerUp}. */
  String why(Candidate winner, Candidate runnerUp) {
    for (Rule rule : rules) {
      if (rule.order().compare(winner, runnerUp) != 0) {
        if (rule.name().equals("origin")) {
          return runnerUp.origin() == Origin.DERIVED_SUM ? "total_over_sum" : "table_over_prose";
        }
        return rule.name();
      }
    }
    return "first_printed";
  }
}
