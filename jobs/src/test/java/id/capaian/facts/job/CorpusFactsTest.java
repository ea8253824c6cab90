package id.capaian.facts.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.facts.ConflictFlagger;
import id.capaian.ingest.IngestJob;
import id.capaian.reference.Csv;
import id.capaian.testing.SharedCorpus;
import id.capaian.testing.SparkTestBase;
import id.capaian.warehouse.Progress;
import id.capaian.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest and facts on the real corpus ({@code ../shared/corpus}), checked against the hand-read gold
 * ({@code ../shared/gold}) by the README's match rule. Skipped with a message where the corpus is
 * absent.
 *
 * <p>The wrong-value rule: a fact that makes the same claim as a fact matching a gold row (same metric,
 * measure, year and stage; for budget lines also the same line: level and code, or name) but states
 * another value must carry a flag saying why ({@code conflict_in_document} or {@code malformed}). A fact
 * about another budget line or another stage is another claim: the gold row's blank stage or level
 * means "any", not "all".
 */
class CorpusFactsTest extends SparkTestBase {
  @TempDir static Path warehouseDir;
  private static List<Found> facts;
  private static List<Row> skipped;
  private static List<Row> dataCells;

  /** One fact as the checks need it. */
  record Found(String file, String region, String level, String kode, String subject, String metric,
      String measure, String stage, Integer year, double value, int line, List<String> flags, Integer table,
      Integer row, Integer col) {
    String claim() {
      String base = metric + "|" + measure + "|" + year + "|" + stage;
      if (!"anggaran".equals(metric)) {
        return base;
      }
      if ("dinas".equals(level)) {
        return base + "|dinas";
      }
      return base + "|" + level + "|" + (kode != null ? kode : Objects.toString(subject).toLowerCase());
    }
  }

  @BeforeAll
  static void runStages() {
    Path corpus = SharedCorpus.corpus();
    Warehouse warehouse = new Warehouse(warehouseDir);
    new IngestJob(spark()).run(corpus.toString(), warehouse, Progress.NONE);
    FactsJob.Result result = new FactsJob(spark()).run(warehouse, Progress.NONE);
    assertThat(result.errors()).isEmpty();
    facts = new ArrayList<>();
    for (Row r : spark().read().parquet(warehouse.datasetUri("facts")).collectAsList()) {
      facts.add(new Found(Path.of(r.<String>getAs("source_file")).getFileName().toString(),
          r.getAs("region_code"), r.getAs("level"), r.getAs("kode"), r.getAs("subject"), r.getAs("metric"),
          r.getAs("measure"), r.getAs("stage"), r.getAs("year"), r.<Double>getAs("value"),
          r.<Integer>getAs("source_line"), r.getList(r.fieldIndex("flags")), r.getAs("table_no"),
          r.getAs("row_no"), r.getAs("col_no")));
    }
    skipped = spark().read().parquet(warehouse.datasetUri("facts_skipped")).collectAsList();
    dataCells = spark().read().parquet(warehouse.datasetUri("cells"))
        .join(spark().read().parquet(warehouse.datasetUri("doc_tables")).where("kind = 'DATA'"),
            new String[] {"doc_id", "table_no"}, "inner")
        .join(spark().read().parquet(warehouse.datasetUri("documents")).select("doc_id", "source_file"), "doc_id")
        .select("source_file", "table_no", "row_no", "col_no").collectAsList();
  }

  private static List<List<String>> csv(String file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(SharedCorpus.gold(file));
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        rows.add(Csv.split(line));
      }
    }
    return rows;
  }

  private static boolean givenMatches(String gold, String fact) {
    return gold.isEmpty() || gold.equals(fact);
  }

  private static List<Found> candidates(List<String> g) {
    int year = Integer.parseInt(g.get(7));
    return facts.stream()
        .filter(f -> f.file().equals(g.get(0)) && f.region().equals(g.get(1)))
        .filter(f -> g.get(4).equals(f.metric()) && g.get(5).equals(f.measure()))
        .filter(f -> f.year() != null && f.year() == year)
        .filter(f -> givenMatches(g.get(2), f.level()) && givenMatches(g.get(3), f.kode())
            && givenMatches(g.get(6), f.stage()))
        .toList();
  }

  @Test
  void testEveryGoldFactIsFoundInItsDocument() throws IOException {
    Map<String, int[]> recall = new TreeMap<>();
    List<String> missing = new ArrayList<>();
    for (List<String> g : csv("facts.csv")) {
      double want = Double.parseDouble(g.get(8));
      boolean found = candidates(g).stream().anyMatch(f -> ConflictFlagger.same(f.value(), want));
      int[] r = recall.computeIfAbsent(g.get(0), k -> new int[2]);
      r[1]++;
      if (found) {
        r[0]++;
      } else {
        missing.add(String.join(",", g) + " candidates: "
            + candidates(g).stream().map(f -> f.value() + "@" + f.line()).toList());
      }
    }
    recall.forEach((file, r) -> System.out.printf("gold recall %s: %d/%d%n", file, r[0], r[1]));
    assertThat(missing).as("gold facts not found").isEmpty();
  }

  @Test
  void testNoFactOfAnAbsentMetricAndMeasure() throws IOException {
    for (List<String> a : csv("absent.csv")) {
      List<Found> present = facts.stream()
          .filter(f -> f.file().equals(a.get(0)) && a.get(2).equals(f.metric()) && a.get(3).equals(f.measure()))
          .toList();
      assertThat(present).as("facts the document does not contain: " + String.join(",", a)).isEmpty();
    }
  }

  @Test
  void testAWrongValueForAGoldClaimCarriesAFlagSayingWhy() throws IOException {
    Set<String> reasons = Set.of(ConflictFlagger.CONFLICT, "malformed");
    List<String> unflagged = new ArrayList<>();
    for (List<String> g : csv("facts.csv")) {
      double want = Double.parseDouble(g.get(8));
      List<Found> candidates = candidates(g);
      Set<String> claims = new java.util.HashSet<>();
      candidates.stream().filter(f -> ConflictFlagger.same(f.value(), want)).forEach(f -> claims.add(f.claim()));
      for (Found f : candidates) {
        boolean sameClaim = claims.contains(f.claim()) || claims.isEmpty();
        if (sameClaim && !ConflictFlagger.same(f.value(), want)
            && f.flags().stream().noneMatch(reasons::contains)) {
          unflagged.add(String.join(",", g) + " -> " + f);
        }
      }
    }
    assertThat(unflagged).as("wrong values without a flag").isEmpty();
  }

  @Test
  void testNumericCellsOfEveryDocumentBecomeFactsOrAreListedWithTheirReason() {
    Map<String, long[]> perDoc = new TreeMap<>();
    Set<String> factCells = new java.util.HashSet<>();
    for (Found f : facts) {
      if (f.table() != null) {
        factCells.add(f.file() + ":" + f.table() + ":" + f.row() + ":" + f.col());
      }
    }
    for (String cell : factCells) {
      perDoc.computeIfAbsent(cell.substring(0, cell.indexOf(':')), k -> new long[2])[0]++;
    }
    Set<String> numericReasons = Set.of("malformed_unparseable", "value_in_label_column", "parse_error");
    Set<String> skippedCells = new java.util.HashSet<>();
    for (Row s : skipped) {
      String file = Path.of(s.<String>getAs("source_file")).getFileName().toString();
      skippedCells.add(file + ":" + s.getAs("table_no") + ":" + s.getAs("row_no") + ":" + s.getAs("col_no"));
      if (numericReasons.contains(s.<String>getAs("reason"))) {
        perDoc.computeIfAbsent(file, k -> new long[2])[1]++;
      }
    }
    for (Row c : dataCells) {
      String key = Path.of(c.<String>getAs("source_file")).getFileName() + ":" + c.getAs("table_no") + ":"
          + c.getAs("row_no") + ":" + c.getAs("col_no");
      assertThat(factCells.contains(key) || skippedCells.contains(key)).as("cell " + key + " is accounted for")
          .isTrue();
    }
    perDoc.forEach((file, n) -> {
      double coverage = (double) n[0] / (n[0] + n[1]);
      System.out.printf("coverage %s: %.1f%% of %d numeric cells%n", file, 100 * coverage, n[0] + n[1]);
      assertThat(coverage).as("coverage of " + file).isGreaterThanOrEqualTo(0.95);
    });
    assertThat(perDoc).hasSize(4);
  }
}
