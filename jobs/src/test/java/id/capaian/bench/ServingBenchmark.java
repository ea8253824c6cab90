package id.capaian.bench;

import id.capaian.cli.ReadmeQueriesTest;
import id.capaian.warehouse.SparkSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.sql.SparkSession;

/**
 * Serving latency. First every query of the README's "Questions analysts ask", as analysts run them:
 * DuckDB on the published {@code capaian.duckdb} views (p50, p95). Then each query of
 * {@code bench/serving-queries.sql} (aggregations over {@code facts} that Spark SQL can run unchanged)
 * by DuckDB and by Spark SQL in local mode on the same Parquet, with their ratio. Every run reads the
 * results to the last row. Usage: {@code bench/serving.sh WAREHOUSE [ITERATIONS]}.
 */
public final class ServingBenchmark {
  private ServingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path warehouse = Path.of(args[0]).toAbsolutePath();
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    Map<String, String> queries = queries(Path.of(args.length > 2 ? args[2] : "bench/serving-queries.sql"));
    Map<String, double[]> duck = new LinkedHashMap<>();
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    // The views name parquet/<dataset> relative to the warehouse folder, as the README tells clients.
    readOnly.setProperty("file_search_path", warehouse.toString());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("capaian.duckdb"), readOnly);
        Statement st = db.createStatement()) {
      System.out.printf(Locale.ROOT, "%-58s %9s %9s %7s%n", "README question (DuckDB views)", "p50", "p95", "rows");
      for (Map.Entry<String, String> q : ReadmeQueriesTest.questions().entrySet()) {
        long[] rows = new long[1];
        double[] ms = time(iterations, () -> rows[0] = count(st, q.getValue()));
        System.out.printf(Locale.ROOT, "%-58s %7.1fms %7.1fms %7d%n", q.getKey(), pct(ms, 50), pct(ms, 95), rows[0]);
      }
      System.out.println();
      for (Map.Entry<String, String> q : queries.entrySet()) {
        duck.put(q.getKey(), time(iterations, () -> count(st, q.getValue())));
      }
    }
    Map<String, double[]> spark = new LinkedHashMap<>();
    SparkSession session = SparkSessions.create("local[2]", Map.of());
    try {
      Path facts = warehouse.resolve("parquet/facts").toRealPath();
      session.read().parquet(facts.toString()).createOrReplaceTempView("facts");
      for (Map.Entry<String, String> q : queries.entrySet()) {
        spark.put(q.getKey(), time(Math.max(5, iterations / 5), () -> session.sql(q.getValue()).collectAsList().size()));
      }
    } finally {
      session.stop();
    }
    System.out.printf(Locale.ROOT, "%-55s %9s %9s %9s %9s %7s%n", "query", "duck p50", "duck p95", "spark p50",
        "spark p95", "ratio");
    for (String name : queries.keySet()) {
      double[] d = duck.get(name);
      double[] s = spark.get(name);
      System.out.printf(Locale.ROOT, "%-55s %7.1fms %7.1fms %7.0fms %7.0fms %6.0fx%n", name, pct(d, 50), pct(d, 95),
          pct(s, 50), pct(s, 95), pct(s, 50) / pct(d, 50));
    }
  }

  private static long count(Statement st, String sql) throws Exception {
    long rows = 0;
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        rows++;
      }
    }
    return rows;
  }

  interface Query {
    long run() throws Exception;
  }

  /** Milliseconds of each run after a warm-up of a fifth as many runs, sorted. */
  private static double[] time(int iterations, Query query) throws Exception {
    for (int i = 0; i < Math.max(2, iterations / 5); i++) {
      query.run();
    }
    double[] ms = new double[iterations];
    for (int i = 0; i < iterations; i++) {
      long start = System.nanoTime();
      query.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  private static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  static Map<String, String> queries(Path file) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    String name = null;
    List<String> body = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("-- name:")) {
        name = line.substring("-- name:".length()).trim();
        body.clear();
      } else if (name != null && !line.startsWith("--")) {
        body.add(line);
        if (line.trim().endsWith(";")) {
          String sql = String.join("\n", body).trim();
          out.put(name, sql.substring(0, sql.length() - 1));
          name = null;
        }
      }
    }
    return out;
  }
}
