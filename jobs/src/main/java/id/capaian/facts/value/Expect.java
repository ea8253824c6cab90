package id.capaian.facts.value;

/**
 * What the context says a cell holds (its column header, its row's unit), used to settle ambiguous
 * numbers: {@code 8.17} in a percent column is 8.17, {@code 1.050} among unit counts is 1050.
 */
public enum Expect {
  /** A percentage or ratio (header says %, capaian, persentase; or the value carries % / persen). */
  PERCENT,
  /** A Rupiah amount (pagu, anggaran, realisasi keuangan, Rp). */
  RUPIAH,
  /** A count of things (unit, orang, koperasi, dokumen). */
  COUNT,
  /** A score (Nilai AKIP, IKM). */
  SCORE,
  /** No context. */
  ANY
}
