package id.capaian.synth;

import java.util.ArrayList;
import java.util.List;

/** A document being written line by line, with the facts it states pinned to the lines they stand on. */
final class DocumentText {
  private final String file;
  private final String regionCode;
  private final StringBuilder text = new StringBuilder(64 * 1024);
  private final List<TruthFact> facts = new ArrayList<>();
  private int lines;

  DocumentText(String file, String regionCode) {
    this.file = file;
    this.regionCode = regionCode;
  }

  /** Appends a line and returns its 1-based number. */
  int line(String line) {
    if (line.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("Cannot add a line holding a line break: " + line);
    }
    text.append(line).append('\n');
    return ++lines;
  }

  void blank() {
    line("");
  }

  /** Appends a line that states {@code stated}. */
  int line(String line, List<Stated> stated) {
    int n = line(line);
    stated.forEach(s -> facts.add(TruthFact.at(file, regionCode, s, n)));
    return n;
  }

  void paragraphs(List<String> paragraphs) {
    for (String p : paragraphs) {
      line(p);
      blank();
    }
  }

  String file() {
    return file;
  }

  String text() {
    return text.toString();
  }

  List<TruthFact> facts() {
    return List.copyOf(facts);
  }
}
