package id.capaian.extract.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the page segments of one table. A segment continues the table above it when only blank
 * lines and page furniture lie between them and it either repeats the table's header (dropped) or
 * starts without a header of its own (an empty inserted header, a continuation row, a data row).
 */
public final class SegmentJoiner {
  private SegmentJoiner() {}

  /** Header rows repeated after a page break read at least this alike. */
  static final double REPEAT_SIMILARITY = 0.6;

  /** More lines than this between two segments is not a page break. */
  private static final int MAX_GAP = 15;

  /** A tab row this much wider than the table so far starts another table. */
  private static final int WIDTH_SLACK = 3;

  /** Lines of running title (document title, agency, year) a page break may print with its number. */
  private static final int MAX_RUNNING_TITLE_LINES = 2;

  static List<TableDraft> join(
      List<Segment> segments, List<String> lines, LineClassifier.Kind[] kinds, PageFurniture furniture) {
    List<TableDraft> drafts = new ArrayList<>();
    TableDraft current = null;
    for (Segment segment : segments) {
      if (current != null && onlyBreakBetween(current.lastLine, segment.firstLine(), lines, kinds, furniture)
          && current.pipe == segment.pipe() && append(current, segment)) {
        continue;
      }
      current = new TableDraft(segment, HeaderBuilder.detect(segment));
      drafts.add(current);
    }
    return drafts;
  }

  static boolean onlyBreakBetween(
      int lastLine, int firstLine, List<String> lines, LineClassifier.Kind[] kinds, PageFurniture furniture) {
    if (firstLine - lastLine - 1 > MAX_GAP) {
      return false;
    }
    boolean pageNumber = false;
    int others = 0;
    for (int ln = lastLine + 1; ln < firstLine; ln++) {
      LineClassifier.Kind kind = kinds[ln - 1];
      String line = lines.get(ln - 1);
      if (kind == LineClassifier.Kind.BLANK) {
        continue;
      }
      if (furniture.isPageNumberLine(line)) {
        pageNumber = true;
      } else if (!furniture.isFurniture(line)) {
        if (!PageFurniture.couldBeRunningTitle(line)) {
          return false;
        }
        others++;
      }
    }
    // A running title printed once or twice (a short document) is only furniture beside a page number.
    return others == 0 || pageNumber && others <= MAX_RUNNING_TITLE_LINES;
  }

  /** Appends the segment when it continues the draft; false when it starts a table of its own. */
  static boolean append(TableDraft draft, Segment segment) {
    List<WorkRow> rows = segment.rows();
    int k = 0;
    boolean repeated = false;
    while (k < rows.size()) {
      WorkRow row = rows.get(k);
      if (row.isEmpty() || IndexRowDetector.isIndexRow(row.texts)) {
        k++;
      } else if (repeatsHeader(draft, row)) {
        repeated = true;
        k++;
      } else {
        break;
      }
    }
    if (!repeated && k < rows.size() && !continues(draft, segment, rows.get(k), k)) {
      return false;
    }
    if (!repeated && k == rows.size() && !segment.pipe()) {
      return false;
    }
    if (k < rows.size()) {
      rows.get(k).afterBreak = true;
    }
    for (int i = k; i < rows.size(); i++) {
      draft.body.add(rows.get(i));
      draft.maxWidth = Math.max(draft.maxWidth, rows.get(i).width());
    }
    draft.lastLine = segment.lastLine();
    draft.segments++;
    return true;
  }

  private static boolean repeatsHeader(TableDraft draft, WorkRow row) {
    if (!HeaderBuilder.isHeaderRow(row) && !(row.nonEmpty() >= 1 && allHeaderText(row))) {
      return false;
    }
    for (List<String> h : draft.header.rows()) {
      if (RowSimilarity.similarity(h, row.texts) >= REPEAT_SIMILARITY) {
        return true;
      }
    }
    return false;
  }

  private static boolean allHeaderText(WorkRow row) {
    for (String t : row.texts) {
      if (!CellClassifier.isHeaderText(t)) {
        return false;
      }
    }
    return true;
  }

  private static boolean continues(TableDraft draft, Segment segment, WorkRow first, int index) {
    if (segment.pipe()) {
      boolean compatible = Math.abs(first.size() - draft.rawWidth) <= 1;
      boolean headerPosition = segment.rowsBeforeRule() > index;
      return compatible && (!headerPosition || first.text(0).isEmpty());
    }
    if (HeaderBuilder.isTitleRow(first)) {
      return false;
    }
    if (!first.text(0).isEmpty() && HeaderBuilder.isHeaderRow(first) && segment.rows().size() > index + 1
        && !startsLowerCase(first)) {
      return false;
    }
    // A code spread over cells ("2 | 17 | 1 | 2") widens a row without adding columns.
    int fragments = CodeCellJoiner.leadingFragments(first);
    int width = first.width() - Math.max(0, fragments - 1);
    return width <= draft.maxWidth + WIDTH_SLACK;
  }

  /** A label starting in lower case continues a sentence: a wrapped cell, never a fresh header. */
  private static boolean startsLowerCase(WorkRow row) {
    for (String t : row.texts) {
      if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
        return true;
      }
    }
    return false;
  }
}
