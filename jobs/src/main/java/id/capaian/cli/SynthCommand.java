package id.capaian.cli;

import id.capaian.synth.SynthSpec;
import id.capaian.synth.SyntheticCorpus;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capaian synth}: a synthetic corpus in the formats of the real documents, with its truth. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic corpus: Renja, LKjIP and Renstra documents for regions of the reference table,"
          + " in the layouts of the real documents, and the facts each states.",
      "Writes OUT/corpus/ (documents) and OUT/gold/facts.csv, OUT/gold/documents.csv (the truth)."
    })
final class SynthCommand implements Callable<Integer> {
  @Option(names = "--regions", required = true, paramLabel = "N",
      description = "How many kabupaten/kota (drawn from the reference table by the seed).")
  int regions;

  @Option(names = "--years", required = true, paramLabel = "FROM-TO",
      description = "Plan years, e.g. 2016-2024: a Renja and an LKjIP per year, a Renstra every five years.")
  String years;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Seed: the same seed gives the same corpus. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Mixin Verbosity verbosity;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    verbosity.apply();
    int[] range = SynthSpec.years(years);
    SynthSpec synth = new SynthSpec(regions, range[0], range[1], seed);
    long start = System.nanoTime();
    SyntheticCorpus.Summary summary = SyntheticCorpus.write(synth, out);
    var o = spec.commandLine().getOut();
    o.println("Summary");
    o.println(StageResult.line("documents", summary.documentCount() + " in " + summary.corpus()));
    o.println(StageResult.line("facts", summary.factCount() + " in " + summary.facts()));
    o.println(StageResult.line("size", String.format("%.1f MB", summary.bytes() / 1e6)));
    o.printf("  elapsed    %.1f s%n", (System.nanoTime() - start) / 1e9);
    o.flush();
    return 0;
  }
}
