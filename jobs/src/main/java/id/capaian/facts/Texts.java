package id.capaian.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers shared by the facts rules: one normal form for matching, and the years a text names. */
final class Texts {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  // Documents spell "persentase" three ways; rules are written for one.
  private static final Pattern PERSENTASE = Pattern.compile("\\b(prosentase|presentase|persentasi)\\b");
  private static final Pattern MARKUP = Pattern.compile("\\*\\*|</?[a-z]+[^>]*>");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})(?![\\d]|[.,]\\d)");
  private static final Pattern RANGE =
      Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)\\d{2})(?!\\d)");

  private Texts() {}

  /** Lower case, one space between words, markup and accents folded, one spelling of persentase. */
  static String norm(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = MARKUP.matcher(s).replaceAll(" ");
    s = s.replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
    s = PERSENTASE.matcher(s).replaceAll("persentase");
    return SPACES.matcher(s).replaceAll(" ").trim();
  }

  /** Every year (1900-2099) the text names, in order. */
  static List<Integer> years(String text) {
    List<Integer> years = new ArrayList<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      years.add(Integer.parseInt(m.group(1)));
    }
    return years;
  }

  /** A period written as {@code 2021-2026} or {@code 2021 – 2026}: {start, end}, or null. */
  static int[] period(String text) {
    Matcher m = RANGE.matcher(text);
    if (m.find()) {
      int start = Integer.parseInt(m.group(1));
      int end = Integer.parseInt(m.group(2));
      if (end > start && end - start <= 10) {
        return new int[] {start, end};
      }
    }
    return null;
  }

  static boolean hasLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
