package id.capaian.cli;

import id.capaian.warehouse.Warehouse;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs a list of stages in one context (one SparkSession at most) and prints the run summary. */
final class Stages {
  private final PipelineOptions options;
  private final PrintWriter out;
  private final PrintWriter err;

  Stages(PipelineOptions options, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /** Runs the stages in order; returns the exit code (1 with --strict and rejects). */
  int run(List<Stage> stages) throws Exception {
    long start = System.nanoTime();
    Warehouse warehouse = new Warehouse(options.warehouse);
    int rejects = 0;
    // The summary is printed once at the end, after the progress lines the stages write to stderr.
    List<String> summary = new ArrayList<>();
    summary.add(StageResult.line("warehouse", warehouse.root()));
    try (StageContext context = new StageContext(options, warehouse, new ConsoleProgress(err), out)) {
      for (Stage stage : stages) {
        StageResult result = stage.run(context);
        summary.addAll(result.summaryLines());
        rejects += result.rejects();
      }
    }
    out.println("Summary");
    summary.forEach(out::println);
    out.printf("  elapsed    %.1f s%n", Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);
    out.flush();
    return options.strict && rejects > 0 ? 1 : 0;
  }
}
