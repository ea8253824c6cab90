package id.capaian.cli;

/** Turns an exception into the one line a user reads: the deepest cause's message, without traces. */
final class Errors {
  private static final int MAX = 400;

  private Errors() {}

  static String oneLine(Throwable ex) {
    String message = null;
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    if (message == null) {
      message = ex.getClass().getSimpleName();
    }
    // Spark appends stack traces to task failure messages; the first line is the message.
    int trace = message.indexOf("\n\tat ");
    if (trace > 0) {
      message = message.substring(0, trace);
    }
    String line = message.replaceAll("\\s*\\R\\s*", " ").trim();
    return line.length() > MAX ? line.substring(0, MAX) + " ..." : line;
  }
}
