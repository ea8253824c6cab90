package id.capaian.serve.report;

import java.util.List;
import java.util.Locale;

/** A grouped bar chart drawn as SVG: groups along the bottom, one bar per series in each group. */
final class BarChart {
  /** One series of bars: its label, CSS class, colour and one value per group (null: no bar). */
  record Series(String label, String cssClass, String colour, List<Double> values) {}

  static final int WIDTH = 680;
  static final int HEIGHT = 260;
  private static final int LEFT = 72;
  private static final int RIGHT = 20;
  private static final int TOP = 18;
  private static final int BOTTOM = 30;

  private BarChart() {}

  static String svg(String id, String title, String unit, List<String> groups, List<Series> series) {
    double lowest = 0;
    double highest = 0;
    for (Series s : series) {
      for (Double v : s.values()) {
        if (v != null) {
          lowest = Math.min(lowest, v);
          highest = Math.max(highest, v);
        }
      }
    }
    Axis axis = Axis.of(lowest, highest);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double groupWidth = plotWidth / Math.max(1, groups.size());
    double barWidth = groupWidth * 0.8 / Math.max(1, series.size());
    boolean labels = groups.size() * series.size() <= 24;

    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg class=\"chart bar-chart\" id=\"%s\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\""
            + " aria-label=\"%s\">",
        Html.escape(id), WIDTH, HEIGHT, WIDTH, HEIGHT, Html.escape(title)));
    for (double tick : axis.ticks()) {
      double y = axis.y(tick, TOP, plotHeight);
      svg.append(String.format(Locale.ROOT,
          "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
              + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
          LEFT, WIDTH - RIGHT, y, y, LEFT - 6, y + 4, Html.escape(Html.compact(tick))));
    }
    svg.append(String.format(Locale.ROOT, "<text class=\"unit\" x=\"4\" y=\"%d\">%s</text>",
        TOP, Html.escape(unit)));
    double zero = axis.y(0, TOP, plotHeight);
    for (int g = 0; g < groups.size(); g++) {
      double groupLeft = LEFT + g * groupWidth + groupWidth * 0.1;
      svg.append(String.format(Locale.ROOT,
          "<text class=\"tick group\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
          LEFT + (g + 0.5) * groupWidth, HEIGHT - 8, Html.escape(groups.get(g))));
      for (int s = 0; s < series.size(); s++) {
        Double value = series.get(s).values().get(g);
        if (value == null) {
          continue;
        }
        double x = groupLeft + s * barWidth;
        double y = axis.y(value, TOP, plotHeight);
        svg.append(String.format(Locale.ROOT,
            "<rect class=\"bar %s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                + "<title>%s, %s: %s %s</title></rect>",
            Html.escape(series.get(s).cssClass()), x + 1, Math.min(y, zero), Math.max(1, barWidth - 2),
            Math.max(1, Math.abs(zero - y)), series.get(s).colour(), Html.escape(series.get(s).label()),
            Html.escape(groups.get(g)), Html.escape(Html.number(value)), Html.escape(unit)));
        if (labels) {
          svg.append(String.format(Locale.ROOT,
              "<text class=\"value\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
              x + barWidth / 2, Math.min(y, zero) - 3, Html.escape(Html.compact(value))));
        }
      }
    }
    svg.append("</svg>");
    return svg.toString();
  }
}
