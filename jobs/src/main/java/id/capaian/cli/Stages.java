package id.capaian.cli;

import id.capaian.ingest.IngestJob;
import id.capaian.warehouse.SparkSessions;
import id.capaian.warehouse.Warehouse;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** Runs pipeline stages in one SparkSession and prints the run summary. */
final class Stages {
  private final PipelineOptions options;
  private final PrintWriter out;
  private final PrintWriter err;
  private final List<String> lines = new ArrayList<>();
  private IngestJob.Summary ingest;

  Stages(PipelineOptions options, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /** Runs the stages; returns the exit code (1 with --strict and rejects). */
  int run(boolean withIngest) {
    long start = System.nanoTime();
    Warehouse warehouse = new Warehouse(options.warehouse);
    SparkSession spark = SparkSessions.create(options.master, options.conf);
    try {
      if (withIngest) {
        ingest = new IngestJob(spark).run(options.input, warehouse, new ConsoleProgress(err));
      }
    } finally {
      spark.stop();
    }
    printSummary(warehouse, Duration.ofNanos(System.nanoTime() - start));
    boolean rejected = ingest != null && !ingest.rejects().isEmpty();
    return options.strict && rejected ? 1 : 0;
  }

  private void printSummary(Warehouse warehouse, Duration elapsed) {
    out.println("Summary");
    out.printf("  warehouse  %s%n", warehouse.root());
    if (ingest != null) {
      out.printf("  documents  %d (%d accepted, %d not)%n",
          ingest.documents(), ingest.accepted(), ingest.rejects().size());
      out.printf("  tables     %d%n", ingest.tables());
      out.printf("  cells      %d%n", ingest.cells());
      for (IngestJob.Reject reject : ingest.rejects()) {
        out.printf("  %-9s  %s: %s%n", reject.status(), reject.sourceFile(), reject.reason());
      }
    }
    lines.forEach(out::println);
    out.printf("  elapsed    %.1f s%n", elapsed.toMillis() / 1000.0);
    out.flush();
  }
}
