package id.capaian.extract.table;

import java.util.List;
import java.util.Locale;

/**
 * Recognises tables of contents, lists of tables and lists of figures: rows of an entry and a page
 * number, behind a "Daftar ..." heading or with dot leaders. They are navigation, not data.
 */
public final class ContentsDetector {
  private ContentsDetector() {}

  static boolean isContents(List<WorkRow> rows, String context) {
    int total = 0;
    int paged = 0;
    int leaders = 0;
    int entries = 0;
    for (WorkRow row : rows) {
      int w = row.width();
      if (w == 0) {
        continue;
      }
      total++;
      String last = row.text(w - 1);
      if (w >= 2 && isPageNumber(last)) {
        paged++;
      }
      String first = firstText(row);
      if (first.contains(".....") || first.contains("…")) {
        leaders++;
      }
      String lower = first.toLowerCase(Locale.ROOT);
      if (lower.startsWith("bab ") || lower.startsWith("tabel") || lower.startsWith("gambar")
          || lower.startsWith("grafik") || lower.startsWith("daftar") || lower.startsWith("lampiran")
          || startsWithSectionNumber(first)) {
        entries++;
      }
    }
    if (total == 0 || paged * 10 < total * 6) {
      return false;
    }
    String ctx = context.toLowerCase(Locale.ROOT);
    boolean heading = ctx.contains("daftar isi") || ctx.contains("daftar tabel")
        || ctx.contains("daftar gambar") || ctx.contains("daftar grafik") || ctx.contains("daftar lampiran")
        || ctx.contains("table of contents");
    return heading || leaders > 0 || entries * 2 >= total;
  }

  private static String firstText(WorkRow row) {
    for (String t : row.texts) {
      if (!t.isEmpty()) {
        return t;
      }
    }
    return "";
  }

  /** "12", "iv", "ix": an Arabic or Roman page number. */
  static boolean isPageNumber(String s) {
    if (s.isEmpty() || s.length() > 5) {
      return false;
    }
    boolean digits = true;
    boolean roman = true;
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      digits &= CellClassifier.isDigit(c);
      roman &= "ivxlc".indexOf(c) >= 0;
    }
    return digits && s.length() <= 3 || roman;
  }

  private static boolean startsWithSectionNumber(String s) {
    int i = 0;
    while (i < s.length() && (CellClassifier.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
      i++;
    }
    return i >= 2 && i < s.length() && s.charAt(i) == ' ' && s.indexOf('.') < i;
  }
}
