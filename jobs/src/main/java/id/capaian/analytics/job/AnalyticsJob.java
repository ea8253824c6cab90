package id.capaian.analytics.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import id.capaian.analytics.BudgetTrend;
import id.capaian.analytics.Candidate;
import id.capaian.analytics.DocumentChecks;
import id.capaian.analytics.FactRow;
import id.capaian.analytics.Finding;
import id.capaian.analytics.KoperasiTrend;
import id.capaian.analytics.LatestValues;
import id.capaian.analytics.MetricKey;
import id.capaian.analytics.Reconciled;
import id.capaian.analytics.Reconciler;
import id.capaian.analytics.RegionRanking;
import id.capaian.analytics.RegionValues;
import id.capaian.analytics.WirausahaTrend;
import id.capaian.reference.Region;
import id.capaian.reference.Regions;
import id.capaian.warehouse.Progress;
import id.capaian.warehouse.Schemas;
import id.capaian.warehouse.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Analytics over the facts: reconciled values with their candidates, trends, comparisons between
 * regions, latest values and data-quality findings. The rules are the pure classes of
 * {@code id.capaian.analytics}; this job groups the facts (by document, by key, by region, by metric and
 * year) and applies them per group on the executors, so no dataset is ever collected on the driver.
 */
public final class AnalyticsJob {
  static final String[] DATASETS = {
    "metric_values", "metric_candidates", "trend_koperasi_aktif", "trend_wirausaha",
    "trend_budget_realization", "compare_regions", "latest_values", "dq_findings", "regions"
  };

  private final SparkSession spark;

  public AnalyticsJob(SparkSession spark) {
    this.spark = spark;
  }

  /** What one analytics run wrote, for the summary. */
  public record Summary(long facts, long metricValues, long conflicts, long findings, long errorFindings) {}

  public Summary run(Warehouse warehouse, Progress progress) {
    for (String input : new String[] {"facts", "documents", "doc_tables"}) {
      if (!exists(warehouse.datasetUri(input))) {
        throw new IllegalStateException("Cannot run analytics: no " + input + " dataset at "
            + warehouse.dataset(input) + " (run 'capaian ingest' and 'capaian facts' first)");
      }
    }
    Dataset<Row> factRows = FactInput.facts(spark, warehouse);
    // Read once, into the candidates' shuffle: not cached, the heap is for the groups.
    JavaRDD<FactRow> facts = factRows.javaRDD().map(FactInput::toFactRow);

    // Per document: sums, percentages, units, year labels, malformed numbers; and the derived sums.
    // Grouped as rows by the Dataset API: its sort-based shuffle keeps them as bytes, where an RDD
    // groupBy of Java objects spent most of the stage estimating the objects' sizes (BENCHMARKS.md).
    JavaRDD<DocumentChecks.Result> perDocument = factRows
        .groupByKey((MapFunction<Row, String>) r -> r.getAs("doc_id"), Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, Row, DocumentChecks.Result>) (doc, rows) -> {
          List<FactRow> list = new ArrayList<>();
          rows.forEachRemaining(r -> list.add(FactInput.toFactRow(r)));
          return DocumentChecks.runSafely(list);
        }, Encoders.javaSerialization(DocumentChecks.Result.class))
        .javaRDD()
        .persist(StorageLevel.MEMORY_AND_DISK());
    // Progress counts documents, like the other stages: their checks are done here, the rest at the end.
    long documents = perDocument.count();
    progress.report("analytics", 0, documents);

    // Per key (stage left open): reconciliation.
    JavaRDD<Candidate> printed = facts
        .filter(f -> !f.has(FactRow.SECONDARY) && !Double.isNaN(f.value()) && MetricKey.of(f) != null)
        .map(f -> Candidate.of(f, MetricKey.of(f)));
    JavaRDD<Candidate> candidates = printed.union(perDocument.flatMap(r -> r.derived().iterator()));
    JavaRDD<Reconciled> reconciled = candidates.groupBy(c -> c.key().unstaged())
        .flatMap(g -> Reconciler.reconcile(list(g._2())).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
    write(reconciled.map(OutputRows::metricValue), warehouse, "metric_values");
    write(reconciled.flatMap(r -> OutputRows.candidates(r).iterator()), warehouse, "metric_candidates");

    // Per region: trends and latest values.
    JavaRDD<RegionValues> regions = reconciled.groupBy(r -> r.key().regionCode())
        .map(g -> new RegionValues(g._1(), list(g._2())))
        .persist(StorageLevel.MEMORY_AND_DISK());
    write(regions.flatMap(v -> KoperasiTrend.of(v).stream().map(OutputRows::koperasi).iterator()),
        warehouse, "trend_koperasi_aktif");
    write(regions.flatMap(v -> WirausahaTrend.of(v).stream().map(OutputRows::wirausaha).iterator()),
        warehouse, "trend_wirausaha");
    write(regions.flatMap(v -> BudgetTrend.of(v).stream().map(OutputRows::budget).iterator()),
        warehouse, "trend_budget_realization");
    write(regions.flatMap(v -> latest(v).iterator()), warehouse, "latest_values");

    // Per metric, measure, year and stage: regions side by side.
    JavaRDD<Row> comparisons = reconciled
        .filter(r -> RegionRanking.comparable(r.key()))
        .groupBy(r -> r.key().metric() + "|" + r.key().measure() + "|" + r.key().year() + "|" + r.key().stage())
        .flatMap(g -> {
          List<RegionRanking.Entry> entries = new ArrayList<>();
          for (Reconciled r : g._2()) {
            String province = Regions.defaults().byCode(r.key().regionCode()).map(Region::provinceCode)
                .orElse(null);
            entries.add(new RegionRanking.Entry(r.key().regionCode(), province, r));
          }
          return RegionRanking.rank(entries).stream().map(OutputRows::comparison).iterator();
        });
    write(comparisons, warehouse, "compare_regions");
    List<Row> regionRows = Regions.defaults().all().stream().map(OutputRows::region).toList();
    write(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(regionRows, 1), warehouse, "regions");

    JavaRDD<Finding> findings = perDocument.flatMap(r -> r.findings().iterator())
        .union(reconciled.flatMap(r -> Reconciler.disagreements(r).iterator()))
        .union(unreadableCells(warehouse));
    write(findings.map(OutputRows::finding), warehouse, "dq_findings");
    progress.report("analytics", documents, documents);

    Dataset<Row> values = spark.read().parquet(warehouse.datasetUri("metric_values"));
    Dataset<Row> written = spark.read().parquet(warehouse.datasetUri("dq_findings"));
    long factCount = spark.read().parquet(warehouse.datasetUri("facts")).count();
    Summary summary = new Summary(factCount, values.count(), values.where(col("conflict")).count(),
        written.count(), written.where(col("severity").equalTo("error")).count());
    perDocument.unpersist();
    reconciled.unpersist();
    regions.unpersist();
    return summary;
  }

  private static List<Row> latest(RegionValues v) {
    Map<String, List<Reconciled>> lines = new TreeMap<>();
    for (Reconciled r : v.all()) {
      MetricKey k = r.key();
      lines.computeIfAbsent(k.metric() + "|" + k.level() + "|" + k.kode() + "|" + k.item(), x -> new ArrayList<>())
          .add(r);
    }
    List<Row> rows = new ArrayList<>();
    for (List<Reconciled> line : lines.values()) {
      LatestValues.Row row = LatestValues.of(line);
      if (row != null) {
        rows.add(OutputRows.latest(row));
      }
    }
    return rows;
  }

  /** Cells the facts stage could not read as numbers at all, as malformed-number findings. */
  private JavaRDD<Finding> unreadableCells(Warehouse warehouse) {
    if (!exists(warehouse.datasetUri("facts_skipped"))) {
      return JavaSparkContext.fromSparkContext(spark.sparkContext()).emptyRDD();
    }
    Dataset<Row> skipped = spark.read().parquet(warehouse.datasetUri("facts_skipped"))
        .where(col("reason").equalTo("malformed_unparseable"));
    Dataset<Row> documents = spark.read().parquet(warehouse.datasetUri("documents"))
        .select(col("doc_id").as("d_doc_id"), col("region_code"));
    Dataset<Row> tables = spark.read().parquet(warehouse.datasetUri("doc_tables"))
        .select(col("doc_id").as("t_doc_id"), col("table_no").as("t_table_no"), col("number"));
    return skipped
        .join(broadcast(documents), col("doc_id").equalTo(col("d_doc_id")), "left")
        .join(broadcast(tables),
            col("doc_id").equalTo(col("t_doc_id")).and(col("table_no").equalTo(col("t_table_no"))), "left")
        .javaRDD()
        .map(r -> {
          Integer tableNo = r.getAs("table_no");
          String number = r.getAs("number");
          String label = number != null ? "Tabel " + number : "table " + tableNo;
          return DocumentChecks.unreadable(r.getAs("doc_id"), r.getAs("source_file"), r.getAs("region_code"),
              label, (Integer) r.getAs("source_line"), r.getAs("text"));
        });
  }

  private void write(JavaRDD<Row> rows, Warehouse warehouse, String dataset) {
    Dataset<Row> frame = spark.createDataFrame(rows, Schemas.sparkSchema(dataset));
    frame.write().mode(SaveMode.Overwrite).parquet(warehouse.datasetUri(dataset));
  }

  private boolean exists(String uri) {
    try {
      Path path = new Path(uri);
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot look for " + uri, e);
    }
  }

  static <T> List<T> list(Iterable<T> items) {
    List<T> out = new ArrayList<>();
    items.forEach(out::add);
    return out;
  }

}
