package id.capaian.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything analytics computes from one region's facts: each document's checks and derived sums, the
 * reconciled value of every key, and the findings of both. Every key belongs to one region, so a region's
 * facts are all a key's candidates need; the job groups facts once, by region, and runs this per group.
 * Facts of a document without a region form a group of their own: their document is still checked, but
 * they have no key to reconcile.
 */
public final class RegionAnalytics {

  /**
   * What one region gives.
   *
   * @param values the reconciled values, in key order; null when the group has no region
   * @param findings the documents' findings, then the reconciliation's disagreements
   */
  public record Result(RegionValues values, List<Finding> findings) {}

  private RegionAnalytics() {}

  /** The grouping key of a fact: its region, or its document when it has none. */
  public static String group(String regionCode, String docId) {
    return regionCode != null ? "region " + regionCode : "document " + docId;
  }

  /** Runs the document checks and the reconciliation over the facts of one group. */
  public static Result run(String regionCode, List<FactRow> facts) {
    Map<String, List<FactRow>> byDocument = new TreeMap<>();
    for (FactRow f : facts) {
      byDocument.computeIfAbsent(f.docId(), d -> new ArrayList<>()).add(f);
    }
    List<Finding> findings = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    for (List<FactRow> document : byDocument.values()) {
      DocumentChecks.Result checked = DocumentChecks.runSafely(document);
      findings.addAll(checked.findings());
      candidates.addAll(checked.derived());
    }
    for (FactRow f : facts) {
      if (!f.has(FactRow.SECONDARY) && !Double.isNaN(f.value())) {
        MetricKey key = MetricKey.of(f);
        if (key != null) {
          candidates.add(Candidate.of(f, key));
        }
      }
    }
    Map<MetricKey, List<Candidate>> byKey = new TreeMap<>();
    for (Candidate c : candidates) {
      byKey.computeIfAbsent(c.key().unstaged(), k -> new ArrayList<>()).add(c);
    }
    List<Reconciled> reconciled = new ArrayList<>();
    for (List<Candidate> group : byKey.values()) {
      group.sort(Precedence.FIRST_PRINTED); // the order they reach reconciliation in: every run alike
      for (Reconciled r : Reconciler.reconcile(group)) {
        reconciled.add(r);
        findings.addAll(Reconciler.disagreements(r));
      }
    }
    return new Result(regionCode == null ? null : new RegionValues(regionCode, reconciled), findings);
  }
}
