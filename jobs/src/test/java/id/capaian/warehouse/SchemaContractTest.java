package id.capaian.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.ingest.IngestJob;
import id.capaian.testing.SharedCorpus;
import id.capaian.testing.SparkTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the footers of every Parquet file a run wrote and checks them against {@code schemas/}. */
class SchemaContractTest extends SparkTestBase {
  @TempDir static Path warehouseDir;
  private static Warehouse warehouse;

  @BeforeAll
  static void runPipeline() {
    warehouse = new Warehouse(warehouseDir);
    new IngestJob(spark())
        .run(SharedCorpus.projectDir().resolve("data/samples").toString(), warehouse, Progress.NONE);
    new id.capaian.facts.job.FactsJob(spark()).run(warehouse, Progress.NONE);
    new id.capaian.analytics.job.AnalyticsJob(spark()).run(warehouse, Progress.NONE);
  }

  @Test
  void testEveryWrittenDatasetMatchesItsContract() throws IOException {
    List<String> datasets = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(warehouse.parquetRoot())) {
      dirs.filter(Files::isDirectory).forEach(d -> datasets.add(d.getFileName().toString()));
    }
    assertThat(datasets).contains("documents", "doc_tables", "cells", "doc_text", "document_lines", "facts",
        "facts_skipped", "metric_values", "metric_candidates", "trend_koperasi_aktif", "trend_wirausaha",
        "trend_budget_realization", "compare_regions", "latest_values", "dq_findings", "regions");
    for (String dataset : datasets) {
      DatasetSchema contract = Schemas.contract(dataset);
      List<Path> files = parquetFiles(warehouse.dataset(dataset));
      assertThat(files).as(dataset + " has Parquet files").isNotEmpty();
      for (Path file : files) {
        MessageType footer = footer(file);
        assertThat(footer.getFields().stream().map(Type::getName).toList())
            .as(dataset + " columns in " + file.getFileName())
            .isEqualTo(contract.columnNames());
        for (DatasetSchema.Column column : contract.columns()) {
          assertThat(parquetType(footer.getType(column.name())))
              .as(dataset + "." + column.name())
              .isEqualTo(column.type());
        }
      }
    }
  }

  static List<Path> parquetFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
  }

  static MessageType footer(Path file) throws IOException {
    try (ParquetFileReader reader =
        ParquetFileReader.open(
            HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
      return reader.getFooter().getFileMetaData().getSchema();
    }
  }

  /** The contract type a Parquet column stores, as Spark writes them. */
  static String parquetType(Type type) {
    if (!type.isPrimitive()) {
      LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
      if (logical instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
        Type element = type.asGroupType().getType(0).asGroupType().getType(0);
        return "array<" + parquetType(element) + ">";
      }
      return "struct";
    }
    PrimitiveType p = type.asPrimitiveType();
    return switch (p.getPrimitiveTypeName()) {
      case BINARY -> p.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
          ? "string" : "binary";
      case INT32 -> "int";
      case INT64 -> "bigint";
      case DOUBLE -> "double";
      case BOOLEAN -> "boolean";
      default -> p.getPrimitiveTypeName().name().toLowerCase();
    };
  }
}
