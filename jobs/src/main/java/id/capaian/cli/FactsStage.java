package id.capaian.cli;

import id.capaian.facts.job.FactsJob;
import java.util.ArrayList;
import java.util.List;

/** Tables and key sentences into typed facts, with every left-out cell and its reason. */
final class FactsStage implements Stage {

  @Override
  public String name() {
    return "facts";
  }

  @Override
  public StageResult run(StageContext context) {
    FactsJob.Result result = new FactsJob(context.spark()).run(context.warehouse(), context.progress());
    List<String> lines = new ArrayList<>();
    lines.add(StageResult.line("facts", result.facts()));
    lines.add(StageResult.line("skipped", result.skipped() + " cells (" + result.lostNumericCells() + " numeric)"));
    lines.add(StageResult.line("coverage", String.format("%.1f%% of numeric table cells", 100 * result.coverage())));
    for (String error : result.errors()) {
      lines.add(String.format("  %-10s %s", "failed", error));
    }
    return new StageResult(lines, result.errors().size());
  }
}
