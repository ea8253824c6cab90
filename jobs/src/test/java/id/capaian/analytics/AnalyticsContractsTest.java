package id.capaian.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.warehouse.Schemas;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The analytics contracts load, map to Spark types, and name each dataset after its file. */
class AnalyticsContractsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "metric_values", "metric_candidates", "trend_koperasi_aktif", "trend_wirausaha",
        "trend_budget_realization", "compare_regions", "latest_values", "dq_findings", "regions"
      })
  void testContractLoadsAsSparkSchema(String dataset) {
    assertThat(Schemas.contract(dataset).dataset()).isEqualTo(dataset);
    StructType schema = Schemas.sparkSchema(dataset);
    assertThat(schema.fieldNames()).hasSameSizeAs(Schemas.contract(dataset).columns()).doesNotHaveDuplicates();
  }
}
