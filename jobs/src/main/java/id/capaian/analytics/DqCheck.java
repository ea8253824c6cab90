package id.capaian.analytics;

import java.util.Locale;

/**
 * The data-quality checks, each with its severity: two numbers of the documents that contradict each
 * other are errors (the {@code capaian check} gate counts them); units, year labels and malformed
 * numbers are warnings.
 */
public enum DqCheck {
  /** A parent (program, kegiatan) whose printed value is not the sum of its children. */
  CHILDREN_SUM(Severity.ERROR),
  /** A printed total (dinas, urusan) that is not the sum of its rows. */
  TOTAL_SUM(Severity.ERROR),
  /** A printed percentage that is not realisasi / target or realisasi / pagu within rounding. */
  PERCENT_RECOMPUTE(Severity.ERROR),
  /** The same key printed with different values in two tables, or two documents. */
  SAME_KEY_VALUES(Severity.ERROR),
  /** A row whose values change unit from one column to another. */
  UNIT_CHANGE(Severity.WARNING),
  /** A year a document could not know, or labels that give the same number two years. */
  YEAR_LABEL(Severity.WARNING),
  /** A number printed malformed (e.g. 95.000.00). */
  MALFORMED_NUMBER(Severity.WARNING),
  /** The checks of one document failed (a bug met by unexpected input): nothing of it was checked. */
  CHECK_FAILED(Severity.ERROR);

  /** Severity of a finding. */
  public enum Severity {
    ERROR,
    WARNING;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Severity severity;

  DqCheck(Severity severity) {
    this.severity = severity;
  }

  public Severity severity() {
    return severity;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
