package id.capaian.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Regions side by side for one metric, measure, year and stage: rank within the province and overall
 * (1 = highest; ties share a rank) and the gap to the best. Only region-wide values take part (indicators
 * and the dinas budget), so every region is compared on the same footing.
 */
public final class RegionRanking {

  /** A region's value to rank: the chosen value of its key, and that value's unit. */
  public record Entry(String regionCode, String provinceCode, MetricKey key, double value, String unit) {

    public static Entry of(String provinceCode, Reconciled r) {
      return new Entry(r.key().regionCode(), provinceCode, r.key(), r.value(), r.chosen().unit());
    }
  }

  /** One row of {@code compare_regions}. */
  public record Row(MetricKey key, String provinceCode, double value, String unit, int rankInProvince,
      int nInProvince, int rankOverall, int nOverall, double bestValue, double gapToBest) {}

  private RegionRanking() {}

  /** Whether a reconciled value is region-wide, so comparable between regions. */
  public static boolean comparable(MetricKey key) {
    return key.kode() == null && key.item() == null && (key.level() == null || key.level().equals("dinas"));
  }

  /** Ranks the entries of one (metric, measure, year, stage). */
  public static List<Row> rank(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Entry::regionCode));
    double best = sorted.stream().mapToDouble(Entry::value).max().orElse(Double.NaN);
    List<Row> rows = new ArrayList<>();
    for (Entry e : sorted) {
      double v = e.value();
      int overall = 1 + (int) sorted.stream().filter(o -> o.value() > v).count();
      List<Entry> province = sorted.stream()
          .filter(o -> java.util.Objects.equals(o.provinceCode(), e.provinceCode())).toList();
      int inProvince = 1 + (int) province.stream().filter(o -> o.value() > v).count();
      rows.add(new Row(e.key(), e.provinceCode(), v, e.unit(), inProvince,
          province.size(), overall, sorted.size(), best, Rounding.round(best - v, 6)));
    }
    return rows;
  }
}
