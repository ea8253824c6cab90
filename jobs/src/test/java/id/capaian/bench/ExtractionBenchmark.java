package id.capaian.bench;

import id.capaian.extract.DocumentReader;
import id.capaian.extract.ReadOutcome;
import id.capaian.facts.FactExtractor;
import id.capaian.synth.SynthSpec;
import id.capaian.synth.SyntheticCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Extraction alone on one core: {@link DocumentReader} (decoding, identity, tables) and then
 * {@link FactExtractor} (every fact) over a whole corpus per operation, beside two floors for the same bytes: reading the files (page cache) and one pass
 * decoding them and splitting lines. {@code main} prints MB/s and documents/s. Run with
 * {@code bench/extraction.sh} (see BENCHMARKS.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:ActiveProcessorCount=1"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ExtractionBenchmark {

  /** "corpus": the real documents in ../shared/corpus; "synthetic": 100 generated documents. */
  @Param({"corpus", "synthetic"})
  public String source;

  private List<Path> files;
  private List<byte[]> contents;
  private DocumentReader reader;
  private FactExtractor factExtractor;

  @Setup
  public void setUp() throws IOException {
    files = documents(source);
    contents = new ArrayList<>();
    for (Path file : files) {
      contents.add(Files.readAllBytes(file));
    }
    reader = DocumentReader.defaults();
    factExtractor = FactExtractor.defaults();
  }

  /** Floor 1: reading the bytes of every file (from the page cache after the first pass). */
  @Benchmark
  public long readFiles() throws IOException {
    long total = 0;
    for (Path file : files) {
      total += Files.readAllBytes(file).length;
    }
    return total;
  }

  /** Floor 2: one pass decoding UTF-8 and splitting lines. */
  @Benchmark
  public long splitLines() {
    long lines = 0;
    for (byte[] content : contents) {
      lines += new String(content, StandardCharsets.UTF_8).lines().count();
    }
    return lines;
  }

  /** Extraction: identity and every table of every document. */
  @Benchmark
  public long extract() {
    long tables = 0;
    for (int i = 0; i < contents.size(); i++) {
      ReadOutcome outcome = reader.read(files.get(i).getFileName().toString(), contents.get(i));
      if (outcome instanceof ReadOutcome.Accepted accepted) {
        tables += accepted.document().tables().size();
      }
    }
    return tables;
  }

  /** The whole pure extraction: documents and tables, then every fact of every table and sentence. */
  @Benchmark
  public long extractFacts() {
    long facts = 0;
    for (int i = 0; i < contents.size(); i++) {
      ReadOutcome outcome = reader.read(files.get(i).getFileName().toString(), contents.get(i));
      if (outcome instanceof ReadOutcome.Accepted accepted) {
        facts += factExtractor.extract(accepted.document()).facts().size();
      }
    }
    return facts;
  }

  /** The documents of one source; the synthetic ones are written once to a fixed temp folder. */
  static List<Path> documents(String source) throws IOException {
    Path dir;
    if (source.equals("corpus")) {
      String shared = System.getenv("CAPAIAN_SHARED");
      Path project = Path.of(System.getProperty("capaian.project.dir", ".")).toAbsolutePath();
      dir = (shared != null ? Path.of(shared) : project.resolve("../shared")).resolve("corpus").normalize();
    } else {
      Path out = Path.of(System.getProperty("java.io.tmpdir"), "capaian-bench-synthetic-5-2016-2024-seed1");
      dir = out.resolve("corpus");
      if (!Files.isDirectory(dir)) {
        SyntheticCorpus.write(new SynthSpec(5, 2016, 2024, 1), out);
      }
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
    }
  }

  public static void main(String[] args) throws Exception {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(ExtractionBenchmark.class.getName())
        .jvmArgsPrepend("-Dcapaian.project.dir=" + System.getProperty("capaian.project.dir", "."))
        .build()).run();
    System.out.println();
    System.out.printf(Locale.ROOT, "%-10s %-12s %7s %10s %10s %9s %9s%n", "source", "benchmark", "docs", "MB",
        "ms/op", "MB/s", "docs/s");
    for (RunResult result : results) {
      String source = result.getParams().getParam("source");
      List<Path> docs = documents(source);
      long bytes = 0;
      for (Path doc : docs) {
        bytes += Files.size(doc);
      }
      double ms = result.getPrimaryResult().getScore();
      String name = result.getParams().getBenchmark().replaceFirst(".*\\.", "");
      System.out.printf(Locale.ROOT, "%-10s %-12s %7d %10.2f %10.3f %9.1f %9.0f%n", source, name, docs.size(),
          bytes / 1e6, ms, bytes / 1e6 / (ms / 1000), docs.size() / (ms / 1000));
    }
  }
}
