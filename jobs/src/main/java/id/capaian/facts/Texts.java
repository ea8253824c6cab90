package id.capaian.facts;

import id.capaian.extract.Whitespace;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers shared by the facts rules: one normal form for matching, and the years a text names. */
final class Texts {
  // Documents spell "persentase" three ways; rules are written for one.
  private static final Pattern PERSENTASE = Pattern.compile("\\b(prosentase|presentase|persentasi)\\b");
  private static final Pattern MARKUP = Pattern.compile("\\*\\*|</?[a-z]+[^>]*>");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})(?![\\d]|[.,]\\d)");
  private static final Pattern RANGE =
      Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)\\d{2})(?!\\d)");

  private static final TextMemo<String> MEMO = new TextMemo<>(1024, Texts::normalise);

  private Texts() {}

  /** Lower case, one space between words, markup and accents folded, one spelling of persentase. */
  static String norm(String text) {
    if (text == null) {
      return "";
    }
    // The rules normalise the same cell, header and indicator texts again and again (row meaning,
    // section test, metric, expectation, conflict key): a small per-thread memo answers repeats.
    return MEMO.get(text);
  }

  private static String normalise(String text) {
    // Every rule calls this on every cell, header and line, so each step is skipped where it cannot
    // change the text (the result is the same as running all of them): ASCII is already NFKC, markup
    // needs a '*' or '<', a misspelt persentase needs its letters.
    boolean ascii = isAscii(text);
    if (ascii && text.indexOf('*') < 0 && text.indexOf('<') < 0) {
      return plainAscii(text);
    }
    String s = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    if (s.indexOf('*') >= 0 || s.indexOf('<') >= 0) {
      s = MARKUP.matcher(s).replaceAll(" ");
    }
    s = s.replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
    if (s.contains("prosentase") || s.contains("presentase") || s.contains("persentasi")) {
      s = PERSENTASE.matcher(s).replaceAll("persentase");
    }
    return Whitespace.collapse(s).trim();
  }

  /**
   * {@link #normalise} of ASCII text without markup, in one pass: lower case and whitespace folded
   * together, then the persentase spelling (it changes letters only, so before or after the fold is
   * the same), then trim.
   */
  private static String plainAscii(String text) {
    char[] out = new char[text.length()];
    int n = 0;
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c >= '\t' && c <= '\r') {
        if (!inSpace) {
          out[n++] = ' ';
          inSpace = true;
        }
      } else {
        out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        inSpace = false;
      }
    }
    String s = new String(out, 0, n);
    if (s.contains("prosentase") || s.contains("presentase") || s.contains("persentasi")) {
      s = PERSENTASE.matcher(s).replaceAll("persentase");
    }
    return s.trim();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
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
