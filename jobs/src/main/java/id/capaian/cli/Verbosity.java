package id.capaian.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --verbose} option shared by every subcommand: Spark's own logging is quiet without it. */
public final class Verbosity {
  @Option(names = {"-v", "--verbose"}, description = "Show Spark's logging and full stack traces.")
  boolean verbose;

  void apply() {
    if (verbose) {
      Configurator.setRootLevel(Level.INFO);
    }
  }

  static boolean isVerbose(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult sub = parseResult;
    while (sub != null) {
      if (sub.hasMatchedOption("--verbose")) {
        return true;
      }
      sub = sub.subcommand();
    }
    return false;
  }
}
