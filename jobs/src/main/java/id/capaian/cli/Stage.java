package id.capaian.cli;

/**
 * One stage of the pipeline as the CLI runs it: {@code capaian run} executes every stage of {@link
 * Pipeline} in order, and each stage's own subcommand runs it alone.
 */
interface Stage {

  /** Short name, as printed in progress lines and the summary ("ingest", "facts", ...). */
  String name();

  /** Runs the stage against the context's warehouse and returns what the summary should say. */
  StageResult run(StageContext context) throws Exception;
}
