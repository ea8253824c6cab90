package id.capaian.facts.value;

/**
 * Reads the numbers of a table cell or a sentence fragment, in both the Indonesian (1.234.567,89) and
 * the US (1,234,567.89) conventions, settling ambiguity by the text itself and then by {@link Expect}.
 */
public final class ValueParser {

  /** Parses a cell's text. Never throws: unreadable input is a MALFORMED result with its reason. */
  public ParseResult parse(String text, Expect expect) {
    throw new UnsupportedOperationException("ValueParser is being written (issue 3, Values)");
  }
}
