package id.capaian.extract;

import java.util.List;

/**
 * One body row of a table: header rows, column-index rows, repeated page headers and page furniture
 * are already gone; continuation fragments are merged into the row they continue.
 *
 * @param rowNo 0-based position among the table's body rows
 * @param sourceLine 1-based line where the row starts
 * @param cells exactly one cell per column of the table, empty ones included
 */
public record TableRow(int rowNo, int sourceLine, List<TableCell> cells) {
  public TableRow {
    cells = List.copyOf(cells);
  }

  public String text(int col) {
    return col < cells.size() ? cells.get(col).text() : "";
  }
}
