package id.capaian.serve;

/** The DuckDB type of each contract type of {@code schemas/*.yaml}. */
public final class DuckTypes {
  private DuckTypes() {}

  public static String of(String contractType) {
    return switch (contractType) {
      case "string" -> "VARCHAR";
      case "int" -> "INTEGER";
      case "bigint" -> "BIGINT";
      case "double" -> "DOUBLE";
      case "boolean" -> "BOOLEAN";
      case "date" -> "DATE";
      case "timestamp" -> "TIMESTAMP";
      case "array<string>" -> "VARCHAR[]";
      case "array<int>" -> "INTEGER[]";
      case "array<bigint>" -> "BIGINT[]";
      case "array<double>" -> "DOUBLE[]";
      default -> throw new IllegalArgumentException("Cannot map contract type " + contractType + " to DuckDB");
    };
  }
}
