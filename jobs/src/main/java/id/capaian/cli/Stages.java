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
    if (stages.stream().anyMatch(s -> s instanceof IngestStage)) {
      requireLocalInput(options.input);
    }
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

  /**
   * A missing local input folder is a wrong command line (exit 2, which the nightly DAG does not
   * retry), not a failed run; remote inputs (hdfs://, s3a://) are checked by the job itself.
   */
  private static void requireLocalInput(String input) {
    java.net.URI uri;
    try {
      uri = java.net.URI.create(input);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri != null && uri.getScheme() != null && !uri.getScheme().equals("file")) {
      return;
    }
    java.nio.file.Path folder = uri != null && "file".equals(uri.getScheme())
        ? java.nio.file.Path.of(uri) : java.nio.file.Path.of(input);
    if (!java.nio.file.Files.isDirectory(folder)) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(new Capaian()),
          "Cannot read input: " + input + (java.nio.file.Files.exists(folder) ? " is not a folder" : " does not exist"));
    }
  }
}
