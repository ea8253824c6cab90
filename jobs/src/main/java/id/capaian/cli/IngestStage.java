package id.capaian.cli;

import id.capaian.ingest.IngestJob;

/** Documents, tables, cells and text into Parquet. */
final class IngestStage implements Stage {

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public StageResult run(StageContext context) {
    IngestJob.Summary ingest =
        new IngestJob(context.spark())
            .run(context.options().input, context.warehouse(), context.progress());
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
