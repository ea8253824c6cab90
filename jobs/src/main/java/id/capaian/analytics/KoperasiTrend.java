package id.capaian.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Cooperatives of one region per year: counts, the printed percent aktif and the percent recomputed
 * from the counts side by side (Semarang 2016: 686 of 778 is 88.17% where the table prints 78.5), with
 * breaks and growth over the printed percentage series.
 */
public final class KoperasiTrend {
  static final String JUMLAH = "koperasi_jumlah";
  static final String AKTIF = "koperasi_aktif";
  static final String TIDAK_AKTIF = "koperasi_tidak_aktif";
  static final String PCT = "koperasi_aktif_pct";
  static final List<String> METRICS = List.of(JUMLAH, AKTIF, TIDAK_AKTIF, PCT);

  /** One row of {@code trend_koperasi_aktif}. */
  public record Row(String regionCode, int year, Double jumlah, Double aktif, Double tidakAktif,
      Double pctTarget, Double pctRealisasi, Double pctCapaian, Double pctFromCounts, Double capaianRecomputed,
      Double yoyChange, int segment, boolean breakBefore, String breakReason, Double cagrPct, boolean conflict) {}

  private KoperasiTrend() {}

  public static List<Row> of(RegionValues v) {
    List<Series.Point> points = new ArrayList<>();
    for (int year : v.years(List.of(PCT))) {
      Double t = v.value(PCT, "target", year);
      Double r = v.value(PCT, "realisasi", year);
      if (t != null || r != null) {
        points.add(new Series.Point(year, t, r));
      }
    }
    List<Series.Mark> marks = Series.mark(points, Series.Kind.LEVEL);
    List<Row> rows = new ArrayList<>();
    int segment = 1;
    for (int year : v.years(METRICS)) {
      Double jumlah = v.value(JUMLAH, "realisasi", year);
      Double aktif = v.value(AKTIF, "realisasi", year);
      Double tidak = v.value(TIDAK_AKTIF, "realisasi", year);
      Double target = v.value(PCT, "target", year);
      Double realisasi = v.value(PCT, "realisasi", year);
      Double capaian = v.value(PCT, "capaian", year);
      Double base = jumlah != null ? jumlah : (aktif != null && tidak != null ? aktif + tidak : null);
      Double fromCounts = aktif != null && base != null && base > 0 ? Rounding.round(100 * aktif / base, 2) : null;
      Double recomputed = realisasi != null && target != null && target != 0
          ? Rounding.round(100 * realisasi / target, 2) : null;
      Series.Mark mark = Series.of(marks, year);
      if (mark != null) {
        segment = mark.segment();
      }
      boolean conflict = false;
      for (String metric : METRICS) {
        for (String measure : List.of("target", "realisasi", "capaian")) {
          conflict |= v.conflict(metric, measure, year);
        }
      }
      if (jumlah == null && aktif == null && tidak == null && target == null && realisasi == null && capaian == null) {
        continue;
      }
      rows.add(new Row(v.regionCode(), year, jumlah, aktif, tidak, target, realisasi, capaian, fromCounts,
          recomputed, mark == null ? null : mark.yoyChange(), segment, mark != null && mark.breakBefore(),
          mark == null ? null : mark.breakReason(), mark == null ? null : mark.cagrPct(), conflict));
    }
    return rows;
  }
}
