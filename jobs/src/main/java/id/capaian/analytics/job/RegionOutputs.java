package id.capaian.analytics.job;

import static org.apache.spark.sql.functions.col;

import id.capaian.analytics.BudgetTrend;
import id.capaian.analytics.Finding;
import id.capaian.analytics.KoperasiTrend;
import id.capaian.analytics.LatestValues;
import id.capaian.analytics.MetricKey;
import id.capaian.analytics.Reconciled;
import id.capaian.analytics.RegionAnalytics;
import id.capaian.analytics.RegionValues;
import id.capaian.analytics.WirausahaTrend;
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

  private static final List<String> KINDS = REGION_DATASETS;

  static final StructType SCHEMA = schema();

  private RegionOutputs() {}

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("kind", DataTypes.IntegerType, false));
    for (String kind : KINDS) {
      fields.add(DataTypes.createStructField(kind, schemaOf(kind), true));
    }
    return DataTypes.createStructType(fields);
  }

  private static StructType schemaOf(String kind) {
    return Schemas.sparkSchema(kind);
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
    for (Reconciled r : values.all()) {
      rows.add(tagged("metric_values", OutputRows.metricValue(r)));
      OutputRows.candidates(r).forEach(c -> rows.add(tagged("metric_candidates", c)));
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
