package id.capaian.serve;

import id.capaian.warehouse.DatasetSchema;
import id.capaian.warehouse.Schemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The typed relation a staging view selects from, for one Parquet dataset: its contract's columns, in
 * contract order and type, read in place from {@code parquet/<dataset>/} by a path relative to the
 * warehouse folder (so a copied folder still opens). A dataset no stage has written yet (an empty
 * warehouse, a stage not built) gives an empty relation of the same columns, so publishing never
 * depends on which stages ran; a column the files lack (written by an older version) reads as NULL.
 */
final class DatasetSource {
  private final Path root;
  private final Connection connection;
  private final Consumer<String> notes;

  /**
   * @param root the warehouse folder the database file sits in; paths in views are relative to it
   * @param connection a connection whose {@code file_search_path} is {@code root}
   * @param notes where to say that a dataset is empty or lacks columns
   */
  DatasetSource(Path root, Connection connection, Consumer<String> notes) {
    this.root = root;
    this.connection = connection;
    this.notes = notes;
  }

  /** A parenthesised select of the dataset's contract columns. */
  String relation(String dataset) throws SQLException {
    DatasetSchema contract = Schemas.contract(dataset);
    String relative = "parquet/" + dataset + "/**/*.parquet";
    Set<String> present = hasParquet(root.resolve("parquet").resolve(dataset)) ? columnsOf(relative) : null;
    if (present == null) {
      notes.accept(dataset + ": not written yet, published as an empty view");
    }
    List<String> select = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (DatasetSchema.Column column : contract.columns()) {
      String type = DuckTypes.of(column.type());
      String name = Sql.identifier(column.name());
      if (present != null && present.contains(column.name())) {
        select.add("cast(" + name + " as " + type + ") as " + name);
      } else {
        select.add("cast(null as " + type + ") as " + name);
        if (present != null) {
          missing.add(column.name());
        }
      }
    }
    if (!missing.isEmpty()) {
      notes.accept(dataset + ": files lack " + String.join(", ", missing) + " (read as NULL; rebuild the stage)");
    }
    String columns = String.join(",\n    ", select);
    return present == null
        ? "(select\n    " + columns + "\n  where false)"
        : "(select\n    " + columns + "\n  from " + reader(relative) + ")";
  }

  static String reader(String relativeGlob) {
    // hive_partitioning: a stage may write key=value folders; union_by_name: files of one dataset
    // written by two versions of a stage need not list their columns in the same order.
    return "read_parquet(" + Sql.literal(relativeGlob) + ", hive_partitioning = true, union_by_name = true)";
  }

  private Set<String> columnsOf(String relative) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("describe select * from " + reader(relative))) {
      while (rows.next()) {
        names.add(rows.getString("column_name"));
      }
    }
    return names;
  }

  private static boolean hasParquet(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet") && Files.isRegularFile(p));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }
}
