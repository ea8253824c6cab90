package id.capaian.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** {@code capaian ingest}: documents, tables and cells only. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Read the documents into the documents, doc_tables, cells, doc_text and document_lines datasets.")
final class IngestCommand extends StageCommand {
  @Override
  List<Stage> stages() {
    return List.of(new IngestStage());
  }
}
