package id.capaian.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capaian ingest}: documents, tables and cells only. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Read the documents into the documents, doc_tables, cells and doc_text datasets.")
final class IngestCommand implements Callable<Integer> {
  @Mixin PipelineOptions options;
  @Mixin Verbosity verbosity;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    verbosity.apply();
    return new Stages(options, spec.commandLine().getOut(), spec.commandLine().getErr())
        .run(java.util.List.of(new IngestStage()));
  }
}
