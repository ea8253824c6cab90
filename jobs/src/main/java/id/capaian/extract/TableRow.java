package id.capaian.extract;

import java.util.List;

/**
 * One body row of a table: header rows, column-index rows, repeated page headers and page furniture
 * are already gone; continuation fragments are merged into the row they continue.
 *
 * @param rowNo 0-based position among the table's body rows
 * @param sourceLine 1-based line where the row starts (the first of {@link #lines()})
 * @param cells exactly one cell per column of the table, empty ones included
 * @param lines every 1-based source line folded into this row, ascending: one line for an ordinary
 *     row, several when a cell continued across a page break or a code or name fragment printed on
 *     its own line was merged in
 */
public record TableRow(int rowNo, int sourceLine, List<TableCell> cells, List<Integer> lines) {
  public TableRow {
    cells = List.copyOf(cells);
    lines = List.copyOf(lines);
  }

  /** A row printed on one line. */
  public TableRow(int rowNo, int sourceLine, List<TableCell> cells) {
    this(rowNo, sourceLine, cells, List.of(sourceLine));
  }

  public String text(int col) {
    return col < cells.size() ? cells.get(col).text() : "";
  }
}
