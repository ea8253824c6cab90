package id.capaian.extract.table;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises page furniture that a PDF-to-text rendering leaves between the pieces of a table:
 * page numbers ("12", "- 12 -", "Halaman 12", "iv") and running titles (short lines the document
 * repeats on many pages). A table continued across such lines is still one table.
 */
public final class PageFurniture {
  /** A running title is printed on at least this many pages. */
  private static final int RUNNING_TITLE_MIN = 3;

  private static final int RUNNING_TITLE_MAX_LENGTH = 120;

  private final Map<String, Integer> counts = new HashMap<>();

  public PageFurniture(List<String> lines) {
    for (String line : lines) {
      if (LineClassifier.classify(line) == LineClassifier.Kind.TEXT) {
        String key = normalise(line);
        if (!key.isEmpty() && key.length() <= RUNNING_TITLE_MAX_LENGTH) {
          counts.merge(key, 1, Integer::sum);
        }
      }
    }
  }

  public boolean isFurniture(String line) {
    String key = normalise(line);
    if (key.isEmpty() || key.startsWith("tabel") || key.startsWith("table")) {
      return false;
    }
    return isPageNumber(key) || counts.getOrDefault(key, 0) >= RUNNING_TITLE_MIN;
  }

  /** A page number line ("12", "- 12 -", "Halaman 12", "iv"). */
  public boolean isPageNumberLine(String line) {
    return isPageNumber(normalise(line)) || isTitledPageNumber(line);
  }

  /**
   * A running title and the page number in one line, set apart by a tab ("Renstra Dinas ... 2025-2029
   * TAB 53"): two cells, the last a page number, the first a possible running title.
   */
  static boolean isTitledPageNumber(String line) {
    String[] cells = line.strip().split("\t+");
    if (cells.length != 2) {
      return false;
    }
    return isPageNumber(normalise(cells[1])) && !isPageNumber(normalise(cells[0]))
        && couldBeRunningTitle(cells[0]) && normalise(cells[0]).indexOf(' ') > 0;
  }

  /**
   * A short text line that may be a running title (document name, agency, year) rather than a
   * caption, a source note or an introducing sentence: never "Tabel ...", "Sumber ...", never ending
   * with a colon, at most {@value #RUNNING_TITLE_SHORT} characters. A table-like line whose last
   * cell is a page number ("Renstra ... 2025-2029 TAB 53") is such a title too.
   */
  static boolean couldBeRunningTitle(String line) {
    String key = normalise(line.replace('\t', ' ').replace('|', ' '));
    if (key.isEmpty() || key.length() > RUNNING_TITLE_SHORT || key.endsWith(":")) {
      return false;
    }
    for (String word : NOT_TITLES) {
      if (key.startsWith(word)) {
        return false;
      }
    }
    // "3.2. Perbandingan ...", "III. Akuntabilitas", "b. Pegawai": a numbered heading names what follows.
    return !NUMBERED_HEADING.matcher(key).lookingAt();
  }

  private static final java.util.regex.Pattern NUMBERED_HEADING =
      java.util.regex.Pattern.compile("(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[ivxl]+\\.|[a-z][.)])\\s");

  private static final int RUNNING_TITLE_SHORT = 100;

  private static final java.util.List<String> NOT_TITLES =
      java.util.List.of("tabel", "table", "gambar", "grafik", "sumber", "keterangan", "catatan", "ket.", "bab ");

  /** "12", "12.", "- 12 -", "hal. 12", "halaman 12", "xiv", "2023" (a running year). */
  static boolean isPageNumber(String key) {
    String k = key;
    if (k.startsWith("halaman ")) {
      k = k.substring(8);
    } else if (k.startsWith("hal. ") || k.startsWith("hal ")) {
      k = k.substring(k.indexOf(' ') + 1);
    } else if (k.startsWith("page ")) {
      k = k.substring(5);
    }
    // "15 dari 38", "15 of 38", "15/38": the page among the document's pages.
    java.util.regex.Matcher among = PAGE_OF.matcher(k);
    if (among.matches()) {
      k = among.group(1);
    }
    // "III-9", "II - 14": the chapter's roman number and the page within the chapter.
    java.util.regex.Matcher chapter = CHAPTER_PAGE.matcher(k);
    if (chapter.matches()) {
      k = chapter.group(1);
    }
    k = k.replace("-", " ").replace("|", " ").strip();
    if (k.endsWith(".")) {
      k = k.substring(0, k.length() - 1);
    }
    if (k.isEmpty() || k.length() > 6) {
      return false;
    }
    boolean digits = true;
    boolean roman = true;
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      digits &= CellClassifier.isDigit(c);
      roman &= "ivxlc".indexOf(c) >= 0;
    }
    return digits && k.length() <= 4 || roman;
  }

  private static final java.util.regex.Pattern CHAPTER_PAGE =
      java.util.regex.Pattern.compile("[ivx]{1,4}\\s*-\\s*(\\d{1,3})");

  private static final java.util.regex.Pattern PAGE_OF =
      java.util.regex.Pattern.compile("(\\d{1,4})\\s*(?:dari|of|/)\\s*\\d{1,4}");

  static String normalise(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '*' || c == '#' || c == '_') {
        continue;
      }
      if (LineClassifier.isSpace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
