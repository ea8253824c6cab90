package id.capaian.cli;

import id.capaian.serve.Publisher;
import id.capaian.serve.SqlScripts;
import java.util.ArrayList;
import java.util.List;

/** The DuckDB file whose views serve the warehouse to analysts; last, as it reads every dataset. */
final class PublishStage implements Stage {

  @Override
  public String name() {
    return "publish";
  }

  @Override
  public StageResult run(StageContext context) throws Exception {
    Publisher.Result result = new Publisher(context.warehouse(), SqlScripts.bundled()).publish();
    List<String> lines = new ArrayList<>();
    lines.add(StageResult.line("duckdb", result.file()));
    lines.add(StageResult.line("views", result.views().size()));
    for (String note : result.notes()) {
      lines.add(StageResult.line("", note));
    }
    return new StageResult(lines, 0);
  }
}
