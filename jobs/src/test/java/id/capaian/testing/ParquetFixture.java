package id.capaian.testing;

import id.capaian.serve.DuckTypes;
import id.capaian.warehouse.DatasetSchema;
import id.capaian.warehouse.Schemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a small Parquet dataset into a warehouse folder the way a stage would (its contract's columns
 * and types, under {@code parquet/<dataset>/}), using DuckDB so tests need no Spark.
 */
public final class ParquetFixture {
  private ParquetFixture() {}

  /** Writes the rows (column name to value; absent columns are NULL) as one Parquet file. */
  public static void write(Path warehouse, String dataset, List<Map<String, Object>> rows) throws Exception {
    write(warehouse, dataset, rows, List.of());
  }

  /** As {@link #write(Path, String, List)}, leaving out the named contract columns entirely. */
  public static void write(Path warehouse, String dataset, List<Map<String, Object>> rows, List<String> without)
      throws Exception {
    DatasetSchema contract = Schemas.contract(dataset);
    List<String> selects = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      List<String> columns = new ArrayList<>();
      for (DatasetSchema.Column column : contract.columns()) {
        if (!without.contains(column.name())) {
          columns.add("cast(" + literal(row.get(column.name())) + " as " + DuckTypes.of(column.type()) + ") as "
              + quoted(column.name()));
        }
      }
      selects.add("select " + String.join(", ", columns));
    }
    Path folder = warehouse.resolve("parquet").resolve(dataset);
    Files.createDirectories(folder);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("copy (" + String.join(" union all ", selects) + ") to "
          + string(folder.resolve("part-00000.parquet").toString()) + " (format parquet)");
    }
    // Spark leaves a marker beside its files; the views must not trip over it.
    Files.writeString(folder.resolve("_SUCCESS"), "");
  }

  static String literal(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      for (Object item : list) {
        items.add(literal(item));
      }
      return "[" + String.join(", ", items) + "]";
    }
    return string(value.toString());
  }

  private static String string(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String quoted(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
