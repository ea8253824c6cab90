package id.capaian.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every pipeline stage takes. CLI options beat environment variables, which beat defaults. */
public final class PipelineOptions {
  @Option(
      names = {"-i", "--input"},
      paramLabel = "DIR",
      defaultValue = "${env:CAPAIAN_INPUT:-${sys:capaian.home:-.}/data/samples}",
      description = "Folder of documents (*.txt, *.md), read recursively. Default: ${DEFAULT-VALUE}.")
  String input;

  @Option(
      names = {"-w", "--warehouse"},
      paramLabel = "DIR",
      defaultValue = "${env:CAPAIAN_WAREHOUSE:-warehouse}",
      description = "Warehouse folder (Parquet datasets and capaian.duckdb). Default: ${DEFAULT-VALUE}.")
  Path warehouse;

  @Option(
      names = "--master",
      paramLabel = "URL",
      defaultValue = "${env:CAPAIAN_SPARK_MASTER}",
      description = "Spark master, e.g. spark://host:7077. Default: local[*], or spark-submit's.")
  String master;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = "Extra Spark setting, repeatable.")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(names = "--strict", description = "Exit 1 when any document is rejected.")
  boolean strict;

  @Option(
      names = "--load",
      paramLabel = "ID",
      defaultValue = "${env:CAPAIAN_LOAD}",
      description = "Load id shared by the stages of one load run as separate commands (the nightly DAG"
          + " passes its run id): they write into one new warehouse version, published by 'publish'."
          + " Default: each command is a load of its own.")
  String load;

  @Option(
      names = "--full",
      description = "Process every document, even those unchanged since the previous load.")
  boolean full;
}
