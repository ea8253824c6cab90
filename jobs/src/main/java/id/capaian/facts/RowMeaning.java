package id.capaian.facts;

/**
 * What one table row is about.
 *
 * @param level dinas, urusan, program, kegiatan, sub_kegiatan, jenis_belanja, tujuan, sasaran, or null
 * @param kode normalised code, or null
 * @param subject the row's name (program, kegiatan, budget line, sasaran), or null
 * @param unit the row's unit from a Satuan column, normalised, or null
 * @param belowProgram whether the row sits under a program row of its table (a kegiatan or
 *     sub-kegiatan even where the document does not say which)
 */
public record RowMeaning(String level, String kode, String subject, String unit, boolean belowProgram) {

  /** Whether the row is an activity (kegiatan, sub-kegiatan), whose counts are outputs. */
  public boolean activity() {
    return "kegiatan".equals(level) || "sub_kegiatan".equals(level) || (level == null && belowProgram);
  }
}
