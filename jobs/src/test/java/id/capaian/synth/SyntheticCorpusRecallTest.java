package id.capaian.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.capaian.cli.Capaian;
import id.capaian.testing.GoldFacts;
import id.capaian.testing.JavaProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole pipeline on a generated corpus gives back every fact the generator put in, exactly: same
 * metric, measure, year, level, kode and stage, the same value, on the same line. The corpus holds every
 * layout the generator writes (pipe and TAB tables, split codes, page breaks of every kind, the
 * drifting last page, prose facts, both number conventions).
 */
class SyntheticCorpusRecallTest {

  @TempDir Path tmp;

  @Test
  void testEveryGeneratedFactComesBackFromThePipeline() throws Exception {
    assumeTrue(factsStageExists(),
        "skipped: the pipeline has no facts stage yet ('capaian facts' is not a command), so there is no"
            + " facts dataset to check the generated truth against");
    // Two regions over six years: every document type and layout, Renstra included.
    SyntheticCorpus.Summary corpus = SyntheticCorpus.write(new SynthSpec(2, 2019, 2024, 17), tmp.resolve("synth"));
    Path warehouse = tmp.resolve("warehouse");
    try (JavaProcess run = JavaProcess.start("capaian-run", tmp, Map.of(), List.of("-Xmx2g"),
        Capaian.class.getName(), List.of("run", "--master", "local[2]", "--input", corpus.corpus().toString(),
            "--warehouse", warehouse.toString()))) {
      assertThat(run.await(Duration.ofMinutes(10))).as("capaian run; its log:\n%s", run.output()).isZero();
    }
    List<GoldFacts.Expected> truth = GoldFacts.read(corpus.facts());
    List<String> missing = GoldFacts.missing(truth, GoldFacts.warehouseFacts(warehouse), true);
    assertThat(missing)
        .as("%d of %d generated facts not read back (first 40 shown)", missing.size(), truth.size())
        .satisfies(m -> assertThat(m.subList(0, Math.min(40, m.size()))).isEmpty());
  }

  /** Every stage has its own subcommand, so the facts stage exists when {@code capaian facts} does. */
  static boolean factsStageExists() {
    return new CommandLine(new Capaian()).getSubcommands().containsKey("facts");
  }
}
