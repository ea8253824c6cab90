package id.capaian.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code dq_findings} Parquet dataset with an in-memory DuckDB, so the gate answers in a
 * second without starting Spark.
 */
public final class DqFindingsReader {
  private DqFindingsReader() {}

  public static List<GateFinding> read(Path datasetDir) {
    if (!Files.isDirectory(datasetDir)) {
      throw new IllegalStateException(
          "Cannot check: no dq_findings dataset at " + datasetDir + " (run 'capaian analytics' first)");
    }
    String glob = datasetDir.toAbsolutePath().resolve("*.parquet").toString().replace("'", "''");
    List<GateFinding> findings = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement q = db.prepareStatement(
            "select finding_id, source_file, check_name, severity, message from read_parquet('" + glob
                + "', union_by_name = true) order by source_file, finding_id");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        findings.add(new GateFinding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5)));
      }
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("No files found")) {
        return findings; // an empty dataset written by Spark with no part files: no findings
      }
      throw new IllegalStateException("Cannot read dq_findings at " + datasetDir + ": "
          + e.getMessage().lines().findFirst().orElse(""), e);
    }
    return findings;
  }
}
