package id.capaian.warehouse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Loads the dataset contracts of {@code schemas/} (bundled on the classpath) and turns them into Spark schemas. */
public final class Schemas {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ConcurrentHashMap<String, DatasetSchema> CACHE = new ConcurrentHashMap<>();

  private Schemas() {}

  public static DatasetSchema contract(String dataset) {
    return CACHE.computeIfAbsent(dataset, Schemas::load);
  }

  private static DatasetSchema load(String dataset) {
    String resource = "/schemas/" + dataset + ".yaml";
    try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("Cannot find the contract of dataset " + dataset + ": " + resource);
      }
      return YAML.readValue(in, DatasetSchema.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the contract " + resource, e);
    }
  }

  /** The Spark schema of a dataset, columns in contract order with the contract's nullability. */
  public static StructType sparkSchema(String dataset) {
    DatasetSchema contract = contract(dataset);
    StructField[] fields =
        contract.columns().stream()
            .map(c -> DataTypes.createStructField(c.name(), sparkType(c.type()), c.nullable()))
            .toArray(StructField[]::new);
    return DataTypes.createStructType(fields);
  }

  static DataType sparkType(String type) {
    return switch (type) {
      case "string" -> DataTypes.StringType;
      case "int" -> DataTypes.IntegerType;
      case "bigint" -> DataTypes.LongType;
      case "double" -> DataTypes.DoubleType;
      case "boolean" -> DataTypes.BooleanType;
      case "array<string>" -> ArrayType.apply(DataTypes.StringType, false);
      case "array<int>" -> ArrayType.apply(DataTypes.IntegerType, false);
      default -> throw new IllegalArgumentException("Cannot map contract type " + type + " to Spark");
    };
  }
}
