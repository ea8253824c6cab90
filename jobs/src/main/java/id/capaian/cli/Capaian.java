package id.capaian.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code capaian} command line: one subcommand per stage, plus the whole pipeline as {@code run}. */
@Command(
    name = "capaian",
    mixinStandardHelpOptions = true,
    version = "capaian 0.1.0",
    description = "Facts from Dinas Koperasi planning documents, as a Parquet warehouse served by DuckDB.",
    subcommands = {
      RunCommand.class, IngestCommand.class, FactsCommand.class, AirflowCommand.class,
      SynthCommand.class, PublishCommand.class, SqlCommand.class,
      AnalyticsCommand.class, CheckCommand.class,
      ExportCommand.class, ReportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Capaian {

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns its exit code: 0 done, 1 failed, 2 wrong usage. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Capaian());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          // One clear line; the full usage is one --help away.
          err.println("capaian: " + ex.getMessage() + " (see 'capaian --help')");
          return 2;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          err.println("capaian: error: " + Errors.oneLine(ex));
          if (Verbosity.isVerbose(parseResult)) {
            ex.printStackTrace(err);
          }
          return 1;
        });
    return cli.execute(args);
  }
}
