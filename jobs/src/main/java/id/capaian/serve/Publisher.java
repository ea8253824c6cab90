package id.capaian.serve;

import id.capaian.warehouse.DatasetSchema;
import id.capaian.warehouse.Schemas;
import id.capaian.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@code WAREHOUSE/capaian.duckdb}: views defined by the ordered scripts of {@code sql/} that read
 * the Parquet datasets in place, plus the small reference tables they join to.
 *
 * <ul>
 *   <li>A script names a dataset as {@code {{dataset facts}}}; it becomes the dataset's typed relation
 *       ({@link DatasetSource}), empty when no stage wrote it yet.
 *   <li>Paths inside the views are relative to the warehouse folder, so a copied folder still opens:
 *       readers set {@code file_search_path} to it ({@link WarehouseDb} does), or start the DuckDB CLI
 *       in that folder.
 *   <li>The file is written in DuckDB's v1.0.0 storage format, which every DuckDB since 1.0 (the stock
 *       CLI, DBeaver's driver) opens, to a temporary name and renamed over the old one, so a reader
 *       never sees a half-built database.
 *   <li>Views named after a dataset get the contract's descriptions as comments where the script gives
 *       none, so the data dictionary has one source per dataset.
 * </ul>
 */
public final class Publisher {
  /** What publishing made: the file, its views in creation order, and notes (empty datasets, ...). */
  public record Result(Path file, List<String> views, List<String> notes) {}

  static final String STORAGE_VERSION = "v1.0.0";
  private static final Pattern DATASET = Pattern.compile("\\{\\{\\s*dataset\\s+([a-z][a-z0-9_]*)\\s*}}");
  private static final String CATALOG = "capaian";

  private final Warehouse warehouse;
  private final SqlScripts scripts;

  public Publisher(Warehouse warehouse, SqlScripts scripts) {
    this.warehouse = warehouse;
    this.scripts = scripts;
  }

  public Result publish() throws IOException, SQLException {
    Path target = warehouse.duckdbFile();
    if (Files.isSymbolicLink(target)) {
      // A versioned warehouse links the file to its current version: rebuild that one.
      target = target.toRealPath();
    }
    Path folder = target.getParent();
    Files.createDirectories(folder);
    Path temporary = folder.resolve("." + target.getFileName() + ".publishing-" + UUID.randomUUID());
    List<String> notes = new ArrayList<>();
    List<String> views;
    try {
      views = build(folder, temporary, notes);
      Files.deleteIfExists(wal(target));
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
      Files.deleteIfExists(wal(temporary));
    }
    return new Result(target, views, notes);
  }

  private List<String> build(Path folder, Path file, List<String> notes) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      WarehouseDb.configure(statement, folder);
      statement.execute(
          "attach " + Sql.literal(file.toString()) + " as " + CATALOG
              + " (storage_version " + Sql.literal(STORAGE_VERSION) + ")");
      statement.execute("use " + CATALOG);
      ReferenceTables.create(connection);
      DatasetSource datasets = new DatasetSource(folder, connection, notes::add);
      Set<String> named = new LinkedHashSet<>();
      for (SqlScripts.Script script : scripts.scripts()) {
        String sql;
        try {
          sql = expand(script.text(), datasets, named);
          statement.execute(sql);
        } catch (SQLException | RuntimeException e) {
          throw new SQLException("Cannot publish sql/" + script.name() + ": " + firstLine(e.getMessage()), e);
        }
      }
      commentFromContracts(connection, named);
      List<String> views = views(connection);
      statement.execute("use memory");
      statement.execute("detach " + CATALOG);
      return views;
    }
  }

  private static String expand(String text, DatasetSource datasets, Set<String> named) throws SQLException {
    Matcher m = DATASET.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      named.add(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(datasets.relation(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A view named after a dataset is that dataset's staging view: its contract describes it. */
  private static void commentFromContracts(Connection connection, Set<String> datasets) throws SQLException {
    for (String dataset : datasets) {
      if (!isView(connection, dataset)) {
        continue;
      }
      DatasetSchema contract = Schemas.contract(dataset);
      try (Statement statement = connection.createStatement()) {
        if (comment(connection, "select comment from duckdb_views() where database_name = ? and view_name = ?",
            dataset, null) == null) {
          statement.execute("comment on view " + Sql.identifier(dataset) + " is "
              + Sql.literal(contract.description().strip() + " Grain: " + contract.grain().strip() + "."));
        }
        for (DatasetSchema.Column column : contract.columns()) {
          String existing = comment(connection,
              "select comment from duckdb_columns() where database_name = ? and table_name = ? and column_name = ?",
              dataset, column.name());
          if (existing == null && column.description() != null) {
            statement.execute("comment on column " + Sql.identifier(dataset) + "." + Sql.identifier(column.name())
                + " is " + Sql.literal(column.description().strip()));
          }
        }
      }
    }
  }

  private static boolean isView(Connection connection, String name) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "select count(*) from duckdb_views() where database_name = ? and view_name = ?")) {
      query.setString(1, CATALOG);
      query.setString(2, name);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1) > 0;
      }
    }
  }

  private static String comment(Connection connection, String sql, String table, String column) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, CATALOG);
      query.setString(2, table);
      if (column != null) {
        query.setString(3, column);
      }
      try (ResultSet rows = query.executeQuery()) {
        String value = rows.next() ? rows.getString(1) : null;
        return value == null || value.isBlank() ? null : value;
      }
    }
  }

  private static List<String> views(Connection connection) throws SQLException {
    List<String> views = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
        "select view_name from duckdb_views() where database_name = ? and not internal order by view_oid")) {
      query.setString(1, CATALOG);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          views.add(rows.getString(1));
        }
      }
    }
    return views;
  }

  private static Path wal(Path file) {
    return file.resolveSibling(file.getFileName() + ".wal");
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
