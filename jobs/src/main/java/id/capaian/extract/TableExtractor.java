package id.capaian.extract;

import id.capaian.extract.table.DocumentTables;
import java.util.List;

/**
 * Finds the tables of a document's lines: markdown pipe tables and tab-separated tables, with
 * captions, multi-row headers, page breaks, drifting fields and continuation rows handled by
 * {@link DocumentTables}. Pure and stateless.
 */
public final class TableExtractor {

  public List<ExtractedTable> extract(List<String> lines) {
    return DocumentTables.extract(lines);
  }
}
