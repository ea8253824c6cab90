package id.capaian.testing;

import id.capaian.warehouse.SparkSessions;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;

/**
 * One local SparkSession per test JVM, shared by every Spark test class (start-up costs seconds). It is
 * stopped by a shutdown hook, never by a test class, so the next class finds it running.
 */
public abstract class SparkTestBase {
  private static SparkSession session;

  @BeforeAll
  static void startSpark() {
    spark();
  }

  protected static synchronized SparkSession spark() {
    if (session == null) {
      session =
          SparkSessions.create(
              "local[2]", Map.of("spark.ui.enabled", "false", "spark.sql.shuffle.partitions", "4"));
      SparkSession started = session;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "spark-test-stop"));
    }
    return session;
  }
}
