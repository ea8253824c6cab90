package id.capaian.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capaian publish}: (re)builds the DuckDB file from whatever datasets the warehouse holds. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = "Build WAREHOUSE/capaian.duckdb: views over the Parquet datasets (see sql/), for"
        + " 'capaian sql', the DuckDB CLI or any JDBC client.")
final class PublishCommand implements Callable<Integer> {
  @Mixin PipelineOptions options;
  @Mixin Verbosity verbosity;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    verbosity.apply();
    return new Stages(options, spec.commandLine().getOut(), spec.commandLine().getErr())
        .run(List.of(new PublishStage()));
  }
}
