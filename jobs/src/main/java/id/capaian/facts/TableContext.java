package id.capaian.facts;

import id.capaian.extract.DocType;
import id.capaian.extract.ExtractedDocument;
import id.capaian.extract.ExtractedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * What surrounds a table and helps read its columns: its caption (or the title lines just above it
 * where no caption was recognised), the source note just below it, and the document's type and years.
 *
 * @param title caption or nearby title text, may be empty
 * @param sourceNote the "Sumber ..." line under the table, may be empty
 * @param docType the document's type
 * @param planYear plan year of a Renja or report year of an LKjIP, else null
 * @param periodStart first year of a Renstra period, else null
 * @param periodEnd last year of a Renstra period, else null
 * @param agency the agency's name as printed, may be null
 */
public record TableContext(
    String title,
    String sourceNote,
    DocType docType,
    Integer planYear,
    Integer periodStart,
    Integer periodEnd,
    String agency) {

  private static final int LOOK_AROUND = 4;

  static TableContext of(ExtractedDocument doc, ExtractedTable table, List<int[]> tableSpans) {
    String title = table.caption() != null ? table.caption() : linesAbove(doc, table, tableSpans);
    var id = doc.identity();
    return new TableContext(
        title,
        sourceNote(doc, table, tableSpans),
        id.docType(),
        id.planYear(),
        id.periodStart(),
        id.periodEnd(),
        id.agency());
  }

  /** A context for tests and for tables read without their document. */
  public static TableContext of(String title, DocType docType, Integer planYear) {
    return new TableContext(title, "", docType, planYear, null, null, "Dinas Koperasi dan Usaha Mikro");
  }

  /** The last title-like lines above an uncaptioned table, stopping at another table. */
  private static String linesAbove(ExtractedDocument doc, ExtractedTable table, List<int[]> spans) {
    List<String> found = new ArrayList<>();
    for (int line = table.firstLine() - 1; line >= 1 && found.size() < 2; line--) {
      if (inOtherTable(line, table, spans)) {
        break;
      }
      String text = doc.line(line).trim();
      if (text.isEmpty() || text.startsWith("--")) {
        continue;
      }
      if (text.length() > 200 || table.firstLine() - line > LOOK_AROUND + 2) {
        break;
      }
      found.add(0, text);
    }
    return String.join(" ", found);
  }

  private static String sourceNote(ExtractedDocument doc, ExtractedTable table, List<int[]> spans) {
    for (int line = table.lastLine() + 1;
        line <= doc.lines().size() && line <= table.lastLine() + LOOK_AROUND;
        line++) {
      if (inOtherTable(line, table, spans)) {
        break;
      }
      String text = doc.line(line).trim();
      if (Texts.norm(text).startsWith("sumber")) {
        return text;
      }
    }
    return "";
  }

  private static boolean inOtherTable(int line, ExtractedTable table, List<int[]> spans) {
    for (int[] span : spans) {
      if (span[0] != table.firstLine() && line >= span[0] && line <= span[1]) {
        return true;
      }
    }
    return false;
  }
}
