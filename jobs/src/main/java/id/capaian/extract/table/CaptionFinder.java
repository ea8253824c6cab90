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
