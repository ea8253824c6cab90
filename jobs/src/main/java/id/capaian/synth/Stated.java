package id.capaian.synth;

import java.math.BigDecimal;

/**
 * A fact a generated document states, before it is placed on a line: what the facts stage must read
 * back (the columns of the gold file; null where the gold file would leave a cell empty).
 */
record Stated(
    String level,
    String kode,
    String metric,
    String measure,
    String stage,
    int year,
    BigDecimal value,
    String note) {

  static Stated indicator(String metric, String measure, int year, BigDecimal value, String note) {
    return new Stated(null, null, metric, measure, null, year, value, note);
  }

  static Stated budget(
      String level, String kode, String measure, String stage, int year, long value, String note) {
    return new Stated(level, kode, "anggaran", measure, stage, year, BigDecimal.valueOf(value), note);
  }

  static Stated serapan(String level, String kode, int year, BigDecimal value, String note) {
    return new Stated(level, kode, "anggaran", "serapan_pct", null, year, value, note);
  }
}
