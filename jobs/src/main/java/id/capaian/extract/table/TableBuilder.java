package id.capaian.extract.table;

import id.capaian.extract.ExtractedTable;
import id.capaian.extract.TableCell;
import id.capaian.extract.TableKind;
import id.capaian.extract.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an assembled draft into an {@link ExtractedTable}: joins split codes, fixes the columns from
 * the header, realigns drifting rows, merges continuation rows, recognises contents tables and
 * attaches the caption.
 */
public final class TableBuilder {
  private TableBuilder() {}

  /** How many lines above a table may name it a table of contents ("DAFTAR ISI"). */
  private static final int CONTEXT_LINES = 4;

  /**
   * @return the table, or null when the draft has no body row or fewer than two columns
   */
  static ExtractedTable build(
      TableDraft draft, List<String> lines, int floorLine, int tableNo, PageFurniture furniture) {
    List<WorkRow> body = new ArrayList<>();
    for (WorkRow row : draft.body) {
      if (!row.isEmpty() && !IndexRowDetector.isIndexRow(row.texts)) {
        body.add(row);
      }
    }
    if (body.isEmpty()) {
      return null;
    }
    List<List<String>> header = new ArrayList<>();
    for (List<String> h : draft.header.rows()) {
      header.add(new ArrayList<>(h));
    }
    List<List<String>> index = new ArrayList<>();
    for (List<String> h : draft.header.indexRows()) {
      index.add(new ArrayList<>(h));
    }
    int headerWidth = 0;
    for (List<String> h : header) {
      headerWidth = Math.max(headerWidth, trimmedWidth(h));
    }
    int zone = CodeCellJoiner.zoneWidth(body, headerWidth);
    if (zone >= 2) {
      CodeCellJoiner.join(body, zone);
      dropSpannedCodeColumns(header, index, zone);
    }
    int width = width(draft, header, index, body);
    if (width < 2) {
      return null;
    }
    List<String> paths = header.isEmpty() ? blankPaths(width) : HeaderBuilder.paths(header, width);
    int codeCol = zone >= 2 ? 0 : codeColumn(null, paths, width);
    RowRealigner.Profile profile = RowRealigner.realign(body, paths, width, codeCol);
    if (codeCol < 0) {
      codeCol = codeColumn(profile, paths, width);
    }
    LabelBlockShifter.shift(body, codeCol);
    List<WorkRow> rows = ContinuationMerger.merge(body, codeCol);
    if (codeCol >= 0) {
      for (WorkRow row : rows) {
        row.texts.set(codeCol, CodeCellJoiner.dotted(row.text(codeCol)));
      }
    }
    String context = context(lines, draft.firstLine, floorLine) + " " + String.join(" ", draft.header.titles());
    TableKind kind = ContentsDetector.isContents(rows, context) ? TableKind.CONTENTS : TableKind.DATA;
    CaptionFinder.Caption caption = CaptionFinder.find(lines, draft.firstLine, floorLine);
    if (caption == null && draft.header.titles().isEmpty()) {
      caption = CaptionFinder.heading(lines, draft.firstLine, floorLine, furniture);
    }
    String number = caption == null ? null : caption.number();
    String text = caption == null ? null : caption.text();
    if (!draft.header.titles().isEmpty()) {
      String titles = String.join(" ", draft.header.titles());
      text = text == null ? titles : text + " " + titles;
    }
    if (kind == TableKind.CONTENTS) {
      number = null;
    }
    List<TableRow> out = new ArrayList<>(rows.size());
    for (WorkRow row : rows) {
      List<TableCell> cells = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        cells.add(new TableCell(c, row.text(c), c < row.cellLines.size() ? row.cellLines.get(c) : row.line));
      }
      out.add(new TableRow(out.size(), row.lines.get(0), cells, row.lines));
    }
    return new ExtractedTable(
        tableNo, number, text, kind, draft.firstLine, draft.lastLine, paths, out);
  }

  /** Header columns inside the code zone that no header row labels belong to the code column. */
  private static void dropSpannedCodeColumns(List<List<String>> header, List<List<String>> index, int zone) {
    for (int c = zone - 1; c >= 1; c--) {
      boolean empty = true;
      for (List<String> h : header) {
        empty &= HeaderBuilder.cell(h, c).isEmpty();
      }
      for (List<String> h : index) {
        empty &= HeaderBuilder.cell(h, c).isEmpty();
      }
      if (!empty) {
        continue;
      }
      for (List<String> h : header) {
        if (c < h.size()) {
          h.remove(c);
        }
      }
      for (List<String> h : index) {
        if (c < h.size()) {
          h.remove(c);
        }
      }
    }
  }

  private static int width(TableDraft draft, List<List<String>> header, List<List<String>> index, List<WorkRow> body) {
    int headerWidth = 0;
    int rawHeader = 0;
    for (List<String> h : header) {
      headerWidth = Math.max(headerWidth, trimmedWidth(h));
      rawHeader = Math.max(rawHeader, h.size());
    }
    for (List<String> h : index) {
      headerWidth = Math.max(headerWidth, trimmedWidth(h));
    }
    int bodyWidth = 0;
    for (WorkRow row : body) {
      bodyWidth = Math.max(bodyWidth, row.width());
    }
    if (headerWidth == 0) {
      return bodyWidth;
    }
    if (draft.pipe) {
      // A markdown table declares its cells: data may use an unlabelled trailing column.
      return Math.max(headerWidth, Math.min(rawHeader, bodyWidth));
    }
    return headerWidth;
  }

  private static int trimmedWidth(List<String> cells) {
    for (int i = cells.size() - 1; i >= 0; i--) {
      if (!cells.get(i).isEmpty()) {
        return i + 1;
      }
    }
    return 0;
  }

  private static List<String> blankPaths(int width) {
    List<String> paths = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      paths.add("");
    }
    return paths;
  }

  private static int codeColumn(RowRealigner.Profile profile, List<String> paths, int width) {
    for (int c = 0; c < width; c++) {
      if (RowRealigner.hint(paths.get(c)) == RowRealigner.CODE
          || profile != null && profile.dominant(c) == RowRealigner.CODE) {
        return c;
      }
    }
    return -1;
  }

  private static String context(List<String> lines, int firstLine, int floorLine) {
    StringBuilder sb = new StringBuilder();
    int taken = 0;
    for (int ln = firstLine - 1; ln > floorLine && taken < CONTEXT_LINES; ln--) {
      String line = lines.get(ln - 1);
      if (LineClassifier.classify(line) == LineClassifier.Kind.TEXT) {
        sb.append(line).append(' ');
        taken++;
      }
    }
    return sb.toString();
  }
}
