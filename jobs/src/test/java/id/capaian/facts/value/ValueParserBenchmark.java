package id.capaian.facts.value;

import id.capaian.extract.DocumentReader;
import id.capaian.extract.ExtractedTable;
import id.capaian.extract.TableCell;
import id.capaian.extract.TableExtractor;
import id.capaian.extract.TableRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Throughput of the value parser on one core, warm JVM: every cell of every table of the given
 * documents through {@link ValueParser#parse}, and every line through {@link ValueParser#parseAll}.
 * Reported per byte of the documents, so it adds up with the extraction benchmark against the 20 MB/s
 * budget. A benchmark, not a test: run it by hand after {@code mvn -o test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes id.capaian.facts.value.ValueParserBenchmark \
 *     ../shared/corpus/*.txt
 * </pre>
 */
public final class ValueParserBenchmark {
  private ValueParserBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: ValueParserBenchmark FILE...");
      System.exit(2);
    }
    List<String> cells = new ArrayList<>();
    List<Expect> expects = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    long bytes = 0;
    long cellBytes = 0;
    for (String arg : args) {
      String text = Files.readString(Path.of(arg));
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
      List<String> docLines = DocumentReader.lines(text);
      lines.addAll(docLines);
      for (ExtractedTable t : new TableExtractor().extract(docLines)) {
        for (TableRow row : t.rows()) {
          for (TableCell c : row.cells()) {
            cells.add(c.text());
            cellBytes += c.text().length();
            expects.add(Expect.fromUnit(t.headerPaths().get(c.col())));
          }
        }
      }
    }
    ValueParser parser = new ValueParser();
    long sink = 0;
    for (int warm = 0; warm < 100; warm++) {
      sink += pass(parser, cells, expects, lines);
    }
    int reps = 300;
    long start = System.nanoTime();
    for (int r = 0; r < reps; r++) {
      sink += cellPass(parser, cells, expects);
    }
    double cellSeconds = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    for (int r = 0; r < reps; r++) {
      sink += prosePass(parser, lines);
    }
    double proseSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%d documents, %d bytes, %d cells (%d chars), %d lines%n"
            + "parse(cell): %.1f MB of documents/s (%.2f ms per pass, %.0f ns per cell)%n"
            + "parseAll(line) over every line: %.1f MB/s (%.2f ms per pass)%n(sink %d)%n",
        args.length, bytes, cells.size(), cellBytes, lines.size(),
        bytes * (double) reps / cellSeconds / 1e6, cellSeconds * 1000 / reps,
        cellSeconds * 1e9 / reps / cells.size(),
        bytes * (double) reps / proseSeconds / 1e6, proseSeconds * 1000 / reps, sink);
  }

  private static long pass(ValueParser p, List<String> cells, List<Expect> ex, List<String> lines) {
    return cellPass(p, cells, ex) + prosePass(p, lines);
  }

  private static long cellPass(ValueParser parser, List<String> cells, List<Expect> expects) {
    long n = 0;
    for (int i = 0; i < cells.size(); i++) {
      n += parser.parse(cells.get(i), expects.get(i)).values().size();
    }
    return n;
  }

  private static long prosePass(ValueParser parser, List<String> lines) {
    long n = 0;
    for (String line : lines) {
      n += parser.parseAll(line, Expect.ANY).size();
    }
    return n;
  }
}
