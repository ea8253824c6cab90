package id.capaian.extract.table;

import id.capaian.extract.DocumentReader;
import id.capaian.extract.TableExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Throughput of table extraction on one core, warm JVM. A benchmark, not a test: run it by hand
 * after {@code mvn -o test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes id.capaian.extract.table.TableExtractionBenchmark \
 *     ../shared/corpus/*.txt
 * </pre>
 */
public final class TableExtractionBenchmark {
  private TableExtractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: TableExtractionBenchmark FILE...");
      System.exit(2);
    }
    List<List<String>> docs = new ArrayList<>();
    long bytes = 0;
    for (String arg : args) {
      String text = Files.readString(Path.of(arg));
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
      docs.add(DocumentReader.lines(text));
    }
    TableExtractor extractor = new TableExtractor();
    long tables = 0;
    for (int warm = 0; warm < 50; warm++) {
      for (List<String> doc : docs) {
        tables += extractor.extract(doc).size();
      }
    }
    int reps = 200;
    long start = System.nanoTime();
    for (int r = 0; r < reps; r++) {
      for (List<String> doc : docs) {
        tables += extractor.extract(doc).size();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%d documents, %d bytes: %.1f MB/s on one thread (%.2f ms per pass; %d tables)%n",
        docs.size(), bytes, bytes * (double) reps / seconds / 1e6, seconds * 1000 / reps, tables);
  }
}
