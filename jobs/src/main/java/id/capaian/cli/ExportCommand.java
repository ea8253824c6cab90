package id.capaian.cli;

import id.capaian.serve.Exporter;
import id.capaian.warehouse.Warehouse;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capaian export}: the reconciled values as files, one per metric. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write the reconciled values, one file per metric: CSV, Parquet, or the Satu Data"
        + " Indonesia layout (kode_wilayah, level_wilayah, nama_wilayah, judul, satuan, tahun, data).")
final class ExportCommand implements Callable<Integer> {
  @Mixin PublishedWarehouse published;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "csv, parquet or sdi.")
  Exporter.Format format;

  @Option(names = "--metric", paramLabel = "M", description = "Only this metric, e.g. koperasi_aktif_pct.")
  String metric;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder to write into. Default: WAREHOUSE/export/FORMAT.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Warehouse source = published.warehouse();
    Path folder = out != null
        ? out : source.root().resolve("export").resolve(format.name().toLowerCase(java.util.Locale.ROOT));
    List<Exporter.Written> written = new Exporter(source).export(format, Optional.ofNullable(metric), folder);
    PrintWriter printer = spec.commandLine().getOut();
    for (Exporter.Written file : written) {
      printer.printf("  %-32s %6d rows  %s%n", file.metric(), file.rows(), file.file());
    }
    printer.flush();
    return 0;
  }

  /** Accepts the format in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Exporter.Format> {
    @Override
    public Exporter.Format convert(String value) {
      try {
        return Exporter.Format.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
