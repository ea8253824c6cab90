package id.capaian.cli;

import id.capaian.ingest.IngestJob;
import id.capaian.warehouse.KeptRows;
import id.capaian.warehouse.LoadScope;
import id.capaian.warehouse.Warehouse;
import java.util.List;

/**
 * Documents, tables, cells and text into Parquet. In a load where only some documents changed, only
 * those are read; the rows of the others are reused from the previous version.
 */
final class IngestStage implements Stage {
  /** The datasets whose kept rows an incremental ingest reuses (document_lines is cut from doc_text's). */
  private static final List<String> DATASETS = List.of("documents", "doc_tables", "cells", "doc_text");

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public StageResult run(StageContext context) {
    LoadScope scope = context.scope();
    IngestJob.Incremental incremental = null;
    if (scope.incremental() && context.previous().filter(p -> KeptRows.available(p, DATASETS)).isPresent()) {
      Warehouse previous = context.previous().get();
      incremental = new IngestJob.Incremental(
          scope.changed(), dataset -> KeptRows.of(context.spark(), previous, scope, dataset));
    }
    IngestJob.Summary ingest =
        new IngestJob(context.spark())
            .run(context.options().input, context.warehouse(), context.progress(), incremental);
    java.util.List<String> lines = new java.util.ArrayList<>();
    lines.add(
        StageResult.line(
            "documents",
            String.format("%d (%d accepted, %d not)",
                ingest.documents(), ingest.accepted(), ingest.rejects().size())));
    lines.add(StageResult.line("tables", ingest.tables()));
    lines.add(StageResult.line("cells", ingest.cells()));
    for (IngestJob.Reject reject : ingest.rejects()) {
      lines.add(String.format("  %-10s %s: %s", reject.status(), reject.sourceFile(), reject.reason()));
    }
    return new StageResult(lines, ingest.rejects().size());
  }
}
