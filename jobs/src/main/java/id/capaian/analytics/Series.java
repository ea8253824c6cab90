package id.capaian.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks, year-on-year change and compound growth of one yearly series of targets and realisasi.
 *
 * <p>A break is a change of definition, not a trend. Evidence of one between two consecutive years of
 * the series:
 *
 * <ul>
 *   <li>a target that falls by 5% or more (for a level, not a growth rate: plans do not lower the bar
 *       unless the base changed; Semarang's koperasi aktif 88.6 to 76);
 *   <li>a step (target to target, or realisasi to realisasi) of 10% or more that is over three times the
 *       series' usual step (the median of its other steps), or 25% or more where there are fewer than
 *       two other steps to compare with;
 *   <li>a plan whose first target lies 10% or more below the realisasi already reached, where that year
 *       printed no target of its own (Mojokerto: 94.7 realised, 70 targeted);
 *   <li>for budgets ({@link Kind#AMOUNT}), realisasi that halves or more than doubles in a year.
 * </ul>
 */
public final class Series {

  /** What the values are, which decides the break rules and how change is expressed. */
  public enum Kind {
    /** A level (a share, a count, a score): change in points, all rules. */
    LEVEL,
    /** A growth rate: change in points; targets may fall and realisasi may overshoot them. */
    GROWTH_RATE,
    /** A budget amount: change in percent; only halving or doubling breaks it. */
    AMOUNT
  }

  /** One year of the series; either value may be null. */
  public record Point(int year, Double target, Double realisasi) {}

  /**
   * What the series says of a year.
   *
   * @param yoyChange realisasi minus the previous year's (points), or percent change for amounts; null
   *     across a break or without the previous year
   * @param cagrPct compound annual growth of realisasi over the year's segment, in %
   */
  public record Mark(int year, int segment, boolean breakBefore, String breakReason, Double yoyChange,
      Double cagrPct) {}

  private Series() {}

  /** Marks each point (in year order, one per year). */
  public static List<Mark> mark(List<Point> points, Kind kind) {
    return mark(points, kind, java.util.Map.of());
  }

  /**
   * Marks each point, with breaks the caller knows of besides: a reason for a year breaks the series
   * before that year.
   */
  public static List<Mark> mark(List<Point> points, Kind kind, java.util.Map<Integer, String> knownBreaks) {
    List<Point> sorted = new ArrayList<>(points);
    sorted.sort(java.util.Comparator.comparingInt(Point::year));
    int n = sorted.size();
    String[] reasons = new String[n];
    for (int i = 1; i < n; i++) {
      reasons[i] = knownBreaks.getOrDefault(sorted.get(i).year(), breakReason(sorted, i, kind));
    }
    int[] segments = new int[n];
    int segment = 1;
    for (int i = 0; i < n; i++) {
      if (reasons[i] != null) {
        segment++;
      }
      segments[i] = segment;
    }
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Point p = sorted.get(i);
      Double yoy = null;
      if (i > 0 && segments[i - 1] == segments[i] && sorted.get(i - 1).year() == p.year() - 1
          && p.realisasi() != null && sorted.get(i - 1).realisasi() != null) {
        double previous = sorted.get(i - 1).realisasi();
        if (kind == Kind.AMOUNT) {
          yoy = previous == 0 ? null : Rounding.round(100 * (p.realisasi() / previous - 1), 2);
        } else {
          yoy = Rounding.round(p.realisasi() - previous, 4);
        }
      }
      marks.add(new Mark(p.year(), segments[i], reasons[i] != null, reasons[i], yoy, cagr(sorted, segments,
          segments[i])));
    }
    return marks;
  }

  static String breakReason(List<Point> s, int i, Kind kind) {
    Point a = s.get(i - 1);
    Point b = s.get(i);
    if (kind == Kind.AMOUNT) {
      if (a.realisasi() != null && b.realisasi() != null && a.realisasi() > 0 && b.realisasi() > 0) {
        double ratio = b.realisasi() / a.realisasi();
        if (ratio > 2 || ratio <= 0.5) {
          return String.format("realisasi %s in %d to %s in %d: a change of scope, not a trend",
              Numbers.show(a.realisasi()), a.year(), Numbers.show(b.realisasi()), b.year());
        }
      }
      return null;
    }
    if (a.target() != null && b.target() != null) {
      if (kind == Kind.LEVEL && b.target() < a.target() && relative(a.target(), b.target()) >= 0.05) {
        return String.format("target falls from %s (%d) to %s (%d): definition changed",
            Numbers.show(a.target()), a.year(), Numbers.show(b.target()), b.year());
      }
      if (outlier(s, i, Point::target)) {
        return String.format("target jumps from %s (%d) to %s (%d): definition changed",
            Numbers.show(a.target()), a.year(), Numbers.show(b.target()), b.year());
      }
    }
    if (a.realisasi() != null && b.realisasi() != null && outlier(s, i, Point::realisasi)) {
      return String.format("realisasi jumps from %s (%d) to %s (%d): definition changed",
          Numbers.show(a.realisasi()), a.year(), Numbers.show(b.realisasi()), b.year());
    }
    if (kind == Kind.LEVEL && a.target() == null && a.realisasi() != null && b.realisasi() == null
        && b.target() != null && b.target() < a.realisasi() && relative(a.realisasi(), b.target()) >= 0.10) {
      return String.format("target %s (%d) lies far below the %s already reached (%d): definition changed",
          Numbers.show(b.target()), b.year(), Numbers.show(a.realisasi()), a.year());
    }
    return null;
  }

  private static double relative(double a, double b) {
    double scale = Math.max(Math.abs(a), Math.abs(b));
    return scale == 0 ? 0 : Math.abs(a - b) / scale;
  }

  private static boolean outlier(List<Point> s, int i, java.util.function.Function<Point, Double> value) {
    double a = value.apply(s.get(i - 1));
    double b = value.apply(s.get(i));
    double rel = relative(a, b);
    if (rel < 0.10) {
      return false;
    }
    List<Double> others = new ArrayList<>();
    for (int j = 1; j < s.size(); j++) {
      Double x = value.apply(s.get(j - 1));
      Double y = value.apply(s.get(j));
      if (j != i && x != null && y != null) {
        others.add(Math.abs(y - x));
      }
    }
    if (others.size() < 2) {
      return rel >= 0.25;
    }
    double[] steps = others.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double median = steps.length % 2 == 1
        ? steps[steps.length / 2]
        : (steps[steps.length / 2 - 1] + steps[steps.length / 2]) / 2;
    return Math.abs(b - a) > 3 * median;
  }

  /** Compound annual growth of realisasi over one segment, in %, with two or more positive points. */
  static Double cagr(List<Point> s, int[] segments, int segment) {
    Point first = null;
    Point last = null;
    for (int i = 0; i < s.size(); i++) {
      Point p = s.get(i);
      if (segments[i] == segment && p.realisasi() != null && p.realisasi() > 0) {
        if (first == null) {
          first = p;
        }
        last = p;
      }
    }
    if (first == null || last == first || last.year() == first.year()) {
      return null;
    }
    double growth = Math.pow(last.realisasi() / first.realisasi(), 1.0 / (last.year() - first.year())) - 1;
    return Rounding.round(100 * growth, 2);
  }

  /** The mark of a year, or null. */
  public static Mark of(List<Mark> marks, int year) {
    return marks.stream().filter(m -> m.year() == year).findFirst().orElse(null);
  }
}
