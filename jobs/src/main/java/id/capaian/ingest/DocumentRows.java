package id.capaian.ingest;

import id.capaian.extract.DocumentIdentity;
import id.capaian.extract.ExtractedDocument;
import id.capaian.extract.ExtractedTable;
import id.capaian.extract.ReadOutcome;
import id.capaian.extract.TableCell;
import id.capaian.extract.TableRow;
import id.capaian.warehouse.RowBuilder;
import id.capaian.warehouse.Schemas;
import id.capaian.warehouse.SparkValues;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Turns one read outcome into one nested row: the document, its tables, its cells and its text, so a
 * single pass over the input feeds every ingest dataset.
 */
final class DocumentRows {
  static final String DOCUMENT = "document";
  static final String TABLES = "tables";
  static final String CELLS = "cells";
  static final String TEXT = "text";

  private DocumentRows() {}

  static StructType schema() {
    return new StructType()
        .add(DOCUMENT, Schemas.sparkSchema("documents"), false)
        .add(TABLES, DataTypes.createArrayType(Schemas.sparkSchema("doc_tables"), false), false)
        .add(CELLS, DataTypes.createArrayType(Schemas.sparkSchema("cells"), false), false)
        .add(TEXT, DataTypes.StringType, true);
  }

  static Row of(ReadOutcome outcome) {
    if (outcome instanceof ReadOutcome.Accepted accepted) {
      ExtractedDocument doc = accepted.document();
      return RowFactory.create(
          document(doc), SparkValues.seq(tables(doc)), SparkValues.seq(cells(doc)), String.join("\n", doc.lines()));
    }
    ReadOutcome.Rejected rejected = (ReadOutcome.Rejected) outcome;
    Row document =
        base(rejected)
            .set("n_tables", 0)
            .set("status", "rejected")
            .set("error", rejected.reason())
            .build();
    return RowFactory.create(document, SparkValues.seq(List.of()), SparkValues.seq(List.of()), null);
  }

  private static RowBuilder base(ReadOutcome outcome) {
    return RowBuilder.of("documents")
        .set("doc_id", outcome.sha256())
        .set("source_file", outcome.sourceFile())
        .set("sha256", outcome.sha256())
        .set("bytes", outcome.bytes());
  }

  private static Row document(ExtractedDocument doc) {
    DocumentIdentity id = doc.identity();
    return base(new ReadOutcome.Accepted(doc))
        .set("doc_type", id.docType().name())
        .set("doc_stage", id.docStage())
        .set("region_code", id.region().code())
        .set("region_name", id.region().name())
        .set("province_code", id.region().provinceCode())
        .set("agency", id.agency())
        .set("plan_year", id.planYear())
        .set("period_start", id.periodStart())
        .set("period_end", id.periodEnd())
        .set("n_tables", doc.tables().size())
        .set("status", "accepted")
        .build();
  }

  private static List<Row> tables(ExtractedDocument doc) {
    List<Row> rows = new ArrayList<>();
    for (ExtractedTable t : doc.tables()) {
      rows.add(
          RowBuilder.of("doc_tables")
              .set("doc_id", doc.sha256())
              .set("table_no", t.tableNo())
              .set("number", t.number())
              .set("caption", t.caption())
              .set("kind", t.kind().name())
              .set("first_line", t.firstLine())
              .set("last_line", t.lastLine())
              .set("header_paths", t.headerPaths())
              .set("n_rows", t.rows().size())
              .set("n_cols", t.columnCount())
              .build());
    }
    return rows;
  }

  private static List<Row> cells(ExtractedDocument doc) {
    List<Row> rows = new ArrayList<>();
    for (ExtractedTable t : doc.tables()) {
      for (TableRow row : t.rows()) {
        for (TableCell cell : row.cells()) {
          if (cell.isEmpty()) {
            continue;
          }
          rows.add(
              RowBuilder.of("cells")
                  .set("doc_id", doc.sha256())
                  .set("table_no", t.tableNo())
                  .set("row_no", row.rowNo())
                  .set("col_no", cell.col())
                  .set("header_path", t.headerPaths().get(cell.col()))
                  .set("text", cell.text())
                  .set("source_line", cell.sourceLine())
                  .build());
        }
      }
    }
    return rows;
  }
}
