package id.capaian.analytics;

import java.io.Serializable;
import java.util.List;

/**
 * One row of the {@code facts} dataset as analytics sees it, with what it needs to know of its document
 * and table: when the document was written (for "later beats earlier"), the year it reports on, and the
 * table's printed label (for messages).
 *
 * @param docYear when the document was written ({@link DocumentTime#written}), or null when unknown
 * @param reportYear the year an LKjIP reports on, else null
 * @param tableLabel the table's printed number ("Tabel 2.2"), or "table N" where it prints none; null
 *     for prose
 */
public record FactRow(
    String factId,
    String docId,
    String sourceFile,
    String regionCode,
    String docType,
    Integer docYear,
    Integer reportYear,
    Integer tableNo,
    String tableLabel,
    Integer rowNo,
    Integer colNo,
    int sourceLine,
    String level,
    String kode,
    String subject,
    String indicator,
    String metric,
    String measure,
    String stage,
    Integer year,
    double value,
    String unit,
    String rawText,
    List<String> flags)
    implements Serializable {

  public static final String MALFORMED = "malformed";
  public static final String SECONDARY = "secondary_value";

  public FactRow {
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  public boolean has(String flag) {
    return flags.contains(flag);
  }

  public boolean malformed() {
    return has(MALFORMED);
  }

  public boolean fromTable() {
    return tableNo != null;
  }

  /** Where the number stands, for messages: "Tabel 2.2 line 427" or "prose line 57". */
  public String where() {
    return (tableLabel != null ? tableLabel : "prose") + " line " + sourceLine;
  }

  /** The decimals the number was printed with. */
  public int decimals() {
    return PrintedPrecision.decimals(rawText, value);
  }
}
