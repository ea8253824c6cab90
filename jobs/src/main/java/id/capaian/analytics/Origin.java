package id.capaian.analytics;

/** Where a candidate value comes from, in precedence order within a document. */
public enum Origin {
  /** A number printed in a table. */
  TABLE,
  /** A number printed in a sentence. */
  PROSE,
  /** The sum of a parent's printed children, computed here. */
  DERIVED_SUM;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
