package id.capaian.cli;

import id.capaian.warehouse.Progress;
import java.io.PrintWriter;

/** Prints "ingest: 120/400 documents" lines, at most one per change. */
final class ConsoleProgress implements Progress {
  private final PrintWriter err;

  ConsoleProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void report(String stage, long done, long total) {
    err.printf("%s: %d/%d documents%n", stage, done, total);
    err.flush();
  }
}
