package id.capaian.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capaian run}: every stage, input folder to queryable warehouse. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run every stage: ingest the documents and build the warehouse.")
final class RunCommand implements Callable<Integer> {
  @Mixin PipelineOptions options;
  @Mixin Verbosity verbosity;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    verbosity.apply();
    return new Stages(options, spec.commandLine().getOut(), spec.commandLine().getErr())
        .run(Pipeline.all());
  }
}
