package id.capaian.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as the rendered documents print it: Markdown pipes or TAB-separated cells, a header of one or
 * more rows (spans are empty cells), and body rows cut into pages. At a page break the documents do one
 * of four things, all reproduced here: repeat the whole header, print an empty pipe header, print the
 * page's running header and footer ("furniture") without repeating the table header, or leave only a
 * blank line. The last page of a TAB table may lose every row's leading empty cell (the field count
 * drifts by one), as one real report does.
 */
final class SynthTable {

  enum Style {
    PIPE,
    TAB
  }

  enum PageBreak {
    REPEAT_HEADER,
    EMPTY_HEADER,
    FURNITURE,
    BLANK_LINE
  }

  /** A body row and the facts its cells state. */
  record Row(List<String> cells, List<Stated> stated) {
    Row {
      cells = List.copyOf(cells);
      stated = List.copyOf(stated);
    }

    static Row of(List<String> cells) {
      return new Row(cells, List.of());
    }
  }

  private final Style style;
  private final List<List<String>> header = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();
  private int pageRows = Integer.MAX_VALUE;
  private PageBreak pageBreak = PageBreak.REPEAT_HEADER;
  private List<String> furniture = List.of();
  private boolean lastPageLosesLeadingCell;

  SynthTable(Style style) {
    this.style = style;
  }

  SynthTable header(List<String> cells) {
    header.add(List.copyOf(cells));
    return this;
  }

  SynthTable row(List<String> cells) {
    rows.add(Row.of(cells));
    return this;
  }

  SynthTable row(List<String> cells, List<Stated> stated) {
    rows.add(new Row(cells, stated));
    return this;
  }

  /** Cuts the body every {@code rowsPerPage} rows with the given break. */
  SynthTable pages(int rowsPerPage, PageBreak kind) {
    if (kind == PageBreak.EMPTY_HEADER && style != Style.PIPE) {
      throw new IllegalArgumentException("Cannot print an empty header in a TAB table");
    }
    this.pageRows = rowsPerPage;
    this.pageBreak = kind;
    return this;
  }

  /** The running header/footer lines printed at a {@link PageBreak#FURNITURE} break. */
  SynthTable furniture(List<String> lines) {
    this.furniture = List.copyOf(lines);
    return this;
  }

  SynthTable lastPageLosesLeadingCell() {
    if (style != Style.TAB) {
      throw new IllegalArgumentException("Cannot drift the field count of a pipe table");
    }
    this.lastPageLosesLeadingCell = true;
    return this;
  }

  int size() {
    return rows.size();
  }

  void writeTo(DocumentText doc) {
    writeHeader(doc);
    int lastPageStart = rows.isEmpty() ? 0 : ((rows.size() - 1) / pageRows) * pageRows;
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0 && i % pageRows == 0) {
        writeBreak(doc);
      }
      Row row = rows.get(i);
      List<String> cells = row.cells();
      if (lastPageLosesLeadingCell && i >= lastPageStart && lastPageStart > 0 && cells.get(0).isEmpty()) {
        cells = cells.subList(1, cells.size());
      }
      doc.line(render(cells), row.stated());
    }
  }

  private void writeHeader(DocumentText doc) {
    for (int i = 0; i < header.size(); i++) {
      doc.line(render(header.get(i)));
      if (i == 0 && style == Style.PIPE) {
        doc.line(separator(header.get(0).size()));
      }
    }
  }

  private void writeBreak(DocumentText doc) {
    doc.blank();
    switch (pageBreak) {
      case REPEAT_HEADER -> writeHeader(doc);
      case EMPTY_HEADER -> {
        List<String> empty = new ArrayList<>();
        header.get(0).forEach(c -> empty.add(""));
        doc.line(render(empty));
        doc.line(separator(empty.size()));
      }
      case FURNITURE -> {
        for (String line : furniture) {
          doc.line(line);
          doc.blank();
        }
      }
      case BLANK_LINE -> { }
    }
  }

  private String render(List<String> cells) {
    if (style == Style.TAB) {
      return String.join("\t", cells);
    }
    StringBuilder sb = new StringBuilder("|");
    for (String cell : cells) {
      sb.append(cell.isEmpty() ? " |" : " " + cell + " |");
    }
    return sb.toString();
  }

  private static String separator(int columns) {
    return "|---".repeat(columns) + "|";
  }
}
