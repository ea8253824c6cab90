package id.capaian.extract.table;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two rows read, as the Jaccard overlap of their word sets. A header repeated after a
 * page break is rarely identical (a slash dropped, words run together), so equality is too strict.
 */
public final class RowSimilarity {
  private RowSimilarity() {}

  /** Overlap from 0 (nothing shared) to 1 (same words); 0 when either row is empty. */
  public static double similarity(List<String> a, List<String> b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : wa) {
      if (wb.contains(w)) {
        shared++;
      }
    }
    return shared / (double) (wa.size() + wb.size() - shared);
  }

  static Set<String> words(List<String> cells) {
    Set<String> words = new HashSet<>();
    StringBuilder word = new StringBuilder();
    for (String cell : cells) {
      for (int i = 0; i <= cell.length(); i++) {
        char c = i < cell.length() ? cell.charAt(i) : ' ';
        if (Character.isLetterOrDigit(c)) {
          word.append(Character.toLowerCase(c));
        } else if (word.length() > 0) {
          words.add(word.toString().toLowerCase(Locale.ROOT));
          word.setLength(0);
        }
      }
    }
    return words;
  }
}
