package id.capaian.extract.table;

/** What a cleaned cell holds, as far as its shape tells. */
public enum CellKind {
  EMPTY,
  /** A placeholder for a missing value: "-", "--", "NA", "N/A", "Nihil". */
  DASH,
  /** A dotted or spaced account code: "2.17.03.2.01", "X.XX.01", "2 17 1 2 1". */
  CODE,
  /** Rupiah: "4.637.387.000,-", "Rp 9,384,257,538", "25.509.465.294". */
  AMOUNT,
  /** "100%", "25,48 %", "32 Persen", "100% (20%)". */
  PERCENT,
  /** A number with a unit or grade: "24 dokumen", "84 (A)", "29 orang / bulan". */
  UNIT,
  /** A bare number: "70,20", "1875", "2021". */
  NUMBER,
  /** Words. */
  TEXT;

  /** Cells that carry a measured value (what a "Target" or "Realisasi" column holds). */
  public boolean isValue() {
    return this == AMOUNT || this == PERCENT || this == UNIT || this == NUMBER || this == DASH;
  }
}
