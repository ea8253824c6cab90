package id.capaian.analytics.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import id.capaian.analytics.DocumentChecks;
import id.capaian.analytics.FactRow;
import id.capaian.analytics.Finding;
import id.capaian.analytics.RegionAnalytics;
import id.capaian.reference.Regions;
import id.capaian.warehouse.KeptRows;
import id.capaian.warehouse.Progress;
import id.capaian.warehouse.Schemas;
import id.capaian.warehouse.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * Analytics over the facts: reconciled values with their candidates, trends, comparisons between
 * regions, latest values and data-quality findings. The rules are the pure classes of
 * {@code id.capaian.analytics}; this job groups the facts by region (then the region-wide values by metric
 * and year) and applies them per group on the executors, so no dataset is ever collected on the driver.
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

  /**
   * What one analytics run wrote, for the summary.
   *
   * @param recomputedRegions in an incremental run, the regions recomputed (the others' rows were kept);
   *     null when every region was computed
   */
  public record Summary(long facts, long metricValues, long conflicts, long findings, long errorFindings,
      List<String> recomputedRegions) {}

  /**
   * A load where only some documents changed: the previous version, and the documents kept unchanged
   * since it. Only the regions of changed, new or removed documents are recomputed.
   */
  public record Incremental(Warehouse previous, Set<String> keptDocIds) {
    public Incremental {
      keptDocIds = Set.copyOf(keptDocIds);
    }
  }

  public Summary run(Warehouse warehouse, Progress progress) {
    return run(warehouse, progress, null);
  }

  public Summary run(Warehouse warehouse, Progress progress, Incremental incremental) {
    for (String input : new String[] {"facts", "documents", "doc_tables"}) {
      if (!exists(warehouse.datasetUri(input))) {
        throw new IllegalStateException("Cannot run analytics: no " + input + " dataset at "
            + warehouse.dataset(input) + " (run 'capaian ingest' and 'capaian facts' first)");
      }
    }
    KeptRegions kept = incremental != null && KeptRows.available(incremental.previous(), List.of(DATASETS))
        ? KeptRegions.of(spark, warehouse, incremental.previous(), incremental.keptDocIds())
        : null;
    Dataset<Row> facts = FactInput.facts(spark, warehouse);
    if (kept != null) {
      facts = kept.toRecompute(facts);
    }
    long documents = facts.select("doc_id").distinct().count();
    progress.report("analytics", 0, documents);

    // One shuffle: the facts grouped by region (a key never spans regions), as rows, which the Dataset
    // API's sort-based shuffle keeps as bytes. Each group gives the rows of every output at once, tagged
    // by dataset; they are cached in Spark's columnar form, so writing one dataset reads only its column.
    // (Grouping Java objects with RDD groupBy spent most of the stage in Spark's SizeEstimator.)
    Dataset<Row> outputs = facts
        .groupByKey((MapFunction<Row, String>) r -> RegionAnalytics.group(r.getAs("region_code"), r.getAs("doc_id")),
            Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (group, rows) -> {
          List<FactRow> list = new ArrayList<>();
          rows.forEachRemaining(r -> list.add(FactInput.toFactRow(r)));
          return RegionOutputs.of(RegionAnalytics.run(list.get(0).regionCode(), list)).iterator();
        }, Encoders.row(RegionOutputs.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    outputs.count();

    for (String dataset : RegionOutputs.REGION_DATASETS) {
      Dataset<Row> rows = RegionOutputs.select(outputs, dataset);
      if (dataset.equals("dq_findings")) {
        Dataset<Row> unreadable = spark.createDataFrame(unreadableCells(warehouse).map(OutputRows::finding),
            Schemas.sparkSchema("dq_findings"));
        rows = rows.union(kept != null ? kept.toRecompute(unreadable) : unreadable);
      }
      write(kept != null ? withPrevious(rows, kept.previousRows(spark, dataset)) : rows, warehouse, dataset);
    }
    // Across regions, from the values just written: every region, recomputed in this run or not.
    write(RegionComparisons.of(spark.read().parquet(warehouse.datasetUri("metric_values"))), warehouse,
        "compare_regions");
    List<Row> regionRows = Regions.defaults().all().stream().map(OutputRows::region).toList();
    write(spark.createDataFrame(regionRows, Schemas.sparkSchema("regions")).coalesce(1), warehouse, "regions");
    progress.report("analytics", documents, documents);

    Dataset<Row> values = spark.read().parquet(warehouse.datasetUri("metric_values"));
    Dataset<Row> written = spark.read().parquet(warehouse.datasetUri("dq_findings"));
    long factCount = spark.read().parquet(warehouse.datasetUri("facts")).count();
    Summary summary = new Summary(factCount, values.count(), values.where(col("conflict")).count(),
        written.count(), written.where(col("severity").equalTo("error")).count(),
        kept == null ? null : kept.recomputed());
    outputs.unpersist();
    return summary;
  }

  /** This run's rows and the previous version's kept ones, in the dataset's column order. */
  private static Dataset<Row> withPrevious(Dataset<Row> rows, Dataset<Row> previous) {
    Column[] columns = java.util.Arrays.stream(rows.columns()).map(functions::col).toArray(Column[]::new);
    return rows.union(previous.select(columns));
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

  private void write(Dataset<Row> rows, Warehouse warehouse, String dataset) {
    rows.write().mode(SaveMode.Overwrite).parquet(warehouse.datasetUri(dataset));
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

}
