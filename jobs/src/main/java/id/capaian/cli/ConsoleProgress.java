package id.capaian.cli;

import id.capaian.warehouse.Progress;
import java.io.PrintWriter;

/** Prints "ingest: 120/400 documents" lines, at most one per change. */
final class ConsoleProgress implements Progress {
  private final PrintWriter err;
  private String last = "";

  ConsoleProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void report(String stage, long done, long total) {
    // Stages report from several places (listing, then per partition); repeat lines say nothing.
    String line = String.format("%s: %d/%d documents", stage, done, total);
    if (line.equals(last)) {
      return;
    }
    last = line;
    err.println(line);
    err.flush();
  }
}
