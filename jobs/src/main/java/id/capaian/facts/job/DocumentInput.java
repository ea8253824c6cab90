package id.capaian.facts.job;

import id.capaian.extract.DocType;
import id.capaian.extract.DocumentIdentity;
import id.capaian.extract.DocumentReader;
import id.capaian.extract.ExtractedDocument;
import id.capaian.extract.ExtractedTable;
import id.capaian.extract.TableCell;
import id.capaian.extract.TableKind;
import id.capaian.extract.TableRow;
import id.capaian.reference.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Rebuilds one document, as the pure extractor reads it, from the warehouse rows ingest wrote: its
 * {@code documents} row, text, {@code doc_tables} rows and non-empty {@code cells} (empty cells are
 * not stored; they come back empty).
 */
final class DocumentInput {
  private DocumentInput() {}

  /**
   * @param doc a row of {@code documents} joined with {@code doc_text.text} as {@code text}, with
   *     arrays {@code tables} (doc_tables rows) and {@code cells} (cells rows)
   */
  static ExtractedDocument of(Row doc) {
    String docId = doc.getAs("doc_id");
    Region region =
        new Region(doc.getAs("region_code"), doc.getAs("province_code"), null, doc.getAs("region_name"));
    String docType = doc.getAs("doc_type");
    DocumentIdentity identity =
        new DocumentIdentity(
            docType == null ? null : DocType.valueOf(docType),
            doc.getAs("doc_stage"),
            doc.getAs("agency"),
            region,
            doc.getAs("plan_year"),
            doc.getAs("period_start"),
            doc.getAs("period_end"));
    String text = doc.getAs("text");
    List<String> lines = DocumentReader.lines(text == null ? "" : text);
    Map<Integer, Map<Integer, List<Row>>> cellsByTableRow = new TreeMap<>();
    for (Row cell : DocumentInput.<Row>list(doc.getAs("cells"))) {
      int tableNo = cell.getAs("table_no");
      int rowNo = cell.getAs("row_no");
      cellsByTableRow.computeIfAbsent(tableNo, k -> new TreeMap<>())
          .computeIfAbsent(rowNo, k -> new ArrayList<>()).add(cell);
    }
    List<ExtractedTable> tables = new ArrayList<>();
    List<Row> tableRows = new ArrayList<>(DocumentInput.<Row>list(doc.getAs("tables")));
    tableRows.sort(Comparator.comparingInt(r -> r.<Integer>getAs("table_no")));
    for (Row t : tableRows) {
      int tableNo = t.getAs("table_no");
      List<String> headers = new ArrayList<>();
      for (Object h : DocumentInput.<Object>list(t.getAs("header_paths"))) {
        headers.add((String) h);
      }
      Map<Integer, List<Row>> rows = cellsByTableRow.getOrDefault(tableNo, Map.of());
      List<TableRow> body = new ArrayList<>();
      int nRows = t.getAs("n_rows");
      for (int r = 0; r < nRows; r++) {
        body.add(row(r, headers.size(), rows.getOrDefault(r, List.of()), t.<Integer>getAs("first_line")));
      }
      tables.add(
          new ExtractedTable(
              tableNo,
              t.getAs("number"),
              t.getAs("caption"),
              TableKind.valueOf(t.getAs("kind")),
              t.getAs("first_line"),
              t.getAs("last_line"),
              headers,
              body));
    }
    return new ExtractedDocument(doc.getAs("source_file"), docId, doc.<Long>getAs("bytes"), identity, lines, tables);
  }

  private static TableRow row(int rowNo, int nCols, List<Row> cells, int fallbackLine) {
    String[] texts = new String[nCols];
    int[] lines = new int[nCols];
    TreeSet<Integer> all = new TreeSet<>();
    for (Row c : cells) {
      int col = c.getAs("col_no");
      if (col < nCols) {
        texts[col] = c.getAs("text");
        lines[col] = c.getAs("source_line");
        all.add(lines[col]);
      }
    }
    int first = all.isEmpty() ? fallbackLine : all.first();
    List<TableCell> out = new ArrayList<>();
    for (int col = 0; col < nCols; col++) {
      out.add(new TableCell(col, texts[col] == null ? "" : texts[col], texts[col] == null ? first : lines[col]));
    }
    if (all.isEmpty()) {
      all.add(first);
    }
    return new TableRow(rowNo, first, out, List.copyOf(all));
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> l) {
      return (List<T>) l;
    }
    return (List<T>) CollectionConverters.asJava((Seq<Object>) value);
  }
}
