package id.capaian.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * The prose of a document as paragraphs: runs of consecutive non-blank lines outside tables, each
 * line in its normal form ({@link Texts#norm}), joined by a space, so a sentence wrapped over two lines
 * reads as one while every position still maps back to its line.
 */
final class Paragraphs {

  /** One paragraph: its normal text and where each of its lines starts in it. */
  record Paragraph(String text, int[] lineNos, int[] starts) {
    /** The 1-based document line a position of {@link #text} stands on. */
    int lineAt(int position) {
      return lineNos[lineIndexAt(position)];
    }

    /** The index (in this paragraph) of the line a position of {@link #text} stands on. */
    int lineIndexAt(int position) {
      int index = 0;
      for (int i = 0; i < starts.length && starts[i] <= position; i++) {
        index = i;
      }
      return index;
    }
  }

  private Paragraphs() {}

  /**
   * @param lines the document's lines, index 0 is line 1
   * @param inTable whether a 1-based line belongs to a table
   */
  static List<Paragraph> of(List<String> lines, java.util.function.IntPredicate inTable) {
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<Integer> lineNos = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int lineNo = 1; lineNo <= lines.size() + 1; lineNo++) {
      String raw = lineNo <= lines.size() ? lines.get(lineNo - 1) : "";
      boolean skipped = raw.isBlank() || inTable.test(lineNo);
      boolean heading = !skipped && isHeading(raw); // asked once: it upper-cases the line
      boolean breaks = skipped || heading;
      if (breaks && !lineNos.isEmpty()) {
        paragraphs.add(new Paragraph(text.toString(), toArray(lineNos), toArray(starts)));
        text.setLength(0);
        lineNos.clear();
        starts.clear();
      }
      if (skipped) {
        continue;
      }
      String norm = Texts.norm(raw);
      if (!text.isEmpty()) {
        text.append(' ');
      }
      starts.add(text.length());
      lineNos.add(lineNo);
      text.append(norm);
      if (heading) {
        paragraphs.add(new Paragraph(text.toString(), toArray(lineNos), toArray(starts)));
        text.setLength(0);
        lineNos.clear();
        starts.clear();
      }
    }
    return paragraphs;
  }

  /** A heading stands alone: markdown "#", or a short line of capitals without a full stop. */
  private static boolean isHeading(String raw) {
    String t = raw.strip();
    if (t.startsWith("#")) {
      return true;
    }
    return t.length() < 80 && t.equals(t.toUpperCase()) && Texts.hasLetter(t) && !t.endsWith(".");
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
