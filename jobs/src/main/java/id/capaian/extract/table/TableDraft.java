package id.capaian.extract.table;

import java.util.ArrayList;
import java.util.List;

/** A table being assembled from one or more page segments: its header block and its body rows. */
final class TableDraft {
  final boolean pipe;
  final HeaderBuilder.Header header;
  final List<WorkRow> body = new ArrayList<>();
  final int firstLine;
  int lastLine;
  int segments = 1;
  /** Raw cell count of the header row (pipe) or widest row seen (tab). */
  int rawWidth;
  int maxWidth;

  TableDraft(Segment segment, HeaderBuilder.Header header) {
    this.pipe = segment.pipe();
    this.header = header;
    this.firstLine = segment.firstLine();
    this.lastLine = segment.lastLine();
    List<WorkRow> rows = segment.rows();
    this.rawWidth = !header.rows().isEmpty() ? header.rows().get(0).size()
        : rows.isEmpty() ? 0 : rows.get(0).size();
    for (int i = header.consumed(); i < rows.size(); i++) {
      body.add(rows.get(i));
    }
    for (WorkRow row : rows) {
      maxWidth = Math.max(maxWidth, row.width());
    }
  }
}
