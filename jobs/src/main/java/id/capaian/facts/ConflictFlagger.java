package id.capaian.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flags {@code conflict_in_document} on every fact whose key another fact of the same document
 * states with a different value ("Persentase Koperasi Berkualitas, realisasi 2022": 25,48% in one
 * table, 23,35% in another). The key is what the number claims to be: metric, measure, year and
 * stage; for budget figures also the line it is about (level, and the code or, without one, the
 * name), since every program has its own pagu. Secondary, range and multi-value numbers do not
 * conflict: they are parts, not claims.
 */
public final class ConflictFlagger {
  public static final String CONFLICT = "conflict_in_document";
  private static final Pattern PROG = Pattern.compile("^prog\\.? ");
  private static final Set<String> PARTS = Set.of("secondary_value", "range_low", "range_high", "multi_value");

  private ConflictFlagger() {}

  public static List<Fact> flag(List<Fact> facts) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < facts.size(); i++) {
      String key = key(facts.get(i));
      if (key != null) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Map<Integer, Boolean> conflicted = new HashMap<>();
    for (List<Integer> group : groups.values()) {
      double first = facts.get(group.get(0)).value();
      for (int i : group) {
        if (!same(first, facts.get(i).value())) {
          group.forEach(j -> conflicted.put(j, true));
          break;
        }
      }
    }
    List<Fact> out = new ArrayList<>(facts.size());
    for (int i = 0; i < facts.size(); i++) {
      out.add(conflicted.containsKey(i) ? facts.get(i).withFlags(Set.of(CONFLICT)) : facts.get(i));
    }
    return out;
  }

  /** The claim a fact makes, or null when it makes none that another fact could contradict. */
  static String key(Fact f) {
    if (f.metric() == null || f.year() == null || f.measure() == null) {
      return null;
    }
    for (String flag : f.flags()) {
      if (PARTS.contains(flag)) {
        return null;
      }
    }
    String base = f.metric() + "|" + f.measure() + "|" + f.year() + "|" + f.stage();
    if (!"anggaran".equals(f.metric())) {
      return base;
    }
    if ("dinas".equals(f.level())) {
      return base + "|dinas";
    }
    if (f.kode() != null) {
      return base + "|" + f.level() + "|" + f.kode();
    }
    if (f.subject() == null) {
      return null;
    }
    String line = base + "|" + f.level() + "|" + PROG.matcher(Texts.norm(f.subject())).replaceAll("program ");
    // A sasaran's budget is split by its indicators (one line per indicator).
    boolean perIndicator = "sasaran".equals(f.level()) || "tujuan".equals(f.level());
    return perIndicator ? line + "|" + Texts.norm(f.indicator()) : line;
  }

  /** Equal within 0.005, or one part in a billion for large numbers. */
  public static boolean same(double a, double b) {
    return Math.abs(a - b) <= Math.max(0.005, 1e-9 * Math.max(Math.abs(a), Math.abs(b)));
  }
}
