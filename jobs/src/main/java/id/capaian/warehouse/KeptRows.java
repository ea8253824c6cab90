package id.capaian.warehouse;

import static org.apache.spark.sql.functions.broadcast;

import java.nio.file.Files;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The rows an incremental stage reuses: those of the previous version whose {@code doc_id} belongs to
 * a document kept unchanged (every per-document dataset carries {@code doc_id}).
 */
public final class KeptRows {
  private KeptRows() {}

  /** Whether the previous version has every one of these datasets, so a stage can reuse its rows. */
  public static boolean available(Warehouse previous, List<String> datasets) {
    return datasets.stream().allMatch(d -> Files.isDirectory(previous.dataset(d)));
  }

  public static Dataset<Row> of(SparkSession spark, Warehouse previous, LoadScope scope, String dataset) {
    Dataset<Row> ids =
        spark.createDataset(List.copyOf(scope.keptDocIds()), Encoders.STRING()).toDF("doc_id");
    // A semi join keeps the dataset's own columns; the id list is small next to the rows.
    return spark.read().parquet(previous.datasetUri(dataset)).join(broadcast(ids), "doc_id", "left_semi");
  }
}
