package id.capaian.extract.table;

import java.util.ArrayList;
import java.util.List;

/** Cuts a document into segments: maximal runs of pipe lines or of tab lines. Linear in lines. */
public final class SegmentFinder {
  private SegmentFinder() {}

  static List<Segment> find(List<String> lines, LineClassifier.Kind[] kinds) {
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    int n = lines.size();
    while (i < n) {
      LineClassifier.Kind kind = kinds[i];
      if (kind != LineClassifier.Kind.PIPE && kind != LineClassifier.Kind.TAB) {
        i++;
        continue;
      }
      boolean pipe = kind == LineClassifier.Kind.PIPE;
      int start = i;
      List<WorkRow> rows = new ArrayList<>();
      int beforeRule = -1;
      while (i < n && kinds[i] == kind) {
        List<String> raw = pipe ? RowSplitter.pipe(lines.get(i)) : RowSplitter.tab(lines.get(i));
        if (LineClassifier.isRule(raw)) {
          if (pipe && beforeRule < 0) {
            beforeRule = rows.size();
          }
        } else {
          List<String> cells = new ArrayList<>(raw.size());
          for (String cell : raw) {
            cells.add(CellText.clean(cell));
          }
          rows.add(new WorkRow(i + 1, cells));
        }
        i++;
      }
      segments.add(new Segment(pipe, start + 1, i, rows, beforeRule));
    }
    return segments;
  }
}
