package id.capaian.facts.job;

import id.capaian.extract.ExtractedDocument;
import id.capaian.facts.DocumentFacts;
import id.capaian.facts.Fact;
import id.capaian.facts.SkippedCell;
import id.capaian.warehouse.RowBuilder;
import id.capaian.warehouse.Schemas;
import id.capaian.warehouse.SparkValues;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** One document's facts and skipped cells as one nested row, so one pass feeds both datasets. */
final class FactRows {
  static final String FACTS = "facts";
  static final String SKIPPED = "skipped";
  static final String ERROR = "error";

  private FactRows() {}

  static StructType schema() {
    return new StructType()
        .add(FACTS, DataTypes.createArrayType(Schemas.sparkSchema("facts"), false), false)
        .add(SKIPPED, DataTypes.createArrayType(Schemas.sparkSchema("facts_skipped"), false), false)
        .add(ERROR, DataTypes.StringType, true);
  }

  static Row of(ExtractedDocument doc, DocumentFacts result) {
    List<Row> facts = new ArrayList<>();
    String region = doc.identity().region().code();
    String docType = doc.identity().docType().name();
    for (Fact f : result.facts()) {
      facts.add(
          RowBuilder.of("facts")
              .set("fact_id", f.factId())
              .set("doc_id", doc.sha256())
              .set("source_file", doc.sourceFile())
              .set("region_code", region)
              .set("doc_type", docType)
              .set("table_no", f.tableNo())
              .set("row_no", f.rowNo())
              .set("col_no", f.colNo())
              .set("source_line", f.sourceLine())
              .set("level", f.level())
              .set("kode", f.kode())
              .set("subject", f.subject())
              .set("indicator", f.indicator())
              .set("metric", f.metric())
              .set("measure", f.measure())
              .set("stage", f.stage())
              .set("year", f.year())
              .set("value", f.value())
              .set("unit", f.unit())
              .set("header_path", f.headerPath())
              .set("raw_text", f.rawText())
              .set("flags", f.flags())
              .build());
    }
    List<Row> skipped = new ArrayList<>();
    for (SkippedCell s : result.skipped()) {
      skipped.add(
          RowBuilder.of("facts_skipped")
              .set("doc_id", doc.sha256())
              .set("source_file", doc.sourceFile())
              .set("table_no", s.tableNo())
              .set("row_no", s.rowNo())
              .set("col_no", s.colNo())
              .set("source_line", s.sourceLine())
              .set("header_path", s.headerPath())
              .set("text", s.text())
              .set("reason", s.reason().code())
              .build());
    }
    return RowFactory.create(SparkValues.seq(facts), SparkValues.seq(skipped), null);
  }

  /** A document the extractor failed on: no facts, its one-line error kept for the summary. */
  static Row failed(String sourceFile, String error) {
    return RowFactory.create(SparkValues.seq(List.of()), SparkValues.seq(List.of()), sourceFile + ": " + error);
  }
}
