package id.capaian.analytics;

import java.io.Serializable;
import java.util.List;

/**
 * One value offered for a {@link MetricKey}: a printed fact, or the sum of a parent's printed children
 * ({@link Origin#DERIVED_SUM}, no fact id).
 *
 * @param decimals decimals the value was printed with (its rounding)
 * @param rawText the printed text, or for a sum which children were added
 */
public record Candidate(
    MetricKey key,
    String factId,
    String docId,
    String sourceFile,
    String docType,
    Integer docYear,
    boolean reportOfYear,
    Integer tableNo,
    String tableLabel,
    Integer rowNo,
    int sourceLine,
    double value,
    int decimals,
    String unit,
    String rawText,
    List<String> flags,
    Origin origin)
    implements Serializable {

  /** Flags that make a printed number a weaker witness than one printed plainly. */
  static final List<String> WEAK_FLAGS =
      List.of("derived_year", "range_low", "range_high", "estimate", "multi_value", "cumulative");

  public Candidate {
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  public static Candidate of(FactRow fact, MetricKey key) {
    boolean report = "realisasi".equals(key.measure())
        && fact.reportYear() != null && fact.reportYear() == key.year();
    return new Candidate(
        key, fact.factId(), fact.docId(), fact.sourceFile(), fact.docType(), fact.docYear(), report,
        fact.tableNo(), fact.tableLabel(), fact.rowNo(), fact.sourceLine(), fact.value(), fact.decimals(),
        fact.unit(), fact.rawText(), fact.flags(), fact.fromTable() ? Origin.TABLE : Origin.PROSE);
  }

  public boolean malformed() {
    return flags.contains(FactRow.MALFORMED);
  }

  public boolean derived() {
    return origin == Origin.DERIVED_SUM;
  }

  public boolean weak() {
    return flags.stream().anyMatch(WEAK_FLAGS::contains);
  }

  public boolean agreesWith(Candidate other) {
    return Rounding.agree(value, decimals, other.value, other.decimals);
  }

  public Candidate withKey(MetricKey newKey) {
    return new Candidate(newKey, factId, docId, sourceFile, docType, docYear, reportOfYear, tableNo,
        tableLabel, rowNo, sourceLine, value, decimals, unit, rawText, flags, origin);
  }

  public String where() {
    return origin == Origin.DERIVED_SUM
        ? "sum of rows in " + tableLabel
        : (tableLabel != null ? tableLabel : "prose") + " line " + sourceLine;
  }
}
