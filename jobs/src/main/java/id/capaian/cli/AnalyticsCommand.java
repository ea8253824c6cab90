package id.capaian.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code capaian analytics}: the analytics stage alone, on a warehouse the facts stage wrote. */
@Command(
    name = "analytics",
    mixinStandardHelpOptions = true,
    description = "Reconcile the facts into metric_values (with metric_candidates), trends, compare_regions,"
        + " latest_values and dq_findings.")
final class AnalyticsCommand implements Callable<Integer> {
  @Mixin PipelineOptions options;
  @Mixin Verbosity verbosity;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    verbosity.apply();
    return new Stages(options, spec.commandLine().getOut(), spec.commandLine().getErr())
        .run(List.of(new AnalyticsStage()));
  }
}
