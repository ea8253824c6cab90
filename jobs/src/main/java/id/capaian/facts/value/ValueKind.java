package id.capaian.facts.value;

/** What a parsed number is. */
public enum ValueKind {
  /** A percentage, as printed (76,64% is 76.64). */
  PERCENT,
  /** A Rupiah amount in rupiah, scales applied. */
  RUPIAH,
  /** A count of things; the unit word says of what. */
  COUNT,
  /** A score (Nilai AKIP), possibly with a letter grade. */
  SCORE,
  /** A number with nothing to say what it is. */
  NUMBER
}
