package id.capaian.warehouse;

/** Where a job reports how far it got; the CLI prints it, tests ignore it. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (stage, done, total) -> {};

  void report(String stage, long done, long total);
}
