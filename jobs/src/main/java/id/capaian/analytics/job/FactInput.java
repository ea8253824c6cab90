package id.capaian.analytics.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import id.capaian.analytics.DocumentTime;
import id.capaian.analytics.FactRow;
import id.capaian.warehouse.Warehouse;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads what analytics starts from: the {@code facts} rows, each with its document's dates (documents)
 * and its table's printed number (doc_tables).
 */
final class FactInput {
  private FactInput() {}

  /** Facts joined with their document and table, as the columns {@link #toFactRow} reads. */
  static Dataset<Row> facts(SparkSession spark, Warehouse warehouse) {
    Dataset<Row> facts = spark.read().parquet(warehouse.datasetUri("facts"));
    Dataset<Row> documents = spark.read().parquet(warehouse.datasetUri("documents"))
        .select(col("doc_id").as("d_doc_id"), col("plan_year").as("d_plan_year"),
            col("period_start").as("d_period_start"));
    Dataset<Row> tables = spark.read().parquet(warehouse.datasetUri("doc_tables"))
        .select(col("doc_id").as("t_doc_id"), col("table_no").as("t_table_no"), col("number").as("t_number"));
    // Documents and tables are small beside facts: broadcast them rather than shuffle the facts.
    return facts
        .join(broadcast(documents), col("doc_id").equalTo(col("d_doc_id")), "left")
        .join(broadcast(tables),
            col("doc_id").equalTo(col("t_doc_id")).and(col("table_no").equalTo(col("t_table_no"))), "left");
  }

  static FactRow toFactRow(Row r) {
    String docType = r.getAs("doc_type");
    Integer planYear = r.getAs("d_plan_year");
    Integer periodStart = r.getAs("d_period_start");
    Integer tableNo = r.getAs("table_no");
    String number = r.getAs("t_number");
    String label = tableNo == null ? null : number != null ? "Tabel " + number : "table " + tableNo;
    List<String> flags = r.isNullAt(r.fieldIndex("flags")) ? List.of() : r.getList(r.fieldIndex("flags"));
    Double value = r.getAs("value");
    return new FactRow(
        r.getAs("fact_id"), r.getAs("doc_id"), r.getAs("source_file"), r.getAs("region_code"), docType,
        DocumentTime.written(docType, planYear, periodStart), DocumentTime.reportYear(docType, planYear),
        tableNo, label, r.getAs("row_no"), r.getAs("col_no"), (Integer) r.getAs("source_line"),
        r.getAs("level"), r.getAs("kode"), r.getAs("subject"), r.getAs("indicator"), r.getAs("metric"),
        r.getAs("measure"), r.getAs("stage"), r.getAs("year"), value == null ? Double.NaN : value,
        r.getAs("unit"), r.getAs("raw_text"), flags);
  }
}
