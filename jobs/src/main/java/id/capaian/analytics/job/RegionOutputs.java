package id.capaian.analytics.job;

import static org.apache.spark.sql.functions.col;

import id.capaian.analytics.BudgetTrend;
import id.capaian.analytics.Finding;
import id.capaian.analytics.KoperasiTrend;
import id.capaian.analytics.LatestValues;
import id.capaian.analytics.MetricKey;
import id.capaian.analytics.Reconciled;
import id.capaian.analytics.RegionAnalytics;
import id.capaian.analytics.RegionRanking;
import id.capaian.analytics.RegionValues;
import id.capaian.analytics.WirausahaTrend;
import id.capaian.reference.Region;
import id.capaian.warehouse.Schemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows one region's analytics gives to every output, in one row type: a {@code kind} column says
 * which output a row belongs to, and the row itself sits in that output's struct column (the others are
 * null). One pass over a region's facts thus feeds every dataset, and a cached Dataset of these rows is
 * read one column per output.
 */
final class RegionOutputs {
  /** The datasets written straight from the regions' rows, in the order of their columns. */
  static final List<String> REGION_DATASETS = List.of(
      "metric_values", "metric_candidates", "trend_koperasi_aktif", "trend_wirausaha",
      "trend_budget_realization", "latest_values", "dq_findings");

  /** The region-wide values that compare_regions ranks across regions. */
  static final String RANKING = "ranking";

  private static final StructType RANKING_SCHEMA = new StructType(new StructField[] {
    DataTypes.createStructField("region_code", DataTypes.StringType, false),
    DataTypes.createStructField("province_code", DataTypes.StringType, true),
    DataTypes.createStructField("metric", DataTypes.StringType, false),
    DataTypes.createStructField("measure", DataTypes.StringType, false),
    DataTypes.createStructField("year", DataTypes.IntegerType, false),
    DataTypes.createStructField("level", DataTypes.StringType, true),
    DataTypes.createStructField("stage", DataTypes.StringType, true),
    DataTypes.createStructField("value", DataTypes.DoubleType, false),
    DataTypes.createStructField("unit", DataTypes.StringType, true),
  });

  private static final List<String> KINDS = kinds();

  static final StructType SCHEMA = schema();

  private RegionOutputs() {}

  private static List<String> kinds() {
    List<String> kinds = new ArrayList<>(REGION_DATASETS);
    kinds.add(RANKING);
    return List.copyOf(kinds);
  }

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("kind", DataTypes.IntegerType, false));
    for (String kind : KINDS) {
      fields.add(DataTypes.createStructField(kind, schemaOf(kind), true));
    }
    return DataTypes.createStructType(fields);
  }

  private static StructType schemaOf(String kind) {
    return kind.equals(RANKING) ? RANKING_SCHEMA : Schemas.sparkSchema(kind);
  }

  /** The rows of one output, with that output's own schema (its required columns stay required). */
  static Dataset<Row> select(Dataset<Row> outputs, String kind) {
    int index = KINDS.indexOf(kind);
    int column = index + 1;
    return outputs.where(col("kind").equalTo(index))
        .map((MapFunction<Row, Row>) r -> r.getStruct(column), Encoders.row(schemaOf(kind)));
  }

  /** Every output row of one region's analytics. */
  static List<Row> of(RegionAnalytics.Result result) {
    List<Row> rows = new ArrayList<>();
    for (Finding f : result.findings()) {
      rows.add(tagged("dq_findings", OutputRows.finding(f)));
    }
    RegionValues values = result.values();
    if (values == null) {
      return rows;
    }
    String province = OutputRows.region(values.regionCode()).map(Region::provinceCode).orElse(null);
    for (Reconciled r : values.all()) {
      rows.add(tagged("metric_values", OutputRows.metricValue(r)));
      OutputRows.candidates(r).forEach(c -> rows.add(tagged("metric_candidates", c)));
      if (RegionRanking.comparable(r.key())) {
        rows.add(tagged(RANKING, rankingRow(province, r)));
      }
    }
    KoperasiTrend.of(values).forEach(t -> rows.add(tagged("trend_koperasi_aktif", OutputRows.koperasi(t))));
    WirausahaTrend.of(values).forEach(t -> rows.add(tagged("trend_wirausaha", OutputRows.wirausaha(t))));
    BudgetTrend.of(values).forEach(t -> rows.add(tagged("trend_budget_realization", OutputRows.budget(t))));
    latest(values).forEach(l -> rows.add(tagged("latest_values", l)));
    return rows;
  }

  private static Row tagged(String kind, Row row) {
    int index = KINDS.indexOf(kind);
    Object[] values = new Object[KINDS.size() + 1];
    values[0] = index;
    values[index + 1] = row;
    return RowFactory.create(values);
  }

  private static Row rankingRow(String province, Reconciled r) {
    MetricKey k = r.key();
    return RowFactory.create(k.regionCode(), province, k.metric(), k.measure(), k.year(), k.level(), k.stage(),
        r.value(), r.chosen().unit());
  }

  /** The (metric, measure, year, stage) a ranking row is ranked within. */
  static String rankingGroup(Row r) {
    return r.getAs("metric") + "|" + r.getAs("measure") + "|" + r.getAs("year") + "|" + r.getAs("stage");
  }

  static RegionRanking.Entry rankingEntry(Row r) {
    // Region-wide values only (RegionRanking.comparable): no kode and no item.
    MetricKey key = new MetricKey(r.getAs("region_code"), r.getAs("metric"), r.getAs("measure"),
        (Integer) r.getAs("year"), r.getAs("level"), null, r.getAs("stage"), null);
    return new RegionRanking.Entry(key.regionCode(), r.getAs("province_code"), key, (Double) r.getAs("value"),
        r.getAs("unit"));
  }

  /** One latest_values row per (metric, level, kode, item) of the region. */
  private static List<Row> latest(RegionValues v) {
    Map<String, List<Reconciled>> lines = new TreeMap<>();
    for (Reconciled r : v.all()) {
      MetricKey k = r.key();
      lines.computeIfAbsent(k.metric() + "|" + k.level() + "|" + k.kode() + "|" + k.item(), x -> new ArrayList<>())
          .add(r);
    }
    List<Row> rows = new ArrayList<>();
    for (List<Reconciled> line : lines.values()) {
      LatestValues.Row row = LatestValues.of(line);
      if (row != null) {
        rows.add(OutputRows.latest(row));
      }
    }
    return rows;
  }
}
