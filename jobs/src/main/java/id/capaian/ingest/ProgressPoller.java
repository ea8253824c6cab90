package id.capaian.ingest;

import id.capaian.warehouse.Progress;
import org.apache.spark.util.LongAccumulator;

/** Reports an accumulator's value as progress once a second while a Spark action runs. */
final class ProgressPoller implements AutoCloseable {
  private final Thread thread;

  private ProgressPoller(Thread thread) {
    this.thread = thread;
  }

  static ProgressPoller start(String stage, LongAccumulator done, long total, Progress progress) {
    Thread thread =
        new Thread(
            () -> {
              long last = -1;
              while (!Thread.currentThread().isInterrupted()) {
                long now = Math.min(done.value(), total);
                if (now != last) {
                  progress.report(stage, now, total);
                  last = now;
                }
                try {
                  Thread.sleep(1000);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "capaian-progress-" + stage);
    thread.setDaemon(true);
    thread.start();
    return new ProgressPoller(thread);
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
