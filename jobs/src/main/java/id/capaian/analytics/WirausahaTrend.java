package id.capaian.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Every wirausaha variant of one region per year: target against realisasi, achievement recomputed, and
 * for the wirausaha ratio its numerator (entrepreneurs) and denominator (productive-age population) with
 * the ratio recomputed from them (Depok 2023: 10167 / 1371808 = 0.74%).
 */
public final class WirausahaTrend {
  static final List<String> METRICS = List.of(
      "wirausaha_pct", "usaha_mikro_wirausaha_pct", "wirausaha_baru_pertumbuhan_pct",
      "wirausaha_pertumbuhan_pct", "wirausaha_jumlah", "wirausaha_baru_jumlah");
  static final String NUMERATOR = "wirausaha_jumlah";
  static final String DENOMINATOR = "penduduk_usia_produktif";

  /** One row of {@code trend_wirausaha}. */
  public record Row(String regionCode, String metric, int year, String unit, Double target, Double realisasi,
      Double capaianPrinted, Double capaianRecomputed, Double numerator, Double denominator,
      Double ratioRecomputed, Double yoyChange, int segment, boolean breakBefore, String breakReason,
      Double cagrPct, boolean conflict) {}

  private WirausahaTrend() {}

  public static List<Row> of(RegionValues v) {
    List<Row> rows = new ArrayList<>();
    for (String metric : METRICS) {
      boolean ratio = metric.equals("wirausaha_pct");
      List<String> involved = ratio ? List.of(metric, NUMERATOR, DENOMINATOR) : List.of(metric);
      List<Series.Point> points = new ArrayList<>();
      for (int year : v.years(List.of(metric))) {
        Double t = v.value(metric, "target", year);
        Double r = v.value(metric, "realisasi", year);
        if (t != null || r != null) {
          points.add(new Series.Point(year, t, r));
        }
      }
      Series.Kind kind = metric.contains("pertumbuhan") ? Series.Kind.GROWTH_RATE : Series.Kind.LEVEL;
      List<Series.Mark> marks = Series.mark(points, kind);
      int segment = 1;
      for (int year : v.years(involved)) {
        Double target = v.value(metric, "target", year);
        Double realisasi = v.value(metric, "realisasi", year);
        Double capaian = v.value(metric, "capaian", year);
        Double num = ratio ? v.value(NUMERATOR, "realisasi", year) : null;
        Double den = ratio ? v.value(DENOMINATOR, "realisasi", year) : null;
        Double recomputedRatio = num != null && den != null && den > 0 ? Rounding.round(100 * num / den, 2) : null;
        if (target == null && realisasi == null && capaian == null && recomputedRatio == null) {
          continue;
        }
        Double recomputed = realisasi != null && target != null && target != 0
            ? Rounding.round(100 * realisasi / target, 2) : null;
        Series.Mark mark = Series.of(marks, year);
        if (mark != null) {
          segment = mark.segment();
        }
        boolean conflict = false;
        for (String m : involved) {
          for (String measure : List.of("target", "realisasi", "capaian")) {
            conflict |= v.conflict(m, measure, year);
          }
        }
        rows.add(new Row(v.regionCode(), metric, year, v.unit(metric), target, realisasi, capaian, recomputed,
            num, den, recomputedRatio, mark == null ? null : mark.yoyChange(), segment,
            mark != null && mark.breakBefore(), mark == null ? null : mark.breakReason(),
            mark == null ? null : mark.cagrPct(), conflict));
      }
    }
    return rows;
  }
}
