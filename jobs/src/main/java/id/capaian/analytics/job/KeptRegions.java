package id.capaian.analytics.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import id.capaian.warehouse.Warehouse;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What an incremental analytics run reuses. Every analytics row but compare_regions belongs to one
 * region (a key never spans regions, a document has one region), and a region whose documents were all
 * kept unchanged has the same facts as before, so its rows are the previous version's. A region is
 * recomputed when any document of it is new, changed or removed (its region then or now); a document
 * without region is a group of its own, recomputed when it is not kept.
 */
final class KeptRegions {
  private static final String KEPT = "_kept";

  private final Warehouse previous;
  private final Dataset<Row> keptIds;
  private final List<String> recomputed;

  private KeptRegions(Warehouse previous, Dataset<Row> keptIds, List<String> recomputed) {
    this.previous = previous;
    this.keptIds = keptIds;
    this.recomputed = recomputed;
  }

  static KeptRegions of(SparkSession spark, Warehouse current, Warehouse previous, Set<String> keptDocIds) {
    Dataset<Row> ids = spark.createDataset(List.copyOf(keptDocIds), Encoders.STRING()).toDF("doc_id")
        .withColumn(KEPT, lit(true));
    // One row per document, before and now: the regions to recompute are few next to the facts.
    List<String> regions = documentRegions(spark, current).union(documentRegions(spark, previous))
        .join(broadcast(ids), "doc_id", "left_anti")
        .where(col("region_code").isNotNull())
        .select("region_code").distinct()
        .as(Encoders.STRING()).collectAsList();
    return new KeptRegions(previous, ids, List.copyOf(regions));
  }

  private static Dataset<Row> documentRegions(SparkSession spark, Warehouse warehouse) {
    return spark.read().parquet(warehouse.datasetUri("documents")).select("doc_id", "region_code");
  }

  /** The regions recomputed in this run. */
  List<String> recomputed() {
    return recomputed;
  }

  /** The rows (of facts, of unreadable cells) that belong to a group this run recomputes. */
  Dataset<Row> toRecompute(Dataset<Row> rows) {
    return withKept(rows).where(recomputedRow()).drop(KEPT);
  }

  /** The previous version's rows of a dataset for the groups this run does not recompute. */
  Dataset<Row> previousRows(SparkSession spark, String dataset) {
    return withKept(spark.read().parquet(previous.datasetUri(dataset))).where(recomputedRow().unary_$bang())
        .drop(KEPT);
  }

  private Dataset<Row> withKept(Dataset<Row> rows) {
    if (!java.util.Arrays.asList(rows.columns()).contains("doc_id")) {
      // A dataset of regions (trends, latest values): every row has its region, none a document.
      return rows.withColumn(KEPT, lit(null).cast("boolean"));
    }
    return rows.join(broadcast(keptIds), rows.col("doc_id").equalTo(keptIds.col("doc_id")), "left")
        .drop(keptIds.col("doc_id"));
  }

  private Column recomputedRow() {
    Column region = col("region_code");
    // Never null (a null would drop the row from both sides): a region in the list, or a document of no
    // region that was not kept.
    return region.isNotNull().and(region.isin(recomputed.toArray()))
        .or(region.isNull().and(col(KEPT).isNull()));
  }
}
