package id.capaian.serve.report;

import java.util.List;

/** Colours a reader with colour-blindness can tell apart (Okabe and Ito), one per region. */
final class Palette {
  private static final List<String> COLOURS =
      List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999933");

  private Palette() {}

  static String colour(int index) {
    return COLOURS.get(Math.floorMod(index, COLOURS.size()));
  }
}
