package id.capaian.analytics.job;

import static org.apache.spark.sql.functions.col;

import id.capaian.analytics.MetricKey;
import id.capaian.analytics.RegionRanking;
import id.capaian.reference.Region;
import id.capaian.warehouse.Schemas;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * compare_regions from the written metric_values: the region-wide values (indicators and the dinas
 * budget, {@link RegionRanking#comparable}) of each (metric, measure, year, stage) ranked across regions.
 * Read from the values rather than computed with them, so a load that recomputed only some regions still
 * ranks every region.
 */
final class RegionComparisons {
  private RegionComparisons() {}

  static Dataset<Row> of(Dataset<Row> metricValues) {
    return metricValues
        .where(col("kode").isNull().and(col("item").isNull())
            .and(col("level").isNull().or(col("level").equalTo("dinas"))))
        .groupByKey((MapFunction<Row, String>) RegionComparisons::group, Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (group, rows) -> {
          List<RegionRanking.Entry> entries = new ArrayList<>();
          rows.forEachRemaining(r -> entries.add(entry(r)));
          return RegionRanking.rank(entries).stream().map(OutputRows::comparison).iterator();
        }, Encoders.row(Schemas.sparkSchema("compare_regions")));
  }

  private static String group(Row r) {
    return r.getAs("metric") + "|" + r.getAs("measure") + "|" + r.getAs("year") + "|" + r.getAs("stage");
  }

  private static RegionRanking.Entry entry(Row r) {
    MetricKey key = new MetricKey(r.getAs("region_code"), r.getAs("metric"), r.getAs("measure"),
        (Integer) r.getAs("year"), r.getAs("level"), null, r.getAs("stage"), null);
    String province = OutputRows.region(key.regionCode()).map(Region::provinceCode).orElse(null);
    return new RegionRanking.Entry(key.regionCode(), province, key, (Double) r.getAs("value"), r.getAs("unit"));
  }
}
