package id.capaian.analytics;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * What a reconciled value is about: region, metric, measure, year, and for budget lines the level,
 * code, stage and item. An indicator metric (anything but {@code anggaran}) describes the whole region
 * whichever program row prints it, so its level, code and item are null: the same percentage printed
 * under two programs is one value.
 */
public record MetricKey(
    String regionCode,
    String metric,
    String measure,
    int year,
    String level,
    String kode,
    String stage,
    String item)
    implements Serializable, Comparable<MetricKey> {

  public static final String ANGGARAN = "anggaran";

  private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
  private static final Comparator<MetricKey> ORDER =
      Comparator.comparing(MetricKey::regionCode)
          .thenComparing(MetricKey::metric)
          .thenComparing(MetricKey::measure)
          .thenComparingInt(MetricKey::year)
          .thenComparing(MetricKey::level, NULLS_FIRST)
          .thenComparing(MetricKey::kode, NULLS_FIRST)
          .thenComparing(MetricKey::stage, NULLS_FIRST)
          .thenComparing(MetricKey::item, NULLS_FIRST);

  /** Budget measures that are amounts of money. */
  static final java.util.List<String> AMOUNTS = java.util.List.of("pagu", "realisasi", "efisiensi");

  /**
   * The key of a fact, or null when the fact cannot be reconciled: no metric, measure or year; realisasi
   * dated later than its document could know (reported by the year_label check instead); a budget
   * amount in a unit other than Rupiah (a mislabelled column); a budget line with neither level, code
   * nor name to know it by.
   */
  public static MetricKey of(FactRow fact) {
    if (fact.metric() == null || fact.measure() == null || fact.year() == null || fact.regionCode() == null) {
      return null;
    }
    Integer knowable = DocumentChecks.latestKnowable(fact);
    if ("realisasi".equals(fact.measure()) && knowable != null && fact.year() > knowable) {
      return null; // a realisasi the document could not know yet: a year label problem (year_label)
    }
    if (percentage(fact) && "Rp".equals(fact.unit())) {
      return null; // a Rupiah amount read into a percentage column
    }
    if (!ANGGARAN.equals(fact.metric())) {
      return new MetricKey(fact.regionCode(), fact.metric(), fact.measure(), fact.year(), null, null, null, null);
    }
    if (AMOUNTS.contains(fact.measure())
        && ((fact.unit() != null && !fact.unit().equals("Rp")) || fact.has("grade"))) {
      return null; // a percentage, count or graded score read into a Rupiah column
    }
    // A dinas of Koperasi and UMKM has one urusan: its urusan total is the dinas total, which no
    // program code identifies.
    boolean total = "urusan".equals(fact.level()) || "dinas".equals(fact.level());
    String level = total ? "dinas" : fact.level();
    String kode = total ? null : fact.kode();
    // A sasaran carries one budget per indicator: its rows are told apart by the indicator.
    boolean goal = "sasaran".equals(level) || "tujuan".equals(level);
    String name = goal && fact.indicator() != null && fact.subject() != null
        ? fact.subject() + " / " + fact.indicator() : fact.subject();
    String item = item(level, kode, name);
    if (level == null && kode == null && item == null) {
      return null;
    }
    return new MetricKey(fact.regionCode(), fact.metric(), fact.measure(), fact.year(), level, kode, fact.stage(), item);
  }

  /** Whether the fact is a percentage by its metric or measure. */
  static boolean percentage(FactRow fact) {
    return fact.metric().endsWith("_pct") || fact.measure().equals("capaian") || fact.measure().equals("serapan_pct");
  }

  /**
   * A budget line below the dinas that no code identifies (jenis belanja, a program printed without
   * its code, a line of no known level) is known by its name, normalised: lower case, words only.
   */
  static String item(String level, String kode, String subject) {
    if (kode != null || "dinas".equals(level) || subject == null) {
      return null;
    }
    String normalised =
        subject.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim().replaceAll("\\s+", " ");
    return normalised.isEmpty() ? null : normalised;
  }

  public MetricKey withStage(String newStage) {
    return new MetricKey(regionCode, metric, measure, year, level, kode, newStage, item);
  }

  /** The key without its stage: a value printed without stage may belong to a staged one. */
  public MetricKey unstaged() {
    return withStage(null);
  }

  public boolean sameLine(MetricKey other) {
    return Objects.equals(level, other.level) && Objects.equals(kode, other.kode) && Objects.equals(item, other.item);
  }

  @Override
  public int compareTo(MetricKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(metric).append(' ').append(measure).append(' ').append(year);
    if (level != null) {
      s.append(' ').append(level);
    }
    if (kode != null) {
      s.append(' ').append(kode);
    }
    if (item != null) {
      s.append(" '").append(item).append('\'');
    }
    if (stage != null) {
      s.append(" (").append(stage).append(')');
    }
    return s.toString();
  }
}
