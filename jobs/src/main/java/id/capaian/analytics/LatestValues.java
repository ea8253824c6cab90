package id.capaian.analytics;

import java.util.List;

/**
 * The latest realisasi and the latest target of one region's metric and budget line, with their years.
 * For anggaran the target is the pagu; of a year's stages the final one counts (perubahan, induk,
 * unstaged, penetapan, rancangan, prakiraan).
 */
public final class LatestValues {
  static final List<String> PAGU_STAGES =
      java.util.Arrays.asList("perubahan", "induk", null, "penetapan", "rancangan", "prakiraan");

  /** One row of {@code latest_values}. */
  public record Row(MetricKey line, String unit, Double realisasi, Integer realisasiYear, Double target,
      Integer targetYear, String targetStage) {}

  private LatestValues() {}

  /** The latest values of one (region, metric, level, kode, item): all its reconciled values. */
  public static Row of(List<Reconciled> values) {
    Reconciled realisasi = null;
    Reconciled target = null;
    for (Reconciled r : values) {
      MetricKey k = r.key();
      if (k.measure().equals("realisasi")) {
        if (realisasi == null || k.year() > realisasi.key().year()) {
          realisasi = r;
        }
      }
      boolean isTarget = MetricKey.ANGGARAN.equals(k.metric()) ? k.measure().equals("pagu") : k.measure().equals("target");
      if (isTarget && (target == null || later(r, target))) {
        target = r;
      }
    }
    if (realisasi == null && target == null) {
      return null;
    }
    Reconciled any = realisasi != null ? realisasi : target;
    String unit = target != null && target.chosen().unit() != null ? target.chosen().unit()
        : any.chosen().unit();
    return new Row(any.key().unstaged(), unit,
        realisasi == null ? null : realisasi.value(), realisasi == null ? null : realisasi.key().year(),
        target == null ? null : target.value(), target == null ? null : target.key().year(),
        target == null ? null : target.key().stage());
  }

  private static boolean later(Reconciled a, Reconciled b) {
    if (a.key().year() != b.key().year()) {
      return a.key().year() > b.key().year();
    }
    int ia = PAGU_STAGES.indexOf(a.key().stage());
    int ib = PAGU_STAGES.indexOf(b.key().stage());
    return (ia < 0 ? 99 : ia) < (ib < 0 ? 99 : ib);
  }
}
