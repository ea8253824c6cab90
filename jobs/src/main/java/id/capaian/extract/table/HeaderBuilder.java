package id.capaian.extract.table;

import id.capaian.extract.ExtractedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the header block at the top of a table (title rows, header rows, sub-header rows, column
 * index rows) and flattens a multi-row header into one path per column: a parent cell spans the
 * empty cells to its right when a lower header row labels them, giving "TA 2021 > INDUK".
 */
public final class HeaderBuilder {
  private HeaderBuilder() {}

  /** Longest text a header cell plausibly has; longer cells are data. */
  private static final int MAX_HEADER_CELL = 250;

  /**
   * The header block.
   *
   * @param titles single-cell title rows printed inside the table above its header
   * @param rows header rows, top first (cell texts)
   * @param lines source line of every row consumed (titles, header, index rows)
   * @param indexRows column-index rows found under the header
   * @param consumed how many leading rows of the segment belong to the header block
   */
  public record Header(
      List<String> titles, List<List<String>> rows, List<Integer> lines, List<List<String>> indexRows,
      int consumed) {
    public boolean isEmpty() {
      return rows.isEmpty();
    }
  }

  static Header detect(Segment segment) {
    return detect(segment.rows(), segment.pipe() ? segment.rowsBeforeRule() : -1);
  }

  /**
   * @param rows the segment's rows
   * @param rowsBeforeRule markdown header rows (rows before the first rule), -1 for none
   */
  static Header detect(List<WorkRow> rows, int rowsBeforeRule) {
    List<String> titles = new ArrayList<>();
    List<List<String>> header = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<List<String>> index = new ArrayList<>();
    int i = 0;
    int n = rows.size();
    if (rowsBeforeRule > 0) {
      for (; i < rowsBeforeRule && i < n; i++) {
        header.add(rows.get(i).texts);
        lines.add(rows.get(i).line);
      }
    } else {
      while (i + 1 < n && rows.get(i).isEmpty()) {
        lines.add(rows.get(i).line);
        i++;
      }
      while (i + 1 < n && titles.size() < 2 && isTitleRow(rows.get(i))) {
        titles.add(rows.get(i).text(0));
        lines.add(rows.get(i).line);
        i++;
      }
      if (i + 1 < n && isHeaderRow(rows.get(i))) {
        header.add(rows.get(i).texts);
        lines.add(rows.get(i).line);
        i++;
      }
    }
    while (i < n) {
      WorkRow row = rows.get(i);
      if (IndexRowDetector.isIndexRow(row.texts)) {
        index.add(row.texts);
        lines.add(row.line);
        i++;
        while (i < n && IndexRowDetector.isIndexRow(rows.get(i).texts)) {
          index.add(rows.get(i).texts);
          lines.add(rows.get(i).line);
          i++;
        }
        break;
      }
      if (!header.isEmpty() && isSubHeader(row, topRow(header))) {
        header.add(row.texts);
        lines.add(row.line);
        i++;
        continue;
      }
      break;
    }
    if (header.stream().allMatch(HeaderBuilder::allEmpty)) {
      header = new ArrayList<>();
    }
    return new Header(titles, header, lines, index, i);
  }

  /** One text in the first cell and nothing else, in a row of three or more cells. */
  static boolean isTitleRow(WorkRow row) {
    return row.size() >= 3 && row.nonEmpty() == 1 && !row.text(0).isEmpty()
        && row.kind(0) == CellKind.TEXT;
  }

  /** Words (and years) only, at least two labels, none overly long, no dot leaders. */
  static boolean isHeaderRow(WorkRow row) {
    int labels = 0;
    for (String t : row.texts) {
      if (t.isEmpty()) {
        continue;
      }
      if (t.contains("....") || t.contains("…")) {
        return false; // an entry of a table of contents
      }
      if (t.length() > MAX_HEADER_CELL || !CellClassifier.isHeaderText(t)) {
        return false;
      }
      labels++;
    }
    return labels >= 2 || labels == 1 && row.width() <= 2;
  }

  private static List<String> topRow(List<List<String>> header) {
    for (List<String> row : header) {
      if (!allEmpty(row)) {
        return row;
      }
    }
    return header.get(0);
  }

  /**
   * A row under the header that labels the columns below a spanning parent ("INDUK | PERUBAHAN"
   * under "TA 2021"), or continues a vertically merged header: labels only, and either it leaves a
   * plain (non-spanning) top label's column empty or all its labels sit under spanning parents.
   */
  static boolean isSubHeader(WorkRow row, List<String> top) {
    int labels = 0;
    for (String t : row.texts) {
      if (t.isEmpty()) {
        continue;
      }
      if (t.length() > MAX_HEADER_CELL || !CellClassifier.isHeaderText(t)) {
        return false;
      }
      labels++;
    }
    if (labels == 0 || allEmpty(top)) {
      return false;
    }
    int width = Math.max(top.size(), row.size());
    boolean leavesPlainLabelEmpty = false;
    boolean allUnderSpans = true;
    boolean anyUnderSpan = false;
    for (int c = 0; c < width; c++) {
      boolean topHas = !cell(top, c).isEmpty();
      boolean parent = topHas && c + 1 < top.size() && cell(top, c + 1).isEmpty() && hasLeftText(top, c + 1);
      boolean spanned = !topHas && hasLeftText(top, c);
      boolean rowHas = !cell(row.texts, c).isEmpty();
      if (topHas && !parent && !rowHas) {
        leavesPlainLabelEmpty = true;
      }
      if (rowHas) {
        if (parent || spanned) {
          anyUnderSpan |= spanned;
        } else {
          allUnderSpans = false;
        }
      }
    }
    if (labels == 1) {
      // A lone label is a sub-header only under a span; alone under a plain label it is a section.
      return anyUnderSpan && allUnderSpans;
    }
    return leavesPlainLabelEmpty || allUnderSpans && anyUnderSpan;
  }

  private static boolean hasLeftText(List<String> top, int c) {
    for (int p = Math.min(c, top.size()) - 1; p >= 0; p--) {
      if (!top.get(p).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * One path per column: for each header row, the column's own label, or the label of the parent
   * spanning it (the nearest label to the left in that row) when a lower header row labels the
   * column. Repeated parts collapse.
   */
  static List<String> paths(List<List<String>> header, int width) {
    List<String> paths = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      List<String> parts = new ArrayList<>();
      for (int r = 0; r < header.size(); r++) {
        List<String> row = header.get(r);
        String own = cell(row, c);
        String part = own;
        if (own.isEmpty() && lowerHas(header, r, c)) {
          for (int p = c - 1; p >= 0; p--) {
            if (upperHas(header, r, p + 1)) {
              break; // a higher row starts a new group here: the span ends before it
            }
            if (!cell(row, p).isEmpty()) {
              part = cell(row, p);
              break;
            }
          }
        }
        if (!part.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(part))) {
          parts.add(part);
        }
      }
      paths.add(String.join(ExtractedTable.PATH_SEPARATOR, parts));
    }
    return paths;
  }

  private static boolean upperHas(List<List<String>> header, int r, int c) {
    for (int k = 0; k < r; k++) {
      if (!cell(header.get(k), c).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean lowerHas(List<List<String>> header, int r, int c) {
    for (int k = r + 1; k < header.size(); k++) {
      if (!cell(header.get(k), c).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  static String cell(List<String> row, int c) {
    return c < row.size() ? row.get(c) : "";
  }

  static boolean allEmpty(List<String> row) {
    for (String t : row) {
      if (!t.isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
