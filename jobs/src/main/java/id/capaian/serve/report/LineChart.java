package id.capaian.serve.report;

import java.util.List;
import java.util.Locale;

/**
 * A line chart of yearly values drawn as SVG: one line per series (realisasi solid, target dashed),
 * a dot with a tooltip on every point, years along the bottom.
 */
final class LineChart {
  /** One yearly value. */
  record Point(int year, double value) {}

  /** One line: a region's realisasi or target of a metric. */
  record Series(String label, String region, boolean target, String colour, List<Point> points) {}

  static final int WIDTH = 680;
  static final int HEIGHT = 260;
  private static final int LEFT = 72;
  private static final int RIGHT = 20;
  private static final int TOP = 14;
  private static final int BOTTOM = 30;

  private LineChart() {}

  static String svg(String id, String title, String unit, List<Series> series) {
    int firstYear = series.stream().flatMap(s -> s.points().stream()).mapToInt(Point::year).min().orElse(0);
    int lastYear = series.stream().flatMap(s -> s.points().stream()).mapToInt(Point::year).max().orElse(0);
    double lowest = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::value).min().orElse(0);
    double highest = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::value).max().orElse(1);
    Axis axis = Axis.of(lowest, highest);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    // one year alone stands in the middle
    int span = Math.max(1, lastYear - firstYear);
    double offset = lastYear == firstYear ? plotWidth / 2 : 0;

    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg class=\"chart line-chart\" id=\"%s\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\""
            + " aria-label=\"%s\">",
        Html.escape(id), WIDTH, HEIGHT, WIDTH, HEIGHT, Html.escape(title)));
    for (double tick : axis.ticks()) {
      double y = axis.y(tick, TOP, plotHeight);
      svg.append(String.format(Locale.ROOT,
          "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
              + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
          LEFT, WIDTH - RIGHT, y, y, LEFT - 6, y + 4, Html.escape(Html.compact(tick))));
    }
    for (int year = firstYear; year <= lastYear && !series.isEmpty(); year++) {
      double x = LEFT + offset + (year - firstYear) * plotWidth / span;
      svg.append(String.format(Locale.ROOT,
          "<text class=\"tick year\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>",
          x, HEIGHT - 8, year));
    }
    svg.append(String.format(Locale.ROOT, "<text class=\"unit\" x=\"4\" y=\"%d\">%s</text>",
        TOP + 4, Html.escape(unit)));
    for (Series s : series) {
      StringBuilder points = new StringBuilder();
      StringBuilder dots = new StringBuilder();
      for (Point p : s.points()) {
        double x = LEFT + offset + (p.year() - firstYear) * plotWidth / span;
        double y = axis.y(p.value(), TOP, plotHeight);
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        dots.append(String.format(Locale.ROOT,
            "<circle class=\"point%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\" stroke=\"%s\">"
                + "<title>%s %d: %s %s</title></circle>",
            s.target() ? " target" : "", x, y, s.target() ? "#ffffff" : s.colour(), s.colour(),
            Html.escape(s.label()), p.year(), Html.escape(Html.number(p.value())), Html.escape(unit)));
      }
      svg.append(String.format(Locale.ROOT,
          "<polyline class=\"series %s\" data-region=\"%s\" points=\"%s\" fill=\"none\" stroke=\"%s\""
              + " stroke-width=\"2.5\"%s/>",
          s.target() ? "target" : "realisasi", Html.escape(s.region()), points.toString().strip(), s.colour(),
          s.target() ? " stroke-dasharray=\"6 4\"" : ""));
      svg.append(dots);
    }
    svg.append("</svg>");
    return svg.toString();
  }
}
