package id.capaian.facts;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One number a document states, typed, with what it measures and where it stands (one row of the
 * {@code facts} dataset).
 *
 * @param factId stable id (hash of the document and the number's position)
 * @param tableNo the table, null for prose
 * @param rowNo the body row, null for prose
 * @param colNo the column, null for prose
 * @param sourceLine the 1-based line the number stands on
 * @param level dinas, urusan, program, kegiatan, sub_kegiatan, jenis_belanja, tujuan, sasaran, or null
 * @param kode normalised nomenclature code, or null
 * @param subject the program, kegiatan or budget line the number is about, or null
 * @param indicator the indicator's printed text, or null
 * @param metric canonical metric, or null when the indicator maps to none
 * @param measure target, realisasi, capaian, proyeksi, pertumbuhan_pct; pagu, realisasi, serapan_pct,
 *     efisiensi for anggaran; or null
 * @param stage budget stage of a pagu, or null
 * @param year the year the number is for, or null
 * @param value the number
 * @param unit normalised unit, or null
 * @param headerPath the column's header, null for prose
 * @param rawText the cell or sentence text the number was read from
 * @param flags why the number needs care, sorted
 */
public record Fact(
    String factId,
    Integer tableNo,
    Integer rowNo,
    Integer colNo,
    int sourceLine,
    String level,
    String kode,
    String subject,
    String indicator,
    String metric,
    String measure,
    String stage,
    Integer year,
    double value,
    String unit,
    String headerPath,
    String rawText,
    List<String> flags) {

  public Fact {
    flags = List.copyOf(new TreeSet<>(flags));
  }

  public boolean has(String flag) {
    return flags.contains(flag);
  }

  /** This fact with more flags. */
  public Fact withFlags(Set<String> more) {
    TreeSet<String> all = new TreeSet<>(flags);
    all.addAll(more);
    return new Fact(factId, tableNo, rowNo, colNo, sourceLine, level, kode, subject, indicator, metric,
        measure, stage, year, value, unit, headerPath, rawText, List.copyOf(all));
  }
}
