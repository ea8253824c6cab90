package id.capaian.serve.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Escaping and the Indonesian number formats the report prints (1.234.567,89). */
final class Html {
  private static final DecimalFormatSymbols ID = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID"));

  private Html() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A value as printed in tables: grouping, up to two decimals, nothing for null. */
  static String number(Double value) {
    if (value == null) {
      return "";
    }
    return new DecimalFormat("#,##0.##", ID).format(value);
  }

  /** A value with exactly two decimals (percentages), nothing for null. */
  static String percent(Double value) {
    return value == null ? "" : new DecimalFormat("#,##0.00", ID).format(value);
  }

  /** A short axis label: rupiah in juta (jt), miliar (M) or triliun (T). */
  static String compact(double value) {
    double abs = Math.abs(value);
    if (abs >= 1e12) {
      return new DecimalFormat("#,##0.#", ID).format(value / 1e12) + " T";
    }
    if (abs >= 1e9) {
      return new DecimalFormat("#,##0.#", ID).format(value / 1e9) + " M";
    }
    if (abs >= 1e6) {
      return new DecimalFormat("#,##0.#", ID).format(value / 1e6) + " jt";
    }
    return new DecimalFormat("#,##0.##", ID).format(value);
  }
}
