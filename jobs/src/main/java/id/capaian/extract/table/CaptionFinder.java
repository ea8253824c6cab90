package id.capaian.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the caption printed above a table: a line starting "Tabel 2.1", "TABEL 2.4", "**Tabel
 * 2.1**", "Tabel a." or an unnumbered "Tabel Perbandingan ...", with the title lines that follow it
 * down to the table. References inside prose ("... pada Tabel 6.1 ...") are not captions.
 */
public final class CaptionFinder {
  private CaptionFinder() {}

  /** How far above a table a caption may sit. */
  private static final int LOOK_BACK = 10;

  /** A line this long between a caption and its table is a paragraph: the caption is not ours. */
  private static final int PARAGRAPH = 200;

  /** The printed number ("2.1", "a"; null when unnumbered) and the caption text. */
  public record Caption(String number, String text) {}

  /**
   * @param lines the document
   * @param tableFirstLine 1-based first line of the table
   * @param floorLine 1-based last line of the previous table (0 when none): never look above it
   */
  static Caption find(List<String> lines, int tableFirstLine, int floorLine) {
    int stop = Math.max(floorLine, tableFirstLine - 1 - LOOK_BACK);
    for (int ln = tableFirstLine - 1; ln > stop; ln--) {
      String line = lines.get(ln - 1);
      if (LineClassifier.classify(line) != LineClassifier.Kind.TEXT) {
        continue;
      }
      String clean = CellText.clean(line);
      if (captionStart(clean) >= 0) {
        // "**Tabel 2.4**" above "**Tabel Perlengkapan Kantor**": the numbered line opens the caption.
        if (number(clean) == null && ln - 1 > stop
            && LineClassifier.classify(lines.get(ln - 2)) == LineClassifier.Kind.TEXT) {
          String above = CellText.clean(lines.get(ln - 2));
          if (captionStart(above) >= 0 && number(above) != null) {
            ln--;
            clean = above;
          }
        }
        List<String> parts = new ArrayList<>();
        parts.add(clean);
        for (int k = ln + 1; k < tableFirstLine; k++) {
          String more = lines.get(k - 1);
          if (LineClassifier.classify(more) == LineClassifier.Kind.TEXT) {
            parts.add(CellText.clean(more));
          }
        }
        String text = String.join(" ", parts).strip();
        return new Caption(number(clean), text);
      }
      if (clean.length() > PARAGRAPH) {
        return null;
      }
    }
    return null;
  }

  /** Index just after the word "Tabel"/"Table" opening a caption line, or -1. */
  static int captionStart(String clean) {
    String lower = clean.toLowerCase(Locale.ROOT);
    String word = lower.startsWith("tabel") ? "tabel" : lower.startsWith("table") ? "table" : null;
    if (word == null) {
      return -1;
    }
    int i = word.length();
    if (i < lower.length() && Character.isLetter(lower.charAt(i))) {
      return -1; // "Tabelnya", "Tables"
    }
    return i;
  }

  /** Longest line taken as an unnumbered table's heading. */
  private static final int HEADING = 200;

  /** Longest plain line (not bold, not numbered) taken as a heading. */
  private static final int SHORT_HEADING = 100;

  /**
   * For a table without a "Tabel" caption: the heading printed just above it (only blank lines
   * and page furniture between), when it reads as a heading: bold ("**...**", possibly over two
   * lines), numbered ("3.2. Perbandingan ..."), or a short line that does not end a sentence or
   * introduce a list. Null otherwise: an introducing paragraph is not a caption.
   */
  static Caption heading(List<String> lines, int tableFirstLine, int floorLine, PageFurniture furniture) {
    int ln = tableFirstLine - 1;
    while (ln > floorLine && (LineClassifier.classify(lines.get(ln - 1)) == LineClassifier.Kind.BLANK
        || furniture.isFurniture(lines.get(ln - 1)))) {
      ln--;
    }
    if (ln <= floorLine || LineClassifier.classify(lines.get(ln - 1)) != LineClassifier.Kind.TEXT) {
      return null;
    }
    String raw = stripHeadingMarks(lines.get(ln - 1).strip());
    String clean = CellText.clean(raw);
    if (clean.isEmpty() || clean.length() > HEADING || CellClassifier.classify(clean) != CellKind.TEXT) {
      return null;
    }
    if (raw.endsWith("**") && !raw.startsWith("**") && ln - 1 > floorLine) {
      String above = lines.get(ln - 2).strip();
      if (above.startsWith("**") && CellText.clean(above).length() + clean.length() < HEADING) {
        return new Caption(null, CellText.clean(above) + " " + clean);
      }
    }
    boolean bold = raw.startsWith("**") && raw.endsWith("**");
    boolean numbered = startsWithSectionNumber(clean);
    char last = clean.charAt(clean.length() - 1);
    boolean plain = clean.length() <= SHORT_HEADING && last != ':' && last != '.' && last != ','
        && !Character.isLowerCase(clean.charAt(0));
    return bold || numbered || plain ? new Caption(null, clean) : null;
  }

  /** "## DAFTAR ISI" -> "DAFTAR ISI": markdown heading marks are layout. */
  private static String stripHeadingMarks(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '#') {
      i++;
    }
    return i > 0 ? s.substring(i).strip() : s;
  }

  /** "3.2. Perbandingan", "III.1 Capaian": a numbered heading. */
  private static boolean startsWithSectionNumber(String s) {
    int i = 0;
    int dots = 0;
    while (i < s.length() && (CellClassifier.isDigit(s.charAt(i)) || s.charAt(i) == '.'
        || "IVX".indexOf(s.charAt(i)) >= 0)) {
      dots += s.charAt(i) == '.' ? 1 : 0;
      i++;
    }
    return dots >= 1 && i >= 2 && i < s.length() && s.charAt(i) == ' ';
  }

  /** "2.1" from "Tabel 2.1 ...", "2.1" from "Tabel 2. 1", "a" from "Tabel a. ...", else null. */
  static String number(String clean) {
    int i = captionStart(clean);
    if (i < 0) {
      return null;
    }
    int n = clean.length();
    while (i < n && clean.charAt(i) == ' ') {
      i++;
    }
    if (i >= n) {
      return null;
    }
    if (CellClassifier.isDigit(clean.charAt(i))) {
      StringBuilder num = new StringBuilder();
      while (i < n) {
        char c = clean.charAt(i);
        if (CellClassifier.isDigit(c)) {
          num.append(c);
          i++;
        } else if (c == '.' || c == ' ') {
          int j = i;
          while (j < n && (clean.charAt(j) == '.' || clean.charAt(j) == ' ')) {
            j++;
          }
          boolean dotted = clean.substring(i, j).indexOf('.') >= 0;
          if (dotted && j < n && CellClassifier.isDigit(clean.charAt(j)) && j - i <= 3) {
            num.append('.');
            i = j;
          } else {
            break;
          }
        } else {
          break;
        }
      }
      return num.toString();
    }
    char c = clean.charAt(i);
    if (Character.isLetter(c) && i + 1 < n && (clean.charAt(i + 1) == '.' || clean.charAt(i + 1) == ')')
        && (i + 2 == n || clean.charAt(i + 2) == ' ')) {
      return String.valueOf(c);
    }
    return null;
  }
}
