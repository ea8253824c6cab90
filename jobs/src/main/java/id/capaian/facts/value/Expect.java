package id.capaian.facts.value;

import java.util.Locale;

/**
 * What the context says a cell holds (its column header, its row's unit), used to settle ambiguous
 * numbers: {@code 8.17} in a percent column is 8.17, {@code 1.050} among unit counts is 1050.
 */
public enum Expect {
  /** A percentage or ratio (header says %, capaian, persentase; or the value carries % / persen). */
  PERCENT,
  /** A Rupiah amount (pagu, anggaran, realisasi keuangan, Rp). */
  RUPIAH,
  /** A count of things (unit, orang, koperasi, dokumen). */
  COUNT,
  /** A score (Nilai AKIP, IKM). */
  SCORE,
  /** No context. */
  ANY;

  /**
   * The context a unit cell ("%", "Rp", "orang", "Nilai") or a column header ("Anggaran (Rp)",
   * "Tingkat Realisasi (%)", "TA 2021 &gt; REALISASI") gives. For a header path joined by {@code " > "}
   * its last level speaks first, its parents only when the last level says nothing.
   */
  public static Expect fromUnit(String unitOrHeader) {
    if (unitOrHeader == null || unitOrHeader.isBlank()) {
      return ANY;
    }
    String[] levels = unitOrHeader.split(" > ");
    for (int i = levels.length - 1; i >= 0; i--) {
      Expect e = fromOneLevel(levels[i]);
      if (e != ANY) {
        return e;
      }
    }
    return ANY;
  }

  private static Expect fromOneLevel(String text) {
    String t = text.toLowerCase(Locale.ROOT).strip();
    if (t.isEmpty()) {
      return ANY;
    }
    // An explicit sign beats every word: "Rasio antara Realisasi dan Anggaran ( % )" is a percent.
    if (t.indexOf('%') >= 0 || containsWord(t, "persen") || containsWord(t, "prosen")) {
      return PERCENT;
    }
    if (containsWord(t, "rp") || t.contains("rupiah") || containsWord(t, "idr")) {
      return RUPIAH;
    }
    for (String w : PERCENT_WORDS) {
      if (t.contains(w)) {
        return PERCENT;
      }
    }
    for (String w : RUPIAH_WORDS) {
      if (t.contains(w)) {
        return RUPIAH;
      }
    }
    for (String w : SCORE_WORDS) {
      if (containsWord(t, w)) {
        return SCORE;
      }
    }
    if (containsWord(t, "jumlah") || UnitWords.isCountUnitText(t) || bracketedCountUnit(t)) {
      return COUNT;
    }
    return ANY;
  }

  /** A header naming its unit in brackets: "Penambahan (Unit Usaha)", "Peserta (orang)". */
  private static boolean bracketedCountUnit(String t) {
    int open = t.indexOf('(');
    while (open >= 0) {
      int close = t.indexOf(')', open + 1);
      if (close < 0) {
        return false;
      }
      if (UnitWords.isCountUnitText(t.substring(open + 1, close))) {
        return true;
      }
      open = t.indexOf('(', close + 1);
    }
    return false;
  }

  private static final String[] PERCENT_WORDS = {
    "persentase", "prosentase", "presentase", "rasio", "tingkat realisasi", "tingkat capaian",
    "serapan", "pertumbuhan"
  };

  private static final String[] RUPIAH_WORDS = {
    "pagu", "anggaran", "kebutuhan dana", "pendanaan", "belanja", "biaya", "efisiensi", "keuangan"
  };

  private static final String[] SCORE_WORDS = {"nilai", "indeks", "skor", "ikm", "sakip", "akip"};

  /** Whether {@code word} occurs in {@code text} with no letter on either side. */
  static boolean containsWord(String text, String word) {
    int from = 0;
    while (true) {
      int i = text.indexOf(word, from);
      if (i < 0) {
        return false;
      }
      int end = i + word.length();
      boolean before = i == 0 || !Character.isLetter(text.charAt(i - 1));
      boolean after = end == text.length() || !Character.isLetter(text.charAt(end));
      if (before && after) {
        return true;
      }
      from = i + 1;
    }
  }
}
