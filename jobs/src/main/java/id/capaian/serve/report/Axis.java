package id.capaian.serve.report;

import java.util.ArrayList;
import java.util.List;

/** A value axis from zero (or the lowest negative value) to a round maximum, with round ticks. */
record Axis(double min, double max, List<Double> ticks) {

  static Axis of(double lowest, double highest) {
    double min = Math.min(0, lowest);
    double max = Math.max(highest, min + 1e-9);
    if (max <= 0) {
      max = 1;
    }
    double step = niceStep((max - min) / 5);
    double top = Math.ceil(max / step) * step;
    double bottom = Math.floor(min / step) * step;
    List<Double> ticks = new ArrayList<>();
    for (double t = bottom; t <= top + step / 2; t += step) {
      ticks.add(Math.abs(t) < step / 1e6 ? 0 : t);
    }
    return new Axis(bottom, top, ticks);
  }

  /** 1, 2, 2.5 or 5 times a power of ten. */
  static double niceStep(double rough) {
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    double fraction = rough / power;
    double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
    return nice * power;
  }

  /** The vertical pixel of a value on a plot of the given top and height. */
  double y(double value, double top, double height) {
    return top + height - (value - min) / (max - min) * height;
  }
}
