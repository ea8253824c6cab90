package id.capaian.facts.value;

/**
 * Flags a {@link ParsedValue} carries: why a number needs care, or what role it plays in its cell.
 * The strings go as they are into the {@code flags} column of the facts dataset.
 */
public final class ValueFlags {
  private ValueFlags() {}

  /** Looks numeric but its digit groups fit no convention ({@code 95.000.00}); value is a guess. */
  public static final String MALFORMED = "malformed";

  /**
   * A lone separator followed by three digits ({@code 10.167}, {@code 2,100}) with nothing in the
   * text or the context to say which it is; read as a thousands separator.
   */
  public static final String AMBIGUOUS_SEPARATOR = "ambiguous_separator";

  /** Written in the US convention: a decimal point ({@code 70.20}) or comma thousands. */
  public static final String US_CONVENTION = "us_convention";

  /** The bracketed second number of {@code 50% (10%)} or {@code 34 Orang (67%)}. */
  public static final String SECONDARY_VALUE = "secondary_value";

  /** The smaller end of a range ({@code 5,70 – 6,50%}). */
  public static final String RANGE_LOW = "range_low";

  /** The larger end of a range. */
  public static final String RANGE_HIGH = "range_high";

  /** A letter grade followed the score ({@code 84,03(A)}); see {@link ParsedValue#grade()}. */
  public static final String GRADE = "grade";

  /** One of several values listed in one cell ({@code 15 % ; 70 % ; 2 %}). */
  public static final String MULTI_VALUE = "multi_value";

  /** The amount is followed by its spelled-out words ({@code (satu juta rupiah)}). */
  public static final String SPELLED_OUT_WORDS = "spelled_out_words";

  /** The spelled-out words say a different amount than the numeral. */
  public static final String SPELLED_OUT_MISMATCH = "spelled_out_mismatch";

  /** The value read from the spelled-out words (a second value beside the numeral). */
  public static final String SPELLED_OUT_VALUE = "spelled_out_value";

  /** A scale word multiplied the number ({@code Rp 2,5 M}, {@code 300 juta}). */
  public static final String SCALED = "scaled";

  /** The kind came from the column or unit context, not from a sign in the text. */
  public static final String KIND_FROM_CONTEXT = "kind_from_context";

  /** The % sign, Rp or unit came from the other end of a range or the value it brackets. */
  public static final String MARKER_INHERITED = "marker_inherited";

  /** A bound, not a value: {@code < 100%}. */
  public static final String BOUND_LT = "bound_lt";

  /** {@code <= Rp 300 juta}, {@code ≤}. */
  public static final String BOUND_LE = "bound_le";

  /** {@code > 90}. */
  public static final String BOUND_GT = "bound_gt";

  /** {@code >=}, {@code ≥}. */
  public static final String BOUND_GE = "bound_ge";

  /** An approximate value: {@code ± 500 orang}. */
  public static final String APPROXIMATE = "approximate";

  /** A bare four-digit integer between 1900 and 2100, most likely a year (prose only). */
  public static final String YEAR_LIKE = "year_like";
}
