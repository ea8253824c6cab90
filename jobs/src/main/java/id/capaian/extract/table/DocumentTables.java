package id.capaian.extract.table;

import id.capaian.extract.ExtractedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The table extraction pipeline for one document: classify lines, cut segments, join page
 * segments, then build each table. Linear in the document's size.
 */
public final class DocumentTables {
  private DocumentTables() {}

  public static List<ExtractedTable> extract(List<String> lines) {
    LineClassifier.Kind[] kinds = new LineClassifier.Kind[lines.size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = LineClassifier.classify(lines.get(i));
    }
    for (int i = 0; i < kinds.length; i++) {
      // A lone tab line "running title TAB page number" is page furniture, not a one-row table.
      if (kinds[i] == LineClassifier.Kind.TAB && !tableLine(kinds, i - 1) && !tableLine(kinds, i + 1)
          && PageFurniture.isTitledPageNumber(lines.get(i))) {
        kinds[i] = LineClassifier.Kind.TEXT;
      }
    }
    List<Segment> segments = SegmentFinder.find(lines, kinds);
    PageFurniture furniture = new PageFurniture(lines);
    List<TableDraft> drafts = SegmentJoiner.join(segments, lines, kinds, furniture);
    List<ExtractedTable> tables = new ArrayList<>();
    int floor = 0;
    for (TableDraft draft : drafts) {
      ExtractedTable table = TableBuilder.build(draft, lines, floor, tables.size() + 1, furniture);
      if (table != null) {
        tables.add(table);
      }
      floor = draft.lastLine;
    }
    return tables;
  }

  private static boolean tableLine(LineClassifier.Kind[] kinds, int i) {
    return i >= 0 && i < kinds.length
        && (kinds[i] == LineClassifier.Kind.TAB || kinds[i] == LineClassifier.Kind.PIPE);
  }
}
