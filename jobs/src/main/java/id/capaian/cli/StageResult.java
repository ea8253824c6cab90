package id.capaian.cli;

import java.util.List;

/**
 * What a stage tells the run summary: aligned lines such as {@code "  facts      1234"} and how many
 * inputs it rejected (which {@code --strict} turns into exit code 1).
 */
record StageResult(List<String> summaryLines, int rejects) {

  StageResult {
    summaryLines = List.copyOf(summaryLines);
  }

  static StageResult of(String... lines) {
    return new StageResult(List.of(lines), 0);
  }

  /** A summary line with the label padded like the others. */
  static String line(String label, Object value) {
    return String.format("  %-10s %s", label, value);
  }
}
