package id.capaian.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** {@code capaian run}: every stage, input folder to queryable warehouse. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run every stage: ingest the documents and build the warehouse.")
final class RunCommand extends StageCommand {
  @Override
  List<Stage> stages() {
    return Pipeline.all();
  }
}
