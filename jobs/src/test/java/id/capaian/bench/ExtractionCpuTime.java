package id.capaian.bench;

import id.capaian.extract.DocumentReader;
import id.capaian.extract.ReadOutcome;
import id.capaian.facts.FactExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The operations of {@link ExtractionBenchmark} ({@code extract}, {@code extractFacts}) timed by the
 * thread's CPU time instead of the wall clock. On a machine shared with other busy processes the
 * wall-clock figures measure the share of the core we got as much as our code; CPU time counts only
 * the time the thread ran. After a warm-up, each source is run in rounds of at least one second, and
 * the median round's MB per CPU-second is printed. Run with {@code bench/extraction-cpu.sh}.
 */
public final class ExtractionCpuTime {
  private static final int ROUNDS = 7;

  private ExtractionCpuTime() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    DocumentReader reader = DocumentReader.defaults();
    FactExtractor facts = FactExtractor.defaults();
    System.out.printf(Locale.ROOT, "%-10s %-12s %7s %8s %12s %10s%n", "source", "benchmark", "docs", "MB",
        "cpu ms/op", "MB/cpu-s");
    for (String source : List.of("corpus", "synthetic")) {
      List<Path> files = ExtractionBenchmark.documents(source);
      List<byte[]> contents = new ArrayList<>();
      long bytes = 0;
      for (Path file : files) {
        byte[] content = Files.readAllBytes(file);
        contents.add(content);
        bytes += content.length;
      }
      for (boolean withFacts : new boolean[] {false, true}) {
        long sink = 0;
        long warmUntil = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmUntil) {
          sink += run(reader, facts, files, contents, withFacts);
        }
        double[] msPerOp = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
          long start = cpu.getCurrentThreadCpuTime();
          int ops = 0;
          long until = System.nanoTime() + 1_000_000_000L;
          do {
            sink += run(reader, facts, files, contents, withFacts);
            ops++;
          } while (System.nanoTime() < until);
          msPerOp[r] = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / ops;
        }
        Arrays.sort(msPerOp);
        double median = msPerOp[ROUNDS / 2];
        System.out.printf(Locale.ROOT, "%-10s %-12s %7d %8.2f %12.1f %10.1f   (sink %d)%n", source,
            withFacts ? "extractFacts" : "extract", files.size(), bytes / 1e6, median, bytes / 1e6 / (median / 1000),
            sink);
      }
    }
  }

  private static long run(
      DocumentReader reader, FactExtractor facts, List<Path> files, List<byte[]> contents, boolean withFacts) {
    long count = 0;
    for (int i = 0; i < contents.size(); i++) {
      ReadOutcome outcome = reader.read(files.get(i).getFileName().toString(), contents.get(i));
      if (outcome instanceof ReadOutcome.Accepted accepted) {
        count += withFacts
            ? facts.extract(accepted.document()).facts().size()
            : accepted.document().tables().size();
      }
    }
    return count;
  }
}
