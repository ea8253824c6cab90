package id.capaian.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** {@code capaian facts}: the facts stage alone, on a warehouse ingest already wrote. */
@Command(
    name = "facts",
    mixinStandardHelpOptions = true,
    description = "Read the ingested tables and key sentences into the facts and facts_skipped datasets.")
final class FactsCommand extends StageCommand {
  @Override
  List<Stage> stages() {
    return List.of(new FactsStage());
  }
}
