package id.capaian.warehouse;

import java.nio.file.Path;

/**
 * The warehouse folder's layout: Parquet datasets under {@code parquet/<dataset>/}, the DuckDB file
 * {@code capaian.duckdb} beside them.
 */
public record Warehouse(Path root) {

  public Warehouse {
    root = root.toAbsolutePath().normalize();
  }

  public Path parquetRoot() {
    return root.resolve("parquet");
  }

  public Path dataset(String name) {
    return parquetRoot().resolve(name);
  }

  /** A dataset's location as a Spark/Hadoop path string. */
  public String datasetUri(String name) {
    return dataset(name).toUri().toString();
  }

  public Path duckdbFile() {
    return root.resolve("capaian.duckdb");
  }
}
