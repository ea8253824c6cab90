package id.capaian.facts;

/** What a table column holds, read from its header (and, where the header is silent, its cells). */
public enum ColumnRole {
  /** A nomenclature code (Kode, Kode Rekening). */
  CODE,
  /** A running number (No, #). */
  ORDINAL,
  /** What a row is about: urusan, program, kegiatan, budget line, tujuan or sasaran. */
  SUBJECT,
  /** The indicator's wording. */
  INDICATOR,
  /** The unit of the row's values (Satuan). */
  UNIT,
  /** Any other text: lokasi, sumber dana, catatan, keterangan, formula. */
  OTHER_LABEL,
  /** Numbers: every non-empty cell should become a fact. */
  VALUE;

  public boolean isLabel() {
    return this != VALUE;
  }
}
