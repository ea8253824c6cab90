package id.capaian.facts.value;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of parsing one cell's text.
 *
 * @param status VALUES (at least one number), MISSING ("-", "NA", "Nihil", empty), TEXT (words, or
 *     numbers inside prose, or a code such as 2.17.03), MALFORMED (looks numeric but one of its
 *     numbers cannot be read in any convention)
 * @param values the numbers in reading order; for MALFORMED the best-effort reading, the unreadable
 *     ones flagged {@link ValueFlags#MALFORMED}; empty for MISSING and TEXT
 * @param reason for MISSING, TEXT and MALFORMED, a short reason ("missing_marker", "text_value",
 *     "malformed_number", ...); null for VALUES
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

  static ParseResult values(List<ParsedValue> values) {
    return new ParseResult(Status.VALUES, values, null);
  }

  static ParseResult missing(String reason) {
    return new ParseResult(Status.MISSING, List.of(), reason);
  }

  static ParseResult text(String reason) {
    return new ParseResult(Status.TEXT, List.of(), reason);
  }

  public boolean isValues() {
    return status == Status.VALUES;
  }

  public boolean isMissing() {
    return status == Status.MISSING;
  }

  public boolean isMalformed() {
    return status == Status.MALFORMED;
  }

  /** The cell's main value: the first one that is not a bracketed or spelled-out second value. */
  public Optional<ParsedValue> primary() {
    for (ParsedValue v : values) {
      if (!v.has(ValueFlags.SECONDARY_VALUE) && !v.has(ValueFlags.SPELLED_OUT_VALUE)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** The bracketed second value ({@code 50% (10%)} gives 10), when printed. */
  public Optional<ParsedValue> secondary() {
    return values.stream().filter(v -> v.has(ValueFlags.SECONDARY_VALUE)).findFirst();
  }

  /** True when the cell is one range ({@code 5,70 – 6,50%}). */
  public boolean isRange() {
    return values.stream().anyMatch(v -> v.has(ValueFlags.RANGE_LOW));
  }

  /** True when the cell lists several values ({@code 15 % ; 70 % ; 2 %}). */
  public boolean isMultiValue() {
    return values.stream().anyMatch(v -> v.has(ValueFlags.MULTI_VALUE));
  }
}
