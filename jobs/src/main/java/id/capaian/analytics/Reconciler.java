package id.capaian.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Chooses one value per key among the candidates of every document (see {@link Precedence}), and says
 * where printed candidates disagree.
 *
 * <p>A pagu printed without its stage ("APBD sebesar ...") is assigned to the stage of the same line and
 * year whose value it repeats, or, where the line has a single stage that year, to that stage; otherwise
 * it stays a value of its own without stage.
 */
public final class Reconciler {
  /** Stages in the order an unstaged value that matches several is given to. */
  static final List<String> STAGES = List.of("perubahan", "induk", "penetapan", "rancangan", "prakiraan");

  private Reconciler() {}

  /**
   * Reconciles the candidates of one key without stage ({@link MetricKey#unstaged()}); returns one
   * result per stage, in key order.
   */
  public static List<Reconciled> reconcile(List<Candidate> group) {
    Map<MetricKey, List<Candidate>> byKey = new TreeMap<>();
    for (Candidate c : assignStages(group)) {
      byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
    List<Reconciled> out = new ArrayList<>();
    byKey.forEach((key, candidates) -> out.add(choose(key, candidates)));
    return out;
  }

  static List<Candidate> assignStages(List<Candidate> group) {
    Map<String, List<Candidate>> staged = new LinkedHashMap<>();
    for (String stage : STAGES) {
      for (Candidate c : group) {
        if (stage.equals(c.key().stage())) {
          staged.computeIfAbsent(stage, s -> new ArrayList<>()).add(c);
        }
      }
    }
    for (Candidate c : group) {
      String stage = c.key().stage();
      if (stage != null && !staged.containsKey(stage)) {
        staged.computeIfAbsent(stage, s -> new ArrayList<>()).add(c); // a stage word we do not rank
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : group) {
      if (c.key().stage() != null || staged.isEmpty()) {
        out.add(c);
        continue;
      }
      String target = null;
      for (Map.Entry<String, List<Candidate>> e : staged.entrySet()) {
        if (e.getValue().stream().anyMatch(s -> !s.malformed() && s.agreesWith(c))) {
          target = e.getKey();
          break;
        }
      }
      if (target == null && staged.size() == 1) {
        target = staged.keySet().iterator().next();
      }
      out.add(target == null ? c : c.withKey(c.key().withStage(target)));
    }
    return out;
  }

  static Reconciled choose(MetricKey key, List<Candidate> candidates) {
    Map<Candidate, Integer> support = new HashMap<>();
    for (Candidate c : candidates) {
      int agreeing = 0;
      for (Candidate other : candidates) {
        if (!other.malformed() && !other.derived() && other.agreesWith(c)) {
          agreeing++;
        }
      }
      support.put(c, agreeing);
    }
    Precedence precedence = new Precedence(support);
    List<Candidate> ranked = new ArrayList<>(candidates);
    ranked.sort(precedence.comparator());
    Candidate chosen = ranked.get(0);
    String rule;
    if (ranked.size() == 1) {
      rule = "only_candidate";
    } else {
      // Why the chosen value beat the best value that differs from it (not a copy of itself).
      Candidate rival = ranked.stream().filter(c -> !c.agreesWith(chosen)).findFirst().orElse(null);
      rule = rival == null ? "agree" : precedence.why(chosen, rival);
    }
    return new Reconciled(key, ranked, rule, conflict(ranked));
  }

  /**
   * Whether two printed, well-formed candidates from different sources (documents, tables, or prose)
   * differ beyond rounding. Two rows of one table under the same key are two lines of the same name
   * (a proposal repeated per kelurahan), not two sources disagreeing.
   */
  static boolean conflict(List<Candidate> ranked) {
    List<Candidate> printed = printedWellFormed(ranked);
    for (int i = 0; i < printed.size(); i++) {
      for (int j = i + 1; j < printed.size(); j++) {
        if (differentSources(printed.get(i), printed.get(j)) && !printed.get(i).agreesWith(printed.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean differentSources(Candidate a, Candidate b) {
    return !a.docId().equals(b.docId()) || a.tableNo() == null || b.tableNo() == null
        || !a.tableNo().equals(b.tableNo());
  }

  private static List<Candidate> printedWellFormed(List<Candidate> ranked) {
    return ranked.stream().filter(c -> !c.malformed() && !c.derived()).toList();
  }

  /**
   * The data-quality findings of a conflicting key: each document's printed value that disagrees with
   * the best printed value, one finding per document and value.
   */
  public static List<Finding> disagreements(Reconciled reconciled) {
    List<Candidate> printed = printedWellFormed(reconciled.ranked());
    if (!reconciled.conflict() || printed.isEmpty()) {
      return List.of();
    }
    Candidate best = printed.get(0);
    Map<String, List<Candidate>> byDocAndValue = new TreeMap<>();
    for (Candidate c : printed) {
      if (!c.agreesWith(best) && differentSources(c, best)) {
        String group = c.docId() + "|" + Rounding.round(c.value(), Math.min(c.decimals(), 6));
        byDocAndValue.computeIfAbsent(group, g -> new ArrayList<>()).add(c);
      }
    }
    List<Finding> findings = new ArrayList<>();
    MetricKey key = reconciled.key();
    for (List<Candidate> same : byDocAndValue.values()) {
      same.sort(Comparator.comparingInt(Candidate::sourceLine));
      Candidate c = same.get(0);
      List<Integer> lines = new ArrayList<>();
      same.forEach(s -> lines.add(s.sourceLine()));
      lines.add(best.sourceLine());
      String where = String.join(", ", same.stream().map(Candidate::where).distinct().toList());
      String message =
          String.format(
              "%s: %s printed at %s, but %s at %s%s",
              key, Numbers.show(c.value(), c.decimals()), where,
              Numbers.show(best.value(), best.decimals()), best.where(),
              Objects.equals(c.docId(), best.docId()) ? "" : " of " + best.sourceFile());
      findings.add(
          Finding.of(
              DqCheck.SAME_KEY_VALUES, c.docId(), c.sourceFile(),
              Objects.equals(c.docId(), best.docId()) ? null : best.docId(), key.regionCode(),
              key.metric(), key.measure(), key.year(), key.kode(), key.item(), message, lines,
              best.value(), c.value()));
    }
    return findings;
  }
}
