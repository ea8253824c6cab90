package id.capaian.cli;

import id.capaian.analytics.DqBaseline;
import id.capaian.analytics.DqFindingsReader;
import id.capaian.analytics.DqGate;
import id.capaian.analytics.GateFinding;
import id.capaian.warehouse.Warehouse;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code capaian check}: the data-quality gate. Error findings not in the accepted baseline fail it
 * (exit 1, one line each); {@code --accept} records the current ones as the baseline.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Data-quality gate: exit 1, with one line per finding, when dq_findings has error"
        + " findings not in the accepted baseline WAREHOUSE/dq_baseline.json.")
final class CheckCommand implements Callable<Integer> {
  @Mixin PublishedWarehouse published;

  @Option(names = "--accept", description = "Record the current error findings as the baseline, then pass.")
  boolean accept;

  @Option(
      names = "--require-baseline",
      description = "Fail when there is no baseline (without it, a first check reports and passes).")
  boolean requireBaseline;

  @Mixin Verbosity verbosity;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    verbosity.apply();
    PrintWriter out = spec.commandLine().getOut();
    Warehouse wh = published.warehouse();
    List<GateFinding> findings = DqFindingsReader.read(wh.dataset("dq_findings"));
    List<GateFinding> errors = findings.stream().filter(GateFinding::error).toList();
    Path baselineFile = wh.root().resolve(DqBaseline.fileName());
    if (accept) {
      DqBaseline.of(errors, Instant.now().toString()).write(baselineFile);
      out.printf("dq gate: accepted %d error findings as the baseline %s%n", errors.size(), baselineFile);
      out.flush();
      return 0;
    }
    if (!Files.exists(baselineFile)) {
      out.printf("dq gate: %d error findings, %d warnings; no baseline at %s (record one with"
          + " 'capaian check --accept')%n", errors.size(), findings.size() - errors.size(), baselineFile);
      out.flush();
      return requireBaseline ? 1 : 0;
    }
    DqGate.Result result = DqGate.compare(findings, DqBaseline.read(baselineFile));
    result.newErrorLines().forEach(out::println);
    out.printf("dq gate: %s: %d new error findings, %d accepted in the baseline, %d fixed since, %d warnings%n",
        result.passes() ? "passed" : "FAILED", result.newErrors().size(), result.knownErrors().size(),
        result.fixed().size(), findings.size() - errors.size());
    out.flush();
    return result.passes() ? 0 : 1;
  }
}
