package id.capaian.cli;

import id.capaian.serve.QueryRunner;
import id.capaian.serve.ResultFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capaian sql}: one query (or a file of them) against the published warehouse, read-only. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = "Run SQL against the published warehouse (read-only) and print the result.",
    footer = {"", "Example: capaian sql \"select * from regions\"",
        "         capaian sql --format csv -f question.sql > answer.csv"})
final class SqlCommand implements Callable<Integer> {
  @Mixin PublishedWarehouse published;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverter.class,
      description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
  ResultFormat format;

  @Option(names = {"-f", "--file"}, paramLabel = "FILE.sql", description = "Read the SQL from a file.")
  Path file;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The SQL to run.")
  String query;

  @Mixin Verbosity verbosity;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if ((query == null) == (file == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Give either a QUERY or -f FILE.sql");
    }
    String sql = query;
    if (file != null) {
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "Cannot read " + file + ": no such file");
      }
      sql = Files.readString(file, StandardCharsets.UTF_8);
    }
    new QueryRunner(published.warehouse()).run(sql, format, spec.commandLine().getOut());
    return 0;
  }

  /** Accepts the format in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<ResultFormat> {
    @Override
    public ResultFormat convert(String value) {
      try {
        return ResultFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("expected table, csv or json, not '" + value + "'");
      }
    }
  }
}
