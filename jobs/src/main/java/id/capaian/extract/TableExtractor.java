package id.capaian.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tables of a document's lines. First cut: runs of markdown pipe lines and of tab-separated
 * lines, first line as header. The full rules (captions, multi-row headers, page breaks, drifting
 * fields, continuation rows) replace this.
 */
public final class TableExtractor {

  public List<ExtractedTable> extract(List<String> lines) {
    List<ExtractedTable> tables = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      boolean pipe = isPipe(lines.get(i));
      if (!pipe && !lines.get(i).contains("\t")) {
        i++;
        continue;
      }
      int start = i;
      List<List<String>> raw = new ArrayList<>();
      List<Integer> rawLines = new ArrayList<>();
      while (i < lines.size() && (pipe ? isPipe(lines.get(i)) : lines.get(i).contains("\t"))) {
        String line = lines.get(i);
        if (!line.replaceAll("[|\\-:\\s]", "").isEmpty()) {
          raw.add(pipe ? pipeCells(line) : List.of(line.split("\t", -1)));
          rawLines.add(i + 1);
        }
        i++;
      }
      if (raw.size() < 2) {
        continue;
      }
      int width = raw.stream().mapToInt(List::size).max().orElse(0);
      List<String> header = pad(raw.get(0), width);
      List<TableRow> rows = new ArrayList<>();
      for (int r = 1; r < raw.size(); r++) {
        List<String> texts = pad(raw.get(r), width);
        List<TableCell> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
          cells.add(new TableCell(c, texts.get(c), rawLines.get(r)));
        }
        rows.add(new TableRow(r - 1, rawLines.get(r), cells));
      }
      tables.add(
          new ExtractedTable(tables.size() + 1, null, null, TableKind.DATA, start + 1, i, header, rows));
    }
    return tables;
  }

  private static boolean isPipe(String line) {
    return line.trim().startsWith("|");
  }

  private static List<String> pipeCells(String line) {
    String t = line.trim();
    t = t.substring(1, t.endsWith("|") && t.length() > 1 ? t.length() - 1 : t.length());
    List<String> cells = new ArrayList<>();
    for (String c : t.split("\\|", -1)) {
      cells.add(c.trim());
    }
    return cells;
  }

  private static List<String> pad(List<String> cells, int width) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      out.add(c < cells.size() ? cells.get(c).trim() : "");
    }
    return out;
  }
}
