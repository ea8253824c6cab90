package id.capaian.warehouse;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Builds the SparkSession of a CLI run: local mode by default, any master when asked. */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * A session for {@code master} (null: {@code spark.master} when spark-submit set it, else
   * {@code local[*]}), with settings suited to a warehouse of many small documents.
   */
  public static SparkSession create(String master, Map<String, String> conf) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("capaian")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            // Small datasets: a few shuffle partitions; adaptive execution coalesces further.
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.parquet.compression.codec", "zstd");
    String resolved = master != null ? master : System.getProperty("spark.master");
    builder.master(resolved != null ? resolved : "local[*]");
    conf.forEach(builder::config);
    return builder.getOrCreate();
  }
}
