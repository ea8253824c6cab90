package id.capaian.cli;

import id.capaian.warehouse.LoadScope;
import id.capaian.warehouse.Progress;
import id.capaian.warehouse.SparkSessions;
import id.capaian.warehouse.Warehouse;
import java.io.PrintWriter;
import java.util.Optional;
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
  private final LoadScope scope;
  private final Warehouse previous;
  private SparkSession spark;

  StageContext(PipelineOptions options, Warehouse warehouse, Progress progress, PrintWriter out) {
    this(options, warehouse, progress, out, LoadScope.everything(), null);
  }

  /**
   * @param warehouse where the stages write: the load's new version
   * @param scope which documents changed since the previous load
   * @param previous the version the load started from (null for a first load)
   */
  StageContext(PipelineOptions options, Warehouse warehouse, Progress progress, PrintWriter out,
      LoadScope scope, Warehouse previous) {
    this.options = options;
    this.warehouse = warehouse;
    this.progress = progress;
    this.out = out;
    this.scope = scope;
    this.previous = previous;
  }

  /** Which documents are new, changed, kept or removed since the previous load. */
  LoadScope scope() {
    return scope;
  }

  /** The warehouse version this load started from, whose rows of kept documents a stage may reuse. */
  Optional<Warehouse> previous() {
    return Optional.ofNullable(previous);
  }

  PipelineOptions options() {
    return options;
  }

  /** Where this stage writes (the load's new version) and reads what earlier stages wrote. */
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
