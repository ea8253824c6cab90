package id.capaian.cli;

import id.capaian.serve.report.ReportBuilder;
import id.capaian.warehouse.Warehouse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capaian report}: the comparison report as one self-contained HTML file. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write the comparison report (trends, target vs realisasi, budget serapan, comparisons,"
        + " data-quality findings) as one self-contained HTML file that opens without a network.")
final class ReportCommand implements Callable<Integer> {
  @Mixin PublishedWarehouse published;

  @Option(
      names = "--out",
      paramLabel = "FILE.html",
      description = "Where to write the report. Default: WAREHOUSE/report.html.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Warehouse source = published.warehouse();
    Path file = out != null ? out : source.root().resolve("report.html");
    Path written = ReportBuilder.write(source, file, Instant.now());
    spec.commandLine().getOut().println("  report     " + written);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
