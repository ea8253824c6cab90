package id.capaian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.extract.DocumentReader;
import id.capaian.testing.CorpusWarehouse;
import id.capaian.testing.SparkTestBase;
import id.capaian.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The {@code document_lines} a real run writes (the corpus warehouse): each document's lines exactly as
 * the reader numbers them, and files sorted by doc_id, so row groups cover disjoint doc_id ranges that a
 * reader looking up one document can skip by their statistics.
 */
class DocumentLinesTest extends SparkTestBase {

  @Test
  void testEveryDocumentsLinesAreTheReadersLinesNumberedFromOne() {
    Warehouse warehouse = CorpusWarehouse.get();
    Map<String, List<String>> expected = new TreeMap<>();
    for (Row row : spark().read().parquet(warehouse.datasetUri("doc_text")).collectAsList()) {
      expected.put(row.getString(row.fieldIndex("doc_id")),
          DocumentReader.lines(row.getString(row.fieldIndex("text"))));
    }
    Map<String, String> files = new TreeMap<>();
    Map<String, List<String>> written = new TreeMap<>();
    for (Row row : spark().read().parquet(warehouse.datasetUri("document_lines"))
        .orderBy("doc_id", "source_line").collectAsList()) {
      files.put(row.getString(0), row.getString(row.fieldIndex("source_file")));
      List<String> lines = written.computeIfAbsent(row.getString(0), id -> new ArrayList<>());
      assertThat(row.getInt(row.fieldIndex("source_line"))).isEqualTo(lines.size() + 1);
      lines.add(row.getString(row.fieldIndex("line")));
    }

    assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
    assertThat(written).isEqualTo(expected);
    // Semarang's Renja 2024 counts its cooperatives in prose on line 505 (notes/000.md): 732, 561 aktif.
    String semarang = files.entrySet().stream().filter(e -> e.getValue().startsWith("000_"))
        .map(Map.Entry::getKey).findFirst().orElseThrow();
    assertThat(written.get(semarang).get(505 - 1)).contains("732 unit koperasi", "561 unit koperasi");
  }

  @Test
  void testFilesAndRowGroupsAreSortedByDocument() throws Exception {
    Warehouse warehouse = CorpusWarehouse.get();
    List<String[]> ranges = new ArrayList<>();
    long rows = 0;
    for (Path file : parquetFiles(warehouse.dataset("document_lines"))) {
      try (ParquetFileReader reader = ParquetFileReader.open(
          HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
        for (BlockMetaData block : reader.getFooter().getBlocks()) {
          ColumnChunkMetaData docId = block.getColumns().stream()
              .filter(c -> c.getPath().toDotString().equals("doc_id")).findFirst().orElseThrow();
          Statistics<?> stats = docId.getStatistics();
          assertThat(stats.hasNonNullValue()).as("doc_id statistics in %s", file.getFileName()).isTrue();
          ranges.add(new String[] {stats.minAsString(), stats.maxAsString()});
          rows += block.getRowCount();
        }
      }
    }

    assertThat(rows).isEqualTo(spark().read().parquet(warehouse.datasetUri("document_lines")).count());
    // Read file by file, row by row, the lines run in (doc_id, source_line) order.
    List<String> inFileOrder = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet r = st.executeQuery("select doc_id, source_line from read_parquet('"
            + warehouse.dataset("document_lines") + "/*.parquet', filename = true, file_row_number = true)"
            + " order by filename, file_row_number")) {
      while (r.next()) {
        inFileOrder.add(r.getString(1) + String.format(" %09d", r.getInt(2)));
      }
    }
    assertThat(inFileOrder).hasSize((int) rows).isSorted();
    assertThat(inFileOrder.stream().map(l -> l.substring(0, 64)).distinct()).hasSizeGreaterThanOrEqualTo(4);
    // In file order, each row group starts at or after the end of the one before: a document's lines
    // are in one row group or in neighbouring ones, never scattered.
    for (int i = 1; i < ranges.size(); i++) {
      assertThat(ranges.get(i)[0]).as("row group %d starts after row group %d ends", i, i - 1)
          .isGreaterThanOrEqualTo(ranges.get(i - 1)[1]);
    }
  }

  private static List<Path> parquetFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
  }
}
