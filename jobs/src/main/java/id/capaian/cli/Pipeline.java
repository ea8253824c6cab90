package id.capaian.cli;

import java.util.List;

/** The stages {@code capaian run} executes, in order. Each later stage reads what earlier ones wrote. */
final class Pipeline {
  private Pipeline() {}

  static List<Stage> all() {
    return List.of(new IngestStage(), new FactsStage(), new AnalyticsStage(), new PublishStage());
  }
}
