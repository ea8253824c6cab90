package id.capaian.serve.report;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the report shows, read from the published views in one pass. */
record ReportData(
    Summary summary,
    List<IndicatorValue> indicators,
    List<Budget> budgets,
    List<Comparison> comparisons,
    List<Latest> latest,
    List<Finding> findings) {

  /** Counts for the header. */
  record Summary(long documents, long regions, long facts, long values, long errors, long warnings) {}

  /** A region-wide target or realisasi of an indicator. */
  record IndicatorValue(String metric, String judul, String satuan, String regionCode, String regionTitle,
      String measure, int year, double value) {}

  /** An agency's budget of one year. */
  record Budget(String regionCode, String regionTitle, int year, Double paguFinal, String paguStage,
      Double realisasi, Double serapanPrinted, Double serapanRecomputed, boolean derived) {}

  /** One region's place among the others for a metric and year. */
  record Comparison(String metric, String judul, String measure, int year, String regionTitle,
      String provinceName, double value, String unit, int rankInProvince, int nInProvince, int rankOverall,
      int nOverall, double gapToBest) {}

  /** The latest realisasi and target of a region's metric. */
  record Latest(String regionTitle, String metric, String judul, String unit, Double realisasi,
      Integer realisasiYear, Double target, Integer targetYear) {}

  /** A data-quality finding with the lines it points to. */
  record Finding(String findingId, String severity, String check, String sourceFile, String message,
      Double expected, Double actual, List<Line> lines) {}

  /** A numbered line of a document; text null where it cannot be matched. */
  record Line(int number, String text) {}

  static ReportData read(Connection connection) throws SQLException {
    return new ReportData(summary(connection), indicators(connection), budgets(connection),
        comparisons(connection), latest(connection), findings(connection));
  }

  private static Summary summary(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select"
            + " (select count(*) from documents where status = 'accepted'),"
            + " (select count(*) from regions where count_documents > 0),"
            + " (select count(*) from facts),"
            + " (select count(*) from metric_values),"
            + " (select count(*) from dq_findings where severity = 'error'),"
            + " (select count(*) from dq_findings where severity <> 'error')")) {
      r.next();
      return new Summary(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6));
    }
  }

  private static List<IndicatorValue> indicators(Connection c) throws SQLException {
    // Region-wide values only (level null or dinas), as compare_regions ranks them; where a region has
    // several such rows for a key, the one with the fewest qualifiers stands.
    String sql = """
        with chosen as (
          select * from metric_values
          where metric <> 'anggaran' and measure in ('target', 'realisasi')
            and (level is null or level = 'dinas')
          qualify row_number() over (
            partition by region_code, metric, measure, year
            order by level nulls first, kode nulls first, item nulls first, stage nulls first) = 1
        )
        select chosen.metric, coalesce(m.judul, chosen.metric), coalesce(m.satuan, chosen.unit, ''),
          chosen.region_code, coalesce(r.region_title, chosen.region_code), chosen.measure, chosen.year,
          chosen.value
        from chosen
        left join ref_metrics m on m.metric = chosen.metric
        left join ref_regions r on r.region_code = chosen.region_code
        order by coalesce(m.position, 1000), chosen.metric, chosen.region_code, chosen.measure, chosen.year
        """;
    List<IndicatorValue> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(new IndicatorValue(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
            r.getString(6), r.getInt(7), r.getDouble(8)));
      }
    }
    return out;
  }

  private static List<Budget> budgets(Connection c) throws SQLException {
    String sql = """
        select b.region_code, coalesce(r.region_title, b.region_code), b.year, b.pagu_final, b.pagu_final_stage,
          b.realisasi, b.serapan_pct_printed, b.serapan_pct_recomputed, b.derived
        from trend_budget_realization b
        left join ref_regions r on r.region_code = b.region_code
        where b.level = 'dinas'
        order by b.region_code, b.year
        """;
    List<Budget> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(new Budget(r.getString(1), r.getString(2), r.getInt(3), nullable(r, 4), r.getString(5),
            nullable(r, 6), nullable(r, 7), nullable(r, 8), r.getBoolean(9)));
      }
    }
    return out;
  }

  private static List<Comparison> comparisons(Connection c) throws SQLException {
    // the latest year of each metric's realisasi that more than one region reports, else its latest year
    String sql = """
        with years as (
          select metric, measure, stage, year, count(*) as n
          from compare_regions where measure in ('realisasi', 'serapan_pct')
          group by all
        ),
        latest as (
          select metric, measure, stage, year from years
          qualify row_number() over (partition by metric, measure, stage order by n > 1 desc, year desc) = 1
        )
        select c.metric, coalesce(m.judul, c.metric), c.measure, c.year,
          coalesce(r.region_title, c.region_name, c.region_code), c.province_name, c.value, c.unit,
          c.rank_in_province, c.n_in_province, c.rank_overall, c.n_overall, c.gap_to_best
        from compare_regions c
        join latest l on l.metric = c.metric and l.measure = c.measure and l.year = c.year
          and l.stage is not distinct from c.stage
        left join ref_metrics m on m.metric = c.metric
        left join ref_regions r on r.region_code = c.region_code
        order by coalesce(m.position, 1000), c.metric, c.measure, c.rank_overall, c.region_code
        """;
    List<Comparison> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(new Comparison(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getString(5),
            r.getString(6), r.getDouble(7), r.getString(8), r.getInt(9), r.getInt(10), r.getInt(11), r.getInt(12),
            r.getDouble(13)));
      }
    }
    return out;
  }

  private static List<Latest> latest(Connection c) throws SQLException {
    String sql = """
        select coalesce(r.region_title, l.region_code), l.metric, coalesce(m.judul, l.metric), l.unit,
          l.latest_realisasi, l.latest_realisasi_year, l.latest_target, l.latest_target_year
        from latest_values l
        left join ref_metrics m on m.metric = l.metric
        left join ref_regions r on r.region_code = l.region_code
        where (l.level is null or l.level = 'dinas') and l.kode is null and l.item is null
        order by l.region_code, coalesce(m.position, 1000), l.metric
        """;
    List<Latest> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(new Latest(r.getString(1), r.getString(2), r.getString(3), r.getString(4), nullable(r, 5),
            nullableInt(r, 6), nullable(r, 7), nullableInt(r, 8)));
      }
    }
    return out;
  }

  private static List<Finding> findings(Connection c) throws SQLException {
    String sql = """
        select finding_id, severity, check_name, source_file, message, expected, actual, source_line, source_text
        from finding_lines
        order by severity = 'error' desc, source_file, check_name, finding_id, source_line nulls first
        """;
    Map<String, Finding> byId = new LinkedHashMap<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        Finding finding = byId.get(r.getString(1));
        if (finding == null) {
          finding = new Finding(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
              nullable(r, 6), nullable(r, 7), new ArrayList<>());
          byId.put(finding.findingId(), finding);
        }
        Integer line = nullableInt(r, 8);
        if (line == null) {
          continue;
        }
        finding.lines().add(new Line(line, r.getString(9)));
      }
    }
    return List.copyOf(byId.values());
  }

  private static Double nullable(ResultSet r, int column) throws SQLException {
    double value = r.getDouble(column);
    return r.wasNull() ? null : value;
  }

  private static Integer nullableInt(ResultSet r, int column) throws SQLException {
    int value = r.getInt(column);
    return r.wasNull() ? null : value;
  }
}
