package id.capaian.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The reconciled values of one region, looked up by metric, measure and year. */
public final class RegionValues implements java.io.Serializable {
  private final String regionCode;
  private final List<Reconciled> values;
  private final Map<String, Reconciled> indicators = new HashMap<>();

  public RegionValues(String regionCode, List<Reconciled> values) {
    this.regionCode = regionCode;
    // Sorted, so lookups that take "the first" give the same answer however the values were grouped.
    List<Reconciled> sorted = new java.util.ArrayList<>(values);
    sorted.sort(java.util.Comparator.comparing(Reconciled::key));
    this.values = List.copyOf(sorted);
    for (Reconciled r : this.values) {
      MetricKey k = r.key();
      if (k.level() == null && k.kode() == null && k.stage() == null && k.item() == null) {
        indicators.put(k.metric() + "|" + k.measure() + "|" + k.year(), r);
      }
    }
  }

  public String regionCode() {
    return regionCode;
  }

  public List<Reconciled> all() {
    return values;
  }

  /** The region-wide value of an indicator, or null. */
  public Reconciled indicator(String metric, String measure, int year) {
    return indicators.get(metric + "|" + measure + "|" + year);
  }

  public Double value(String metric, String measure, int year) {
    Reconciled r = indicator(metric, measure, year);
    return r == null ? null : r.value();
  }

  public boolean conflict(String metric, String measure, int year) {
    Reconciled r = indicator(metric, measure, year);
    return r != null && r.conflict();
  }

  /** The years any of the metrics has an indicator value. */
  public TreeSet<Integer> years(List<String> metrics) {
    TreeSet<Integer> years = new TreeSet<>();
    for (Reconciled r : values) {
      if (metrics.contains(r.key().metric()) && r.key().level() == null && r.key().kode() == null) {
        years.add(r.key().year());
      }
    }
    return years;
  }

  /** The unit of an indicator's values (that of its first value found), or null. */
  public String unit(String metric) {
    return values.stream()
        .filter(r -> r.key().metric().equals(metric) && r.key().level() == null)
        .map(r -> r.chosen().unit())
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }
}
