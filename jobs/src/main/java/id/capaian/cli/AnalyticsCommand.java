package id.capaian.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** {@code capaian analytics}: the analytics stage alone, on a warehouse the facts stage wrote. */
@Command(
    name = "analytics",
    mixinStandardHelpOptions = true,
    description = "Reconcile the facts into metric_values (with metric_candidates), trends, compare_regions,"
        + " latest_values and dq_findings.")
final class AnalyticsCommand extends StageCommand {
  @Override
  List<Stage> stages() {
    return List.of(new AnalyticsStage());
  }
}
