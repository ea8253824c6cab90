package id.capaian.serve;

import id.capaian.warehouse.Warehouse;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs analysts' SQL against a published warehouse on a read-only connection, so a query can never
 * change the warehouse. A script of several statements runs whole; the last result is printed.
 */
public final class QueryRunner {
  private final Warehouse warehouse;

  public QueryRunner(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /**
   * Runs the SQL and prints its result, or a line saying it returned none.
   *
   * @throws SQLException with DuckDB's own message where the query fails
   */
  public void run(String sql, ResultFormat format, PrintWriter out) throws SQLException {
    if (sql.isBlank()) {
      throw new IllegalArgumentException("Cannot run an empty query");
    }
    try (Connection connection = WarehouseDb.openReadOnly(warehouse);
        Statement statement = connection.createStatement()) {
      if (statement.execute(sql)) {
        format.write(statement.getResultSet(), out);
      } else if (format == ResultFormat.TABLE) {
        out.println("(no result)");
      }
      out.flush();
    }
  }
}
