package id.capaian.warehouse;

import java.util.List;

/**
 * The contract of one Parquet dataset, as written in {@code schemas/<dataset>.yaml}.
 *
 * @param dataset dataset name, also its folder under {@code WAREHOUSE/parquet/}
 * @param grain what one row is
 * @param description what the dataset holds
 * @param columns columns in the order they are written
 */
public record DatasetSchema(String dataset, String grain, String description, List<Column> columns) {

  public DatasetSchema {
    columns = List.copyOf(columns);
  }

  /** One column: a type of {@code string, int, bigint, double, boolean, array<string>}. */
  public record Column(String name, String type, boolean nullable, String description) {}

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }
}
