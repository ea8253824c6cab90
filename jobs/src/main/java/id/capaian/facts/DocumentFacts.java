package id.capaian.facts;

import java.util.List;

/**
 * Everything the facts stage reads from one document.
 *
 * @param facts the facts, conflicts flagged
 * @param skipped every non-empty data-table cell that gave no fact, with its reason
 */
public record DocumentFacts(List<Fact> facts, List<SkippedCell> skipped) {
  public DocumentFacts {
    facts = List.copyOf(facts);
    skipped = List.copyOf(skipped);
  }

  /** Numeric data-table cells that became facts, over all numeric data-table cells (1.0 when none). */
  public double coverage() {
    long factCells =
        facts.stream().filter(f -> f.tableNo() != null)
            .map(f -> f.tableNo() + ":" + f.rowNo() + ":" + f.colNo()).distinct().count();
    long lost = skipped.stream().filter(s -> s.reason().numeric()).count();
    return factCells + lost == 0 ? 1.0 : (double) factCells / (factCells + lost);
  }
}
