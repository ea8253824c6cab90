package id.capaian.facts.value;

import java.util.List;

/**
 * The outcome of parsing one cell's text.
 *
 * @param status VALUES (at least one number), MISSING ("-", "NA", "Nihil", empty), TEXT (words only,
 *     e.g. "Sangat Tinggi"), MALFORMED (looks numeric but cannot be read)
 * @param values the numbers in reading order; empty unless status is VALUES
 * @param reason for MISSING, TEXT and MALFORMED, a short reason ("missing_marker", "text_value", ...)
 */
public record ParseResult(Status status, List<ParsedValue> values, String reason) {
  public ParseResult {
    values = List.copyOf(values);
  }

  public enum Status {
    VALUES,
    MISSING,
    TEXT,
    MALFORMED
  }
}
