package id.capaian.cli;

import id.capaian.analytics.job.AnalyticsJob;
import id.capaian.warehouse.LoadScope;
import java.util.ArrayList;
import java.util.List;

/** Reconciled values, trends, comparisons and data-quality findings from the facts. */
final class AnalyticsStage implements Stage {

  @Override
  public String name() {
    return "analytics";
  }

  @Override
  public StageResult run(StageContext context) {
    LoadScope scope = context.scope();
    AnalyticsJob.Incremental incremental = scope.incremental() && context.previous().isPresent()
        // A region whose documents were all kept has the facts, so the analytics rows, it had before.
        ? new AnalyticsJob.Incremental(context.previous().get(), scope.keptDocIds())
        : null;
    AnalyticsJob.Summary s =
        new AnalyticsJob(context.spark()).run(context.warehouse(), context.progress(), incremental);
    List<String> lines = new ArrayList<>();
    if (s.recomputedRegions() != null) {
      lines.add(StageResult.line("regions", s.recomputedRegions().size()
          + " recomputed (changed documents), the others' rows kept"));
    }
    lines.add(StageResult.line("values", s.metricValues() + " reconciled from " + s.facts() + " facts ("
        + s.conflicts() + " with conflicting sources)"));
    lines.add(StageResult.line("findings", s.findings() + " data-quality findings (" + s.errorFindings() + " errors)"));
    return new StageResult(lines, 0);
  }
}
