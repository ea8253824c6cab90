package id.capaian.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.split;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code document_lines} rows of {@code doc_text} rows: each document's text cut at its line
 * breaks, numbered from 1 as {@code facts.source_line} and {@code cells.source_line} number them.
 *
 * <p>The text is the reader's lines joined by {@code \n} (carriage returns already dropped), so cutting
 * it at every {@code \n}, keeping empty lines, gives back exactly the lines the reader numbered.
 */
final class DocumentLines {
  /**
   * Rows per Parquet row group, by bytes: small enough that a reader looking for one document's lines
   * (the files are sorted by doc_id) skips all but one or two row groups by their min/max statistics;
   * large enough that the footers stay small (a 5 000-document warehouse has about 75 of them).
   */
  static final int ROW_GROUP_BYTES = 1 << 20;

  private DocumentLines() {}

  /** @param text rows with {@code doc_id}, {@code source_file} and {@code text} */
  static Dataset<Row> of(Dataset<Row> text) {
    return text
        .select(col("doc_id"), col("source_file"),
            posexplode(split(col("text"), "\n", -1)).as(new String[] {"i", "line"}))
        .select(col("doc_id"), col("source_file"), col("i").plus(1).cast("int").as("source_line"), col("line"));
  }
}
