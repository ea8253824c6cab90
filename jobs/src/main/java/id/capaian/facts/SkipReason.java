package id.capaian.facts;

/** Why a non-empty data-table cell gave no fact. */
public enum SkipReason {
  /** A code, number, name, indicator, unit or note column: text that describes the row. */
  LABEL_COLUMN("label_column", false),
  /** A row with one text cell that heads the rows below it ("Tujuan:", "BELANJA LANGSUNG"). */
  SECTION_ROW("section_row", false),
  /**
   * A header printed again inside the body (after a page break, laid out differently): its year
   * labels ("2017", "2018" under the columns of those years) are not values.
   */
  HEADER_ROW("header_row", false),
  /** "-", "NA", "Nihil": the document says there is no value. */
  MISSING_MARKER("missing_marker", false),
  /** Words where a number would stand ("Sangat Tinggi", "Disesuaikan kebutuhan"). */
  TEXT_VALUE("text_value", false),
  /** Looks like a number but cannot be read. */
  MALFORMED_UNPARSEABLE("malformed_unparseable", true),
  /** A number standing in a label column (a shifted row): kept here rather than guessed. */
  VALUE_IN_LABEL_COLUMN("value_in_label_column", true),
  /** The parser failed on this cell (a bug): recorded, the document goes on. */
  PARSE_ERROR("parse_error", true);

  private final String code;
  private final boolean numeric;

  SkipReason(String code, boolean numeric) {
    this.code = code;
    this.numeric = numeric;
  }

  /** The reason as written to {@code facts_skipped.reason}. */
  public String code() {
    return code;
  }

  /** Whether the cell held a number, i.e. counts against coverage. */
  public boolean numeric() {
    return numeric;
  }
}
