package id.capaian.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** {@code capaian publish}: (re)builds the DuckDB file from whatever datasets the warehouse holds. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = "Build WAREHOUSE/capaian.duckdb: views over the Parquet datasets (see sql/), for"
        + " 'capaian sql', the DuckDB CLI or any JDBC client.")
final class PublishCommand extends StageCommand {
  @Override
  List<Stage> stages() {
    return List.of(new PublishStage());
  }
}
