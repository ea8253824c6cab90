package id.capaian.facts;

/**
 * A non-empty cell of a data table that gave no fact, with the reason (one row of {@code
 * facts_skipped}).
 *
 * @param reason why no fact; see {@link SkipReason}
 */
public record SkippedCell(
    int tableNo, int rowNo, int colNo, int sourceLine, String headerPath, String text, SkipReason reason) {}
