package id.capaian.facts;

import id.capaian.reference.Csv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The national program names of {@code data/reference/program_nomenklatur.csv}, for programs a
 * document names without their code. Matching is tolerant: case, punctuation, OCR slips ("LATHAN",
 * "(ZIN"), abbreviations ("Umkm" for the spelled-out name) and word order barely matter, but the match
 * must be clearly better than the runner-up.
 */
public final class ProgramNomenklatur {
  private static final String RESOURCE = "/data/reference/program_nomenklatur.csv";
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
  private static final Set<String> STOP =
      Set.of("program", "dan", "serta", "yang", "kabupaten", "kota", "daerah", "urusan", "dalam");
  private static volatile ProgramNomenklatur defaults;

  /**
   * Each name's words ({@link #words}), read once: every program row of every table is compared
   * with every name. Kept as built (a HashSet) so each comparison walks them in the same order.
   */
  private final List<Map.Entry<String, Set<String>>> wordsByKode;

  ProgramNomenklatur(Map<String, String> names) {
    List<Map.Entry<String, Set<String>>> byKode = new ArrayList<>();
    for (Map.Entry<String, String> e : names.entrySet()) {
      byKode.add(Map.entry(e.getKey(), words(e.getValue())));
    }
    this.wordsByKode = List.copyOf(byKode);
  }

  public static ProgramNomenklatur defaults() {
    ProgramNomenklatur local = defaults;
    if (local == null) {
      synchronized (ProgramNomenklatur.class) {
        local = defaults;
        if (local == null) {
          local = load(ProgramNomenklatur.class.getResourceAsStream(RESOURCE));
          defaults = local;
        }
      }
    }
    return local;
  }

  static ProgramNomenklatur load(InputStream in) {
    if (in == null) {
      throw new IllegalStateException("Cannot load the program nomenclature: " + RESOURCE + " is missing");
    }
    Map<String, String> names = new LinkedHashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          List<String> f = Csv.split(line);
          names.put(f.get(0).trim(), f.get(1).trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return new ProgramNomenklatur(names);
  }

  /** A document names its programs in table after table: each name is compared with the list once. */
  private final TextMemo<String> kodes = new TextMemo<>(256, this::match);

  /** The code of a program (or urusan) name, or null when no name matches clearly. */
  public String kodeOf(String name) {
    return name == null ? null : kodes.get(name); // no name, no words: no match
  }

  private String match(String name) {
    Set<String> words = words(name);
    if (words.isEmpty()) {
      return null;
    }
    String best = null;
    double bestScore = 0;
    double second = 0;
    for (Map.Entry<String, Set<String>> e : wordsByKode) {
      double score = similarity(words, e.getValue());
      if (score > bestScore) {
        second = bestScore;
        bestScore = score;
        best = e.getKey();
      } else if (score > second) {
        second = score;
      }
    }
    return bestScore >= 0.6 && bestScore - second >= 0.15 ? best : null;
  }

  /** Words of a name, normalised; "umkm" stands for its spelled-out form and the reverse. */
  static Set<String> words(String name) {
    String norm = Texts.norm(name).replace("ksp/usp", "kspusp").replace("ksp / usp", "kspusp");
    norm = norm.replace("usaha menengah, usaha kecil, dan usaha mikro", "umkm")
        .replace("usaha mikro, kecil dan menengah", "umkm")
        .replace("usaha menengah, usaha kecil dan usaha mikro", "umkm");
    Set<String> words = new HashSet<>();
    for (String w : NON_WORD.split(norm)) {
      if (w.length() > 1 && !STOP.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  /** Dice similarity of word sets, where two words match when one is a near-spelling of the other. */
  private static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int matched = 0;
    List<String> pool = new ArrayList<>(b);
    for (String w : a) {
      for (int i = 0; i < pool.size(); i++) {
        if (near(w, pool.get(i))) {
          matched++;
          pool.remove(i);
          break;
        }
      }
    }
    return 2.0 * matched / (a.size() + b.size());
  }

  private static boolean near(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (Math.min(a.length(), b.length()) < 4) {
      return false;
    }
    if (Math.min(a.length(), b.length()) >= 5 && (a.startsWith(b) || b.startsWith(a))) {
      // Words glued by a lost space ("KSP/USPKOPERASI").
      return true;
    }
    int allowed = Math.max(a.length(), b.length()) >= 8 ? 2 : 1;
    // The edit distance is at least the difference in length: most pairs need no table.
    return Math.abs(a.length() - b.length()) <= allowed && distance(a, b) <= allowed;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
