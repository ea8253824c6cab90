package id.capaian.extract;

import java.util.List;

/**
 * A table as the document means it: one table even when a page break split it into segments.
 *
 * @param tableNo 1-based position among the document's tables
 * @param number the printed number ("2.1", "4.1", "a") where a caption prints one, else null
 * @param caption the caption's text ("Tabel 2.1 Rekapitulasi ..."), else null
 * @param kind data or contents
 * @param firstLine 1-based first line of the table (its first header line)
 * @param lastLine 1-based last line of the table
 * @param headerPaths one path per column, parent and child header texts joined by {@code " > "}
 *     ("TA 2021 > INDUK"); an empty string where the table has no header for that column
 * @param rows body rows
 */
public record ExtractedTable(
    int tableNo,
    String number,
    String caption,
    TableKind kind,
    int firstLine,
    int lastLine,
    List<String> headerPaths,
    List<TableRow> rows) {

  public ExtractedTable {
    headerPaths = List.copyOf(headerPaths);
    rows = List.copyOf(rows);
  }

  /** Separator between the levels of a flattened header path. */
  public static final String PATH_SEPARATOR = " > ";

  public int columnCount() {
    return headerPaths.size();
  }
}
