package id.capaian.extract;

import id.capaian.reference.Region;

/**
 * Who wrote a document and what it is, read from its content (never its file name).
 *
 * @param docType Renja, Renstra or LKjIP
 * @param docStage RANCANGAN_AWAL, RANCANGAN_AKHIR or PERUBAHAN where the title prints one, else null
 * @param agency the agency's name as printed, normalised to title case
 * @param region the kabupaten/kota
 * @param planYear the plan or report year (Renja, LKjIP), else null
 * @param periodStart first year of a Renstra period, else null
 * @param periodEnd last year of a Renstra period, else null
 */
public record DocumentIdentity(
    DocType docType,
    String docStage,
    String agency,
    Region region,
    Integer planYear,
    Integer periodStart,
    Integer periodEnd) {}
