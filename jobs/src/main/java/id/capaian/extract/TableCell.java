package id.capaian.extract;

/**
 * One cell of a table after realignment, cleaned of markup.
 *
 * @param col 0-based column, an index into {@link ExtractedTable#headerPaths()}
 * @param text the cell's text with HTML, LaTeX and markdown emphasis reduced to plain text, trimmed;
 *     empty for an empty cell
 * @param sourceLine 1-based line of the document the text came from (the first line, when a
 *     continuation merged text from several lines)
 */
public record TableCell(int col, String text, int sourceLine) {
  public boolean isEmpty() {
    return text.isEmpty();
  }
}
