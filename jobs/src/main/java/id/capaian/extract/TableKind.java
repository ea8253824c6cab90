package id.capaian.extract;

/** What a table is for: only DATA tables carry facts. */
public enum TableKind {
  /** A table of values. */
  DATA,
  /** A table of contents, list of tables or list of figures (entry and page number). */
  CONTENTS
}
