package id.capaian.facts;

/**
 * What one table row is about.
 *
 * @param level dinas, urusan, program, kegiatan, sub_kegiatan, jenis_belanja, tujuan, sasaran, or null
 * @param kode normalised code, or null
 * @param subject the row's name (program, kegiatan, budget line, sasaran), or null
 * @param unit the row's unit from a Satuan column, normalised, or null
 */
public record RowMeaning(String level, String kode, String subject, String unit) {}
