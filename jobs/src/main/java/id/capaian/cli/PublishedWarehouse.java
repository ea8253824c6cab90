package id.capaian.cli;

import id.capaian.warehouse.Warehouse;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -w} option of the commands that read a published warehouse (sql, export, report, check). */
final class PublishedWarehouse {
  @Option(
      names = {"-w", "--warehouse"},
      paramLabel = "DIR",
      defaultValue = "${env:CAPAIAN_WAREHOUSE:-warehouse}",
      description = "Warehouse folder holding capaian.duckdb. Default: ${DEFAULT-VALUE}.")
  Path folder;

  Warehouse warehouse() {
    return new Warehouse(folder);
  }
}
