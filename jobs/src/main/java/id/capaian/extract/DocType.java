package id.capaian.extract;

/** The three planning and accountability documents Capaian reads. */
public enum DocType {
  /** Rencana Kerja: the agency's annual work plan. */
  RENJA,
  /** Rencana Strategis: the agency's five-year strategic plan. */
  RENSTRA,
  /** Laporan Kinerja Instansi Pemerintah: the annual performance report. */
  LKJIP
}
