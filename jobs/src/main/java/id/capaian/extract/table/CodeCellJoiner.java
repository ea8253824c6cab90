package id.capaian.extract.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps an account code together when the document spread it over several cells
 * ({@code 2 | 17 | 01 | 2 | 01 | 07}): the leading code fragments of each row, with the empty cells
 * that pad shorter codes, become one code cell "2.17.01.2.01.07".
 */
public final class CodeCellJoiner {
  private CodeCellJoiner() {}

  /** A code zone needs codes of at least this many pieces, on at least this many rows. */
  private static final int MIN_PIECES = 3;

  private static final int MIN_ROWS = 2;

  /** Width of the table's code zone: the most leading fragments any row has; 0 when none. */
  static int zoneWidth(List<WorkRow> rows) {
    return zoneWidth(rows, 0);
  }

  /**
   * As {@link #zoneWidth(List)}, and with a header of {@code headerWidth} columns (0: none) one row
   * is enough when its fragments are what makes it wider than the header: a table that switches from
   * a one-cell code to a code spread over cells for its last rows.
   */
  static int zoneWidth(List<WorkRow> rows, int headerWidth) {
    int widest = 0;
    int rowsWithCode = 0;
    boolean explainsWidth = false;
    for (WorkRow row : rows) {
      int k = leadingFragments(row);
      if (k >= MIN_PIECES) {
        rowsWithCode++;
        widest = Math.max(widest, k);
        explainsWidth |= headerWidth > 0 && row.width() > headerWidth && row.width() - (k - 1) <= headerWidth;
      }
    }
    return rowsWithCode >= MIN_ROWS || explainsWidth ? widest : 0;
  }

  static int leadingFragments(WorkRow row) {
    int k = 0;
    while (k < row.size() && CellClassifier.isCodeFragment(row.text(k))) {
      k++;
    }
    return k;
  }

  /**
   * Replaces each row's code zone (fragments, then empty padding, up to {@code zone} cells, never
   * swallowing text) by one cell.
   */
  static void join(List<WorkRow> rows, int zone) {
    if (zone < 2) {
      return;
    }
    for (WorkRow row : rows) {
      int fragments = Math.min(leadingFragments(row), zone);
      int end = fragments;
      while (end < zone && end < row.size() && row.text(end).isEmpty()) {
        end++;
      }
      if (end <= 1) {
        continue;
      }
      List<String> pieces = new ArrayList<>(row.texts.subList(0, fragments));
      String code = String.join(".", pieces);
      for (int k = end - 1; k >= 1; k--) {
        row.texts.remove(k);
        row.cellLines.remove(k);
      }
      row.texts.set(0, code);
      row.codeCell = 0;
    }
  }

  /** A single-cell code written with spaces ("2 17 1 2 1") reads as the dotted code. */
  static String dotted(String code) {
    return code.indexOf(' ') >= 0 && CellClassifier.classify(code) == CellKind.CODE
        ? code.replace(' ', '.')
        : code;
  }
}
