package id.capaian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
  @Test
  void printsEachChangeOnceInOrder() {
    StringWriter text = new StringWriter();
    ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text));

    progress.report("ingest", 0, 3);
    progress.report("ingest", 0, 3);
    progress.report("ingest", 2, 3);
    progress.report("ingest", 3, 3);
    progress.report("ingest", 3, 3);
    progress.report("facts", 0, 3);

    assertThat(text.toString().lines())
        .containsExactly("ingest: 0/3 documents", "ingest: 2/3 documents", "ingest: 3/3 documents",
            "facts: 0/3 documents");
  }
}
