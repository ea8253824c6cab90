package id.capaian.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that runs pipeline stages on the shared options ({@code --input}, {@code --warehouse},
 * {@code --full}, ...). Subclasses only say which stages; picocli finds the inherited options.
 */
abstract class StageCommand implements Callable<Integer> {
  @Mixin PipelineOptions options;
  @Mixin Verbosity verbosity;
  @Spec CommandSpec spec;

  /** The stages this command runs, in order. */
  abstract List<Stage> stages();

  @Override
  public final Integer call() throws Exception {
    verbosity.apply();
    return new Stages(options, spec.commandLine().getOut(), spec.commandLine().getErr()).run(stages());
  }
}
