package id.capaian.cli;

import id.capaian.warehouse.WarehouseLoad;
import java.io.PrintWriter;
import java.nio.file.Path;
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

  /**
   * Runs the stages in order as one load of the warehouse (see {@link WarehouseLoad}): they write into
   * a new version, published when the load is complete; returns the exit code (1 with --strict and
   * rejects). A load whose input and stages are unchanged since the current version does nothing.
   */
  int run(List<Stage> stages) throws Exception {
    long start = System.nanoTime();
    if (stages.stream().anyMatch(s -> s instanceof IngestStage)) {
      requireLocalInput(options.input);
    }
    Path root = localWarehouse(options.warehouse);
    List<String> names = stages.stream().map(Stage::name).toList();
    int rejects = 0;
    // The summary is printed once at the end, after the progress lines the stages write to stderr.
    List<String> summary = new ArrayList<>();
    summary.add(StageResult.line("warehouse", root));
    try (WarehouseLoad load =
        WarehouseLoad.begin(root, options.input, options.load, names, options.full, this::note)) {
      if (load.unchanged().isPresent()) {
        summary.add(StageResult.line("load", "nothing changed since version "
            + load.unchanged().get().currentVersion() + ": skipped"));
      } else {
        summary.add(StageResult.line("load", load.id() + " (" + load.scope().describe() + ")"));
        boolean done = false;
        try (StageContext context = new StageContext(options, load.target(), new ConsoleProgress(err), out,
            load.scope(), load.previous().orElse(null))) {
          List<String> times = new ArrayList<>();
          for (Stage stage : stages) {
            long stageStart = System.nanoTime();
            StageResult result = stage.run(context);
            load.ran(stage.name());
            summary.addAll(result.summaryLines());
            rejects += result.rejects();
            times.add(String.format("%s %.1f s", stage.name(), (System.nanoTime() - stageStart) / 1e9));
          }
          // Where the time went, per stage (the first stage to use Spark also pays its start-up).
          summary.add(StageResult.line("stages", String.join(", ", times)));
          done = true;
        } finally {
          // A load of its own that failed leaves nothing behind; a shared one stays for its retry.
          if (!done && options.load == null) {
            load.discard();
          }
        }
        // A load shared by several commands is complete when its publish stage ran.
        if (!load.published() && (options.load == null || names.contains("publish"))) {
          load.publish();
          summary.add(StageResult.line("published", "version " + load.id() + " is now current"));
        }
      }
    }
    out.println("Summary");
    summary.forEach(out::println);
    out.printf("  elapsed    %.1f s%n", Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);
    out.flush();
    return options.strict && rejects > 0 ? 1 : 0;
  }

  private void note(String line) {
    err.println("capaian: " + line);
    err.flush();
  }

  /**
   * The warehouse is a local folder: versions rely on symlinks, hard links and atomic renames, which
   * object stores and HDFS do not offer alike. A URI is refused with one clear line rather than
   * written into a local folder named after it.
   */
  private static Path localWarehouse(Path warehouse) {
    String given = warehouse.toString();
    if (given.matches("^[A-Za-z][A-Za-z0-9+.-]+:/.*") && !given.startsWith("file:")) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(new Capaian()),
          "Cannot use " + given + " as the warehouse: it must be a local folder (see README, The warehouse)");
    }
    if (given.startsWith("file:")) {
      return Path.of(java.net.URI.create(given.replaceFirst("^file:/+", "file:///")));
    }
    return warehouse.toAbsolutePath().normalize();
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
