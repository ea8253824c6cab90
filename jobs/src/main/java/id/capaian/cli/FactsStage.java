package id.capaian.cli;

import id.capaian.facts.job.FactsJob;
import id.capaian.warehouse.KeptRows;
import id.capaian.warehouse.LoadScope;
import id.capaian.warehouse.Warehouse;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables and key sentences into typed facts, with every left-out cell and its reason. In a load where
 * only some documents changed, only those are read; the facts of the others are reused.
 */
final class FactsStage implements Stage {
  private static final List<String> DATASETS = List.of("facts", "facts_skipped");

  @Override
  public String name() {
    return "facts";
  }

  @Override
  public StageResult run(StageContext context) {
    LoadScope scope = context.scope();
    FactsJob.Incremental incremental = null;
    if (scope.incremental() && context.previous().filter(p -> KeptRows.available(p, DATASETS)).isPresent()) {
      // Facts depend on the document alone: an unchanged document keeps its facts.
      Warehouse previous = context.previous().get();
      incremental = new FactsJob.Incremental(
          scope.keptDocIds(), dataset -> KeptRows.of(context.spark(), previous, scope, dataset));
    }
    FactsJob.Result result =
        new FactsJob(context.spark()).run(context.warehouse(), context.progress(), incremental);
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
