package id.capaian.serve;

import id.capaian.warehouse.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Read-only connections to a published warehouse, set up so the views' relative paths resolve. */
public final class WarehouseDb {
  private WarehouseDb() {}

  /**
   * Opens {@code WAREHOUSE/capaian.duckdb} read-only. Several readers may share it while no writer
   * holds it (publishing writes a new file and renames it, so readers never block publishing).
   *
   * @throws WarehouseNotPublishedException where there is no database file to open
   */
  public static Connection openReadOnly(Warehouse warehouse) throws SQLException {
    Path file = warehouse.duckdbFile();
    if (!Files.isRegularFile(file)) {
      throw new WarehouseNotPublishedException(
          "No warehouse database at " + file + ": run 'capaian run' or 'capaian publish -w "
              + warehouse.root() + "' first");
    }
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open " + file, e);
    }
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    Connection connection = DriverManager.getConnection("jdbc:duckdb:" + real, properties);
    try (Statement statement = connection.createStatement()) {
      configure(statement, real.getParent());
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /**
   * Relative paths in views resolve against the database file's folder; extensions are never fetched
   * (the driver bundles parquet, json and icu, and a warehouse must open without a network).
   */
  static void configure(Statement statement, Path folder) throws SQLException {
    statement.execute("set file_search_path = " + Sql.literal(folder.toString()));
    statement.execute("set autoinstall_known_extensions = false");
  }

  /** There is no database file where one was expected. */
  public static final class WarehouseNotPublishedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    WarehouseNotPublishedException(String message) {
      super(message);
    }
  }
}
