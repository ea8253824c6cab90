package id.capaian.serve;

import id.capaian.reference.Csv;
import id.capaian.reference.Region;
import id.capaian.reference.Regions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The reference data the views join to, stored as small tables inside the database file (so a copied
 * file carries them): every kabupaten/kota with its province, and each metric's title and unit.
 */
final class ReferenceTables {
  private static final String METRICS = "/data/reference/metric_titles.csv";

  private ReferenceTables() {}

  static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "create table ref_regions (region_code varchar primary key, region_name varchar not null,"
              + " region_title varchar not null, region_kind varchar not null,"
              + " province_code varchar not null, province_name varchar not null)");
      statement.execute(
          "create table ref_metrics (metric varchar primary key, judul varchar not null,"
              + " satuan varchar not null, description varchar not null, position integer not null)");
    }
    try (PreparedStatement insert = connection.prepareStatement("insert into ref_regions values (?, ?, ?, ?, ?, ?)")) {
      for (Region region : Regions.defaults().all()) {
        insert.setString(1, region.code());
        insert.setString(2, region.name());
        insert.setString(3, title(region.name()));
        insert.setString(4, region.kind());
        insert.setString(5, region.provinceCode());
        insert.setString(6, region.provinceName());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement("insert into ref_metrics values (?, ?, ?, ?, ?)")) {
      int position = 0;
      for (List<String> row : csvRows(METRICS)) {
        for (int i = 0; i < 4; i++) {
          insert.setString(i + 1, row.get(i));
        }
        // the file's order (counts, then percentages, then budget) is the order reports list metrics in
        insert.setInt(5, ++position);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** KOTA BAU-BAU to Kota Bau-Bau: each word capitalised, as portals and reports print names. */
  static String title(String upper) {
    StringBuilder out = new StringBuilder(upper.length());
    boolean start = true;
    for (char c : upper.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = !Character.isLetterOrDigit(c) && c != '\'';
    }
    return out.toString();
  }

  private static List<List<String>> csvRows(String resource) {
    try (InputStream in = ReferenceTables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find " + resource + " on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<List<String>> rows =
          reader.lines().skip(1).filter(line -> !line.isBlank()).map(Csv::split).toList();
      for (List<String> row : rows) {
        if (row.size() != 4) {
          throw new IllegalStateException("Cannot read " + resource + ": expected 4 fields in " + row);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
