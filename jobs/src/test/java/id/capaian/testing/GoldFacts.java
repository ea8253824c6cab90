package id.capaian.testing;

import id.capaian.reference.Csv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gold-format fact files ({@code gold/facts.csv} of the real corpus, or a synthetic corpus's truth)
 * checked against a warehouse's {@code facts} dataset with the rule of the gold README: same file
 * (file name), region, metric, measure and year; same level, kode and stage where the gold row gives
 * one; value within 0.005 or one part in a billion.
 */
public final class GoldFacts {
  private GoldFacts() {}

  /** One gold row; {@code line} 0 where the file gives none. */
  public record Expected(String file, String regionCode, String level, String kode, String metric, String measure,
      String stage, int year, BigDecimal value, int line, String note) {
    @Override
    public String toString() {
      return String.join(",", file, regionCode, Objects.toString(level, ""), Objects.toString(kode, ""),
          metric, measure, Objects.toString(stage, ""), Integer.toString(year), value.toPlainString(),
          Integer.toString(line), Objects.toString(note, ""));
    }
  }

  /** One row of the warehouse's facts. */
  public record Found(String file, String regionCode, String level, String kode, String metric, String measure,
      String stage, Integer year, double value, int line) {}

  public static List<Expected> read(Path csv) {
    try {
      List<Expected> rows = new ArrayList<>();
      List<String> lines = Files.readAllLines(csv);
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        List<String> f = Csv.split(line);
        rows.add(new Expected(f.get(0), f.get(1), blank(f.get(2)), blank(f.get(3)), f.get(4), f.get(5),
            blank(f.get(6)), Integer.parseInt(f.get(7)), new BigDecimal(f.get(8)),
            f.get(9).isEmpty() ? 0 : Integer.parseInt(f.get(9)), f.size() > 10 ? f.get(10) : ""));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every row of {@code WAREHOUSE/parquet/facts} that has a metric, through DuckDB. */
  public static List<Found> warehouseFacts(Path warehouse) {
    String glob = warehouse.resolve("parquet/facts").toAbsolutePath() + "/**/*.parquet";
    String sql = "select source_file, region_code, level, kode, metric, measure, stage, year, value, source_line"
        + " from read_parquet('" + glob.replace("'", "''") + "', union_by_name = true) where metric is not null";
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<Found> out = new ArrayList<>();
      while (rs.next()) {
        String file = rs.getString(1);
        out.add(new Found(Path.of(file).getFileName().toString(), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), (Integer) rs.getObject(8),
            rs.getDouble(9), rs.getInt(10)));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the facts of " + warehouse + ": " + e.getMessage(), e);
    }
  }

  /** Gold rows without a matching fact; with {@code sameLine}, the fact must also stand on the gold line. */
  public static List<String> missing(List<Expected> gold, List<Found> facts, boolean sameLine) {
    Map<String, List<Found>> byKey = new HashMap<>();
    for (Found f : facts) {
      byKey.computeIfAbsent(key(f.file(), f.metric(), f.measure(), f.year()), k -> new ArrayList<>()).add(f);
    }
    List<String> missing = new ArrayList<>();
    for (Expected g : gold) {
      List<Found> candidates = byKey.getOrDefault(key(g.file(), g.metric(), g.measure(), g.year()), List.of());
      List<Found> matches = candidates.stream().filter(f -> matches(g, f)).toList();
      if (matches.isEmpty()) {
        missing.add("missing   " + g + nearest(g, candidates));
      } else if (sameLine && g.line() > 0 && matches.stream().noneMatch(f -> f.line() == g.line())) {
        missing.add("wrong line " + g + " (found on line " + matches.get(0).line() + ")");
      }
    }
    return missing;
  }

  private static boolean matches(Expected g, Found f) {
    double want = g.value().doubleValue();
    return g.regionCode().equals(f.regionCode())
        && (g.level() == null || g.level().equals(f.level()))
        && (g.kode() == null || g.kode().equals(f.kode()))
        && (g.stage() == null || g.stage().equals(f.stage()))
        && Math.abs(f.value() - want) <= Math.max(0.005, Math.abs(want) * 1e-9);
  }

  private static String nearest(Expected g, List<Found> candidates) {
    return candidates.stream().filter(f -> f.line() == g.line()).findFirst()
        .map(f -> " (on that line: level=" + f.level() + " kode=" + f.kode() + " stage=" + f.stage() + " value="
            + f.value() + ")")
        .orElse(candidates.isEmpty() ? " (no fact of that metric, measure and year)" : "");
  }

  private static String key(String file, String metric, String measure, Integer year) {
    return file + "|" + metric + "|" + measure + "|" + year;
  }

  private static String blank(String s) {
    return s.isEmpty() ? null : s;
  }
}
