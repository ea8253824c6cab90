package id.capaian.analytics;

import java.util.List;
import java.util.Set;

/**
 * The data-quality gate: compares the current error findings with the accepted baseline. New errors
 * fail the gate; errors of the baseline no longer found are reported as fixed, never as failures.
 */
public final class DqGate {

  /** The comparison: new errors (failing), known ones, and baseline entries no longer found. */
  public record Result(List<GateFinding> newErrors, List<GateFinding> knownErrors, List<DqBaseline.Entry> fixed) {
    public boolean passes() {
      return newErrors.isEmpty();
    }

    /** One line per new error, as the gate prints them. */
    public List<String> newErrorLines() {
      return newErrors.stream()
          .map(f -> String.format("NEW %s %s [%s]: %s", f.checkName(), f.sourceFile(), f.findingId(), f.message()))
          .toList();
    }
  }

  private DqGate() {}

  public static Result compare(List<GateFinding> findings, DqBaseline baseline) {
    Set<String> accepted = baseline.ids();
    List<GateFinding> errors = findings.stream().filter(GateFinding::error)
        .sorted(java.util.Comparator.comparing(GateFinding::sourceFile).thenComparing(GateFinding::message))
        .toList();
    List<GateFinding> fresh = errors.stream().filter(f -> !accepted.contains(f.findingId())).toList();
    List<GateFinding> known = errors.stream().filter(f -> accepted.contains(f.findingId())).toList();
    Set<String> current = new java.util.HashSet<>(errors.stream().map(GateFinding::findingId).toList());
    List<DqBaseline.Entry> fixed = baseline.findings().stream().filter(e -> !current.contains(e.findingId())).toList();
    return new Result(fresh, known, fixed);
  }
}
