package id.capaian.cli;

import id.capaian.analytics.job.AnalyticsJob;
import java.util.List;

/** Reconciled values, trends, comparisons and data-quality findings from the facts. */
final class AnalyticsStage implements Stage {

  @Override
  public String name() {
    return "analytics";
  }

  @Override
  public StageResult run(StageContext context) {
    AnalyticsJob.Summary s = new AnalyticsJob(context.spark()).run(context.warehouse(), context.progress());
    return new StageResult(List.of(
        StageResult.line("values", s.metricValues() + " reconciled from " + s.facts() + " facts ("
            + s.conflicts() + " with conflicting sources)"),
        StageResult.line("findings", s.findings() + " data-quality findings (" + s.errorFindings() + " errors)")),
        0);
  }
}
