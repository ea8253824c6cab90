package id.capaian.analytics;

/**
 * When a document was written, for the rule "a later document beats an earlier one". A Renja for plan
 * year P is drafted in P-1; an LKjIP on year R is written early in R+1; a Renstra at the start of its
 * period. Documents of the same year tie and are separated by the next rule.
 */
public final class DocumentTime {
  private DocumentTime() {}

  public static Integer written(String docType, Integer planYear, Integer periodStart) {
    if (docType == null) {
      return planYear;
    }
    return switch (docType) {
      case "RENJA" -> planYear == null ? null : planYear - 1;
      case "LKJIP" -> planYear == null ? null : planYear + 1;
      case "RENSTRA" -> periodStart != null ? periodStart : planYear;
      default -> planYear;
    };
  }

  /** The year an LKjIP reports on (its realisasi of that year is the report's own), else null. */
  public static Integer reportYear(String docType, Integer planYear) {
    return "LKJIP".equals(docType) ? planYear : null;
  }
}
