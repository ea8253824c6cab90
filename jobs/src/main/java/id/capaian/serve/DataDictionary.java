package id.capaian.serve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The data dictionary of a published database: every view with its description and, for each column,
 * its type and description, read from the comments the views were published with. Written as
 * {@code docs/data-dictionary.md}, so the description lives in one place ({@code sql/} and
 * {@code schemas/}) and the document is generated from it.
 */
public final class DataDictionary {
  /** One column of a view. */
  public record Column(String name, String type, String description) {}

  /** One view; views come in name order. */
  public record View(String name, String description, List<Column> columns) {}

  private final List<View> views;

  private DataDictionary(List<View> views) {
    this.views = List.copyOf(views);
  }

  public List<View> views() {
    return views;
  }

  /** Reads the views of the connection's default database. */
  public static DataDictionary read(Connection connection) throws SQLException {
    List<View> views = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
        "select view_name, comment from duckdb_views()"
            + " where database_name = current_database() and not internal order by view_name");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        views.add(new View(rows.getString(1), rows.getString(2), columns(connection, rows.getString(1))));
      }
    }
    return new DataDictionary(views);
  }

  private static List<Column> columns(Connection connection, String view) throws SQLException {
    List<Column> columns = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
        "select column_name, data_type, comment from duckdb_columns()"
            + " where database_name = current_database() and table_name = ? order by column_index")) {
      query.setString(1, view);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columns.add(new Column(rows.getString(1), rows.getString(2), rows.getString(3)));
        }
      }
    }
    return columns;
  }

  /** "view" or "view.column" for everything published without a description. */
  public List<String> undescribed() {
    List<String> missing = new ArrayList<>();
    for (View view : views) {
      if (blank(view.description())) {
        missing.add(view.name());
      }
      for (Column column : view.columns()) {
        if (blank(column.description())) {
          missing.add(view.name() + "." + column.name());
        }
      }
    }
    return missing;
  }

  /** The Markdown document. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Data dictionary\n\n")
        .append("The views of `WAREHOUSE/capaian.duckdb`, as `capaian publish` creates them from `sql/`")
        .append(" and `schemas/`.\n")
        .append("Generated from the comments the views are published with: do not edit by hand; change")
        .append(" the comments in `sql/` (or the contract in `schemas/`) and run\n")
        .append("`mvn -o test -Dtest=DataDictionaryTest -Dcapaian.dictionary.write=true`.\n\n");
    for (View view : views) {
      md.append("- [`").append(view.name()).append("`](#").append(view.name()).append(")\n");
    }
    for (View view : views) {
      md.append("\n## ").append(view.name()).append("\n\n")
          .append(cell(view.description())).append("\n\n")
          .append("| column | type | description |\n")
          .append("|---|---|---|\n");
      for (Column column : view.columns()) {
        md.append("| `").append(column.name()).append("` | ").append(column.type()).append(" | ")
            .append(cell(column.description())).append(" |\n");
      }
    }
    return md.toString();
  }

  private static String cell(String text) {
    return blank(text) ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ").replace("|", "\\|");
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
