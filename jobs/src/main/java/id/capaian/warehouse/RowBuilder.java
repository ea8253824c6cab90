package id.capaian.warehouse;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Builds a Spark {@link Row} of a dataset by column name, in the contract's column order, so code and
 * {@code schemas/} cannot drift apart silently: an unknown name or a missing required value fails.
 */
public final class RowBuilder {
  private final DatasetSchema contract;
  private final Map<String, Object> values = new HashMap<>();

  private RowBuilder(DatasetSchema contract) {
    this.contract = contract;
  }

  public static RowBuilder of(String dataset) {
    return new RowBuilder(Schemas.contract(dataset));
  }

  public RowBuilder set(String column, Object value) {
    if (values.containsKey(column)) {
      throw new IllegalArgumentException("Cannot set " + column + " twice in " + contract.dataset());
    }
    values.put(column, value instanceof java.util.List<?> list ? SparkValues.seq(list) : value);
    return this;
  }

  public Row build() {
    Object[] row = new Object[contract.columns().size()];
    int i = 0;
    for (DatasetSchema.Column column : contract.columns()) {
      Object value = values.get(column.name());
      if (value == null && !column.nullable()) {
        throw new IllegalArgumentException(
            "Cannot build a " + contract.dataset() + " row: " + column.name() + " is required");
      }
      row[i++] = value;
    }
    if (values.size() > contract.columns().size() || !contract.columnNames().containsAll(values.keySet())) {
      throw new IllegalArgumentException(
          "Cannot build a " + contract.dataset() + " row: unknown columns in " + values.keySet());
    }
    return RowFactory.create(row);
  }
}
