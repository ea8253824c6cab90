package id.capaian.serve;

import id.capaian.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the reconciled values out of the warehouse, one file per metric: as CSV or Parquet (the
 * {@code export_values} view), or in the Satu Data Indonesia open-data layout ({@code sdi_values}:
 * kode_wilayah, level_wilayah, nama_wilayah, judul, satuan, tahun, data) for a regional portal.
 */
public final class Exporter {
  /** What to write. */
  public enum Format {
    CSV("export_values", "csv", "(format csv, header true)"),
    PARQUET("export_values", "parquet", "(format parquet)"),
    SDI("sdi_values", "csv", "(format csv, header true)");

    private final String view;
    private final String extension;
    private final String copyOptions;

    Format(String view, String extension, String copyOptions) {
      this.view = view;
      this.extension = extension;
      this.copyOptions = copyOptions;
    }

    public static Format parse(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("expected csv, parquet or sdi, not '" + name + "'", e);
      }
    }
  }

  /** One file written: its metric, path and number of rows. */
  public record Written(String metric, Path file, long rows) {}

  private static final String SDI_COLUMNS =
      "kode_wilayah, level_wilayah, nama_wilayah, judul, satuan, tahun,"
          // whole numbers (counts, rupiah) without a trailing .0, as portals show them
          + " case when data = trunc(data) and abs(data) < 1e15 then cast(cast(data as bigint) as varchar)"
          + " else cast(data as varchar) end as data";

  private final Warehouse warehouse;

  public Exporter(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /**
   * Writes one file per metric (or only {@code metric}) into {@code folder}, each first under a
   * temporary name and then renamed, so a portal picking files up never reads half of one.
   */
  public List<Written> export(Format format, Optional<String> metric, Path folder)
      throws SQLException, IOException {
    try (Connection connection = WarehouseDb.openReadOnly(warehouse)) {
      List<String> metrics = metrics(connection, format.view);
      if (metrics.isEmpty()) {
        throw new IllegalStateException("Nothing to export: the warehouse has no reconciled values yet"
            + " (run 'capaian run' on documents first)");
      }
      if (metric.isPresent() && !metrics.contains(metric.get())) {
        throw new IllegalArgumentException("No values of metric '" + metric.get() + "' to export; metrics with"
            + " values: " + String.join(", ", metrics));
      }
      Files.createDirectories(folder);
      List<Written> written = new ArrayList<>();
      for (String m : metric.map(List::of).orElse(metrics)) {
        written.add(write(connection, format, m, folder));
      }
      return written;
    }
  }

  private Written write(Connection connection, Format format, String metric, Path folder)
      throws SQLException, IOException {
    Path file = folder.resolve(fileName(metric) + "." + format.extension).toAbsolutePath();
    Path temporary = folder.resolve("." + file.getFileName() + ".writing").toAbsolutePath();
    String select = format == Format.SDI
        ? "select " + SDI_COLUMNS + " from sdi_values where metric = " + Sql.literal(metric)
            + " order by judul, kode_wilayah, tahun"
        : "select * from export_values where metric = " + Sql.literal(metric)
            + " order by region_code, measure, year, level nulls first, kode nulls first, stage nulls first,"
            + " item nulls first";
    long rows;
    try (Statement statement = connection.createStatement()) {
      statement.execute("copy (" + select + ") to " + Sql.literal(temporary.toString()) + " " + format.copyOptions);
      try (ResultSet count = statement.executeQuery("select count(*) from (" + select + ")")) {
        count.next();
        rows = count.getLong(1);
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
    return new Written(metric, file, rows);
  }

  private static List<String> metrics(Connection connection, String view) throws SQLException {
    List<String> metrics = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
        "select distinct metric from " + view + " where metric is not null order by metric");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        metrics.add(rows.getString(1));
      }
    }
    return metrics;
  }

  /** Metric keys are snake_case already; anything else is made safe for a file name. */
  static String fileName(String metric) {
    return metric.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_");
  }
}
