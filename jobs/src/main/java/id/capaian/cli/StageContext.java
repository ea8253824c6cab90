package id.capaian.cli;

import id.capaian.warehouse.Progress;
import id.capaian.warehouse.SparkSessions;
import id.capaian.warehouse.Warehouse;
import java.io.PrintWriter;
import org.apache.spark.sql.SparkSession;

/**
 * What every stage of one run shares. The SparkSession starts on first use, so stages that need no
 * Spark (publishing to DuckDB) cost no Spark start-up when run alone.
 */
final class StageContext implements AutoCloseable {
  private final PipelineOptions options;
  private final Warehouse warehouse;
  private final Progress progress;
  private final PrintWriter out;
  private SparkSession spark;

  StageContext(PipelineOptions options, Warehouse warehouse, Progress progress, PrintWriter out) {
    this.options = options;
    this.warehouse = warehouse;
    this.progress = progress;
    this.out = out;
  }

  PipelineOptions options() {
    return options;
  }

  Warehouse warehouse() {
    return warehouse;
  }

  Progress progress() {
    return progress;
  }

  /** Where a stage may print more than its summary lines (rarely needed). */
  PrintWriter out() {
    return out;
  }

  synchronized SparkSession spark() {
    if (spark == null) {
      spark = SparkSessions.create(options.master, options.conf);
    }
    return spark;
  }

  @Override
  public synchronized void close() {
    if (spark != null) {
      spark.stop();
      spark = null;
    }
  }
}
