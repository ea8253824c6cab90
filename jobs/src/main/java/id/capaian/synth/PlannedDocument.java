package id.capaian.synth;

import id.capaian.extract.DocType;
import id.capaian.reference.Region;

/**
 * One document of a generated corpus: whose, which kind, for which year (the plan or report year, or
 * the first year of a Renstra period) and in which table layout.
 *
 * @param file file name inside the corpus folder; it says nothing about the document
 * @param pipeTables Markdown pipe tables (else TAB-separated)
 */
public record PlannedDocument(String file, Region region, DocType type, int year, boolean pipeTables) {

  /** Last year of a Renstra period (five plan years after the base year), else the year. */
  public int endYear() {
    return type == DocType.RENSTRA ? year + 5 : year;
  }
}
