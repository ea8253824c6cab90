package id.capaian.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.capaian.cli.ReadmeQueriesTest;
import id.capaian.testing.CorpusWarehouse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's two provenance questions are point look-ups: DuckDB hands the doc_ids their filters
 * keep to the scan of {@code document_lines} (sorted by doc_id), which skips the row groups of other
 * documents, whatever their number; a view joining the lines before those filters would read every
 * document's lines. Checked on the plan DuckDB ran (EXPLAIN ANALYZE on the corpus warehouse, whose
 * {@code document_lines} has two row groups), not on timings.
 */
class ProvenanceLookupTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void testFindingsOfOneDocumentReadOnlyThatDocumentsLines() throws Exception {
    assertScanStaysInOneDocument("The findings for one document");
  }

  @Test
  void testNumbersBehindOneFigureReadOnlyTheirDocumentsLines() throws Exception {
    assertScanStaysInOneDocument("Every number behind one figure, with its file and line");
  }

  private static void assertScanStaysInOneDocument(String question) throws Exception {
    String sql = ReadmeQueriesTest.questions().get(question);
    assertThat(sql).as("README question '%s'", question).isNotNull();
    try (Connection c = WarehouseDb.openReadOnly(CorpusWarehouse.withFacts());
        Statement st = c.createStatement()) {
      long total = single(st, "select count(*) from document_lines");
      List<JsonNode> scans = new ArrayList<>();
      try (ResultSet plan = st.executeQuery("explain (analyze, format json) " + sql)) {
        while (plan.next()) {
          String text = plan.getString(plan.getMetaData().getColumnCount());
          if (text != null && (text.strip().startsWith("{") || text.strip().startsWith("["))) {
            linesScans(JSON.readTree(text), scans);
          }
        }
      }

      assertThat(scans).as("scans of document_lines in the plan of '%s'", question).hasSize(1);
      JsonNode scan = scans.get(0);
      // DuckDB 2's JSON plan (the JDBC driver of pom.xml): rows and row groups the scan read.
      assertThat(scan.path("rows_scanned").asLong()).as("rows_scanned of the scan in %s", scan).isPositive()
          .as("lines the document_lines scan read for '%s' (all documents: %d)", question, total)
          .isLessThan(total);
      assertThat(scan.path("row_groups_scanned").asLong())
          .as("row groups the document_lines scan read for '%s'", question)
          .isLessThan(scan.path("total_row_groups_to_scan").asLong());
    }
  }

  /** The table scans of a JSON plan that read {@code parquet/document_lines}. */
  private static void linesScans(JsonNode node, List<JsonNode> out) {
    if (node.isArray()) {
      node.forEach(child -> linesScans(child, out));
      return;
    }
    JsonNode files = node.path("extra_info").path("Filename(s)");
    if (files.asText("").contains("parquet/document_lines/")) {
      out.add(node);
    }
    node.path("operator").forEach(child -> linesScans(child, out));
    node.path("children").forEach(child -> linesScans(child, out));
  }

  private static long single(Statement st, String sql) throws Exception {
    try (ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
