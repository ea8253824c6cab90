package id.capaian.facts;

import id.capaian.facts.value.Expect;
import java.util.Set;

/**
 * What the numbers of one column mean, read from its header path.
 *
 * @param role what the column holds
 * @param measure target, realisasi, capaian, proyeksi, pertumbuhan_pct; pagu, realisasi, serapan_pct,
 *     efisiensi for budget columns; null when the header names none
 * @param year the year the column's numbers are for, or null
 * @param stage budget stage of a pagu column (induk, perubahan, rancangan, penetapan, prakiraan), or null
 * @param budget whether the column holds Rupiah budget figures (metric anggaran)
 * @param period for an indicator column headed with a plan period ("Indikator Kinerja 2016-2021"),
 *     {start, end}; else null
 * @param expect what the parser should expect in the column's cells
 * @param flags why the meaning needs care: derived_year, year_from_caption, cumulative, estimate,
 *     period_total
 */
public record ColumnMeaning(
    ColumnRole role,
    String measure,
    Integer year,
    String stage,
    boolean budget,
    int[] period,
    Expect expect,
    Set<String> flags) {

  public ColumnMeaning {
    flags = Set.copyOf(flags);
  }

  static ColumnMeaning label(ColumnRole role, int[] period) {
    return new ColumnMeaning(role, null, null, null, false, period, Expect.ANY, Set.of());
  }
}
