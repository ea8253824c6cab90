package id.capaian.facts.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.struct;

import id.capaian.extract.ExtractedDocument;
import id.capaian.facts.FactExtractor;
import id.capaian.warehouse.Progress;
import id.capaian.warehouse.Schemas;
import id.capaian.warehouse.Warehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The facts stage on Spark: reads what ingest wrote ({@code documents}, {@code doc_text}, {@code
 * doc_tables}, {@code cells}), hands each document to the pure {@link FactExtractor} on the executors,
 * and writes {@code facts} and {@code facts_skipped}. A document the extractor fails on is reported
 * with its error and the batch goes on.
 */
public final class FactsJob {
  private final SparkSession spark;

  public FactsJob(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * An incremental run: the documents whose facts the previous version already holds (unchanged
   * content gives unchanged facts), and how to read those rows.
   */
  public record Incremental(Set<String> keptDocIds, Function<String, Dataset<Row>> keptRows) {
    public Incremental {
      keptDocIds = Set.copyOf(keptDocIds);
    }
  }

  public Result run(Warehouse warehouse, Progress progress) {
    return run(warehouse, progress, null);
  }

  /** Reads every accepted document; with {@code incremental}, only those not kept (null: all). */
  public Result run(Warehouse warehouse, Progress progress, Incremental incremental) {
    Dataset<Row> documents =
        read(warehouse, "documents").where(col("status").equalTo("accepted"));
    if (incremental != null) {
      Dataset<Row> kept =
          spark.createDataset(List.copyOf(incremental.keptDocIds()), Encoders.STRING()).toDF("doc_id");
      documents = documents.join(broadcast(kept), documents.col("doc_id").equalTo(kept.col("doc_id")), "left_anti");
    }
    Dataset<Row> text = read(warehouse, "doc_text").select(col("doc_id"), col("text"));
    Dataset<Row> tables =
        read(warehouse, "doc_tables")
            .groupBy("doc_id")
            .agg(collect_list(struct(columns("doc_tables"))).as("tables"));
    Dataset<Row> cells =
        read(warehouse, "cells")
            .groupBy("doc_id")
            .agg(collect_list(struct(columns("cells"))).as("cells"));
    Dataset<Row> input =
        documents.join(text, "doc_id").join(tables, new String[] {"doc_id"}, "left")
            .join(cells, new String[] {"doc_id"}, "left");
    long total = documents.count();
    long all = read(warehouse, "documents").where(col("status").equalTo("accepted")).count();
    progress.report("facts", 0, total);
    Dataset<Row> out =
        input.mapPartitions(extractPartition(), Encoders.row(FactRows.schema()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      write(withKept(out.select(explode(col(FactRows.FACTS)).as("f")).select("f.*"), incremental, "facts"),
          warehouse, "facts");
      write(withKept(out.select(explode(col(FactRows.SKIPPED)).as("s")).select("s.*"), incremental,
              "facts_skipped"),
          warehouse, "facts_skipped");
      List<String> errors =
          out.where(col(FactRows.ERROR).isNotNull()).select(FactRows.ERROR).as(Encoders.STRING())
              .collectAsList();
      progress.report("facts", total, total);
      return summarise(warehouse, all, errors);
    } finally {
      out.unpersist();
    }
  }

  /** What a run wrote. */
  public record Result(
      long documents, long facts, long skipped, long factCells, long lostNumericCells, List<String> errors) {
    /** Numeric data-table cells that became facts, over all numeric data-table cells. */
    public double coverage() {
      return factCells + lostNumericCells == 0 ? 1.0 : (double) factCells / (factCells + lostNumericCells);
    }
  }

  private Result summarise(Warehouse warehouse, long documents, List<String> errors) {
    Dataset<Row> facts = read(warehouse, "facts");
    Dataset<Row> skipped = read(warehouse, "facts_skipped");
    long factCells =
        facts.where(col("table_no").isNotNull()).select("doc_id", "table_no", "row_no", "col_no").distinct().count();
    long lost = skipped.where(col("reason").isin(numericReasons())).count();
    return new Result(documents, facts.count(), skipped.count(), factCells, lost, errors);
  }

  private static Dataset<Row> withKept(Dataset<Row> rows, Incremental incremental, String dataset) {
    if (incremental == null) {
      return rows;
    }
    Column[] columns = columns(dataset);
    return rows.select(columns).unionByName(incremental.keptRows().apply(dataset).select(columns));
  }

  private static Object[] numericReasons() {
    List<Object> reasons = new ArrayList<>();
    for (id.capaian.facts.SkipReason r : id.capaian.facts.SkipReason.values()) {
      if (r.numeric()) {
        reasons.add(r.code());
      }
    }
    return reasons.toArray();
  }

  private static MapPartitionsFunction<Row, Row> extractPartition() {
    return rows -> {
      FactExtractor extractor = FactExtractor.defaults();
      List<Row> out = new ArrayList<>();
      while (rows.hasNext()) {
        Row doc = rows.next();
        String sourceFile = doc.getAs("source_file");
        try {
          ExtractedDocument document = DocumentInput.of(doc);
          out.add(FactRows.of(document, extractor.extract(document)));
        } catch (RuntimeException e) {
          out.add(FactRows.failed(sourceFile, oneLine(e)));
        }
      }
      return out.iterator();
    };
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ");
  }

  private Dataset<Row> read(Warehouse warehouse, String dataset) {
    return spark.read().schema(Schemas.sparkSchema(dataset)).parquet(warehouse.datasetUri(dataset));
  }

  private static Column[] columns(String dataset) {
    return Schemas.contract(dataset).columnNames().stream().map(c -> col(c)).toArray(Column[]::new);
  }

  private static void write(Dataset<Row> rows, Warehouse warehouse, String dataset) {
    Column[] columns = columns(dataset);
    rows.select(columns).write().mode(SaveMode.Overwrite).parquet(warehouse.datasetUri(dataset));
  }
}
