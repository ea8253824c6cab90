package id.capaian.serve.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's chromium, headless, with the network off: in a network namespace of its own where
 * {@code unshare --net} is allowed (root, as in CI), and with every background fetch disabled anyway.
 */
final class HeadlessChromium {
  private static final Path BINARY = Path.of("/usr/bin/chromium");

  private HeadlessChromium() {}

  static void require() {
    assumeTrue(Files.isExecutable(BINARY),
        "skipped: no /usr/bin/chromium (apt-get install chromium, as .ci/run does)");
  }

  /** Whether chromium runs without any network (its own empty network namespace). */
  static boolean networkIsolated() {
    try {
      Process p = new ProcessBuilder("unshare", "--net", "true").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The DOM after load (and after the page's scripts ran). */
  static String dumpDom(Path page) throws Exception {
    return run(page, "--dump-dom");
  }

  static void screenshot(Path page, Path png, int width, int height) throws Exception {
    run(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars");
  }

  private static String run(Path page, String... extra) throws Exception {
    Path profile = Files.createTempDirectory("capaian-chromium");
    try {
      List<String> command = new ArrayList<>();
      if (networkIsolated()) {
        command.addAll(List.of("unshare", "--net"));
      }
      command.addAll(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
          "--user-data-dir=" + profile));
      command.addAll(List.of(extra));
      command.add(page.toAbsolutePath().toUri().toString());
      Path log = profile.resolve("stderr.log");
      Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("chromium did not finish in 120 s");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("chromium exited " + process.exitValue() + ": " + Files.readString(log));
      }
      return out;
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
