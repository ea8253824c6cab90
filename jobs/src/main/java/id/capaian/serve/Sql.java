package id.capaian.serve;

/** Quoting for the few SQL texts we build (identifiers and literals that come from our own files). */
final class Sql {
  private Sql() {}

  static String identifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String literal(String text) {
    return '\'' + text.replace("'", "''") + '\'';
  }
}
