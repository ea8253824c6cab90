package id.capaian.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code capaian facts}: the facts stage alone, on a warehouse ingest already wrote. */
@Command(
    name = "facts",
    mixinStandardHelpOptions = true,
    description = "Read the ingested tables and key sentences into the facts and facts_skipped datasets.")
final class FactsCommand implements Callable<Integer> {
  @Mixin PipelineOptions options;
  @Mixin Verbosity verbosity;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    verbosity.apply();
    return new Stages(options, spec.commandLine().getOut(), spec.commandLine().getErr())
        .run(java.util.List.of(new FactsStage()));
  }
}
