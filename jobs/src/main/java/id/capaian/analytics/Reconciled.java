package id.capaian.analytics;

import java.io.Serializable;
import java.util.List;

/**
 * The value chosen for one key among its ranked candidates.
 *
 * @param ranked candidates, the chosen one first
 * @param rule why the chosen one won (see {@link Precedence})
 * @param conflict two printed, well-formed candidates differ beyond the rounding of their numbers
 */
public record Reconciled(MetricKey key, List<Candidate> ranked, String rule, boolean conflict)
    implements Serializable {

  public Reconciled {
    ranked = List.copyOf(ranked);
  }

  public Candidate chosen() {
    return ranked.get(0);
  }

  public double value() {
    return chosen().value();
  }

  public int documents() {
    return (int) ranked.stream().map(Candidate::docId).distinct().count();
  }

  /** Candidates the spread is taken over: the well-formed ones, or all when every one is malformed. */
  private List<Candidate> spread() {
    List<Candidate> wellFormed = ranked.stream().filter(c -> !c.malformed()).toList();
    return wellFormed.isEmpty() ? ranked : wellFormed;
  }

  public double min() {
    return spread().stream().mapToDouble(Candidate::value).min().orElseThrow();
  }

  public double max() {
    return spread().stream().mapToDouble(Candidate::value).max().orElseThrow();
  }
}
