package id.capaian.facts.value;

/** What a parsed number is. */
public enum ValueKind {
  PERCENT,
  RUPIAH,
  COUNT,
  SCORE,
  NUMBER
}
