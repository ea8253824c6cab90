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
 * Debian's chromium, headless, with the network off: in an empty network namespace of its own
 * ({@code unshare --net} as root, as in CI; else {@code unshare --user --map-root-user --net} where
 * unprivileged user namespaces are allowed), and in any case with every request sent to a proxy that
 * does not exist and every host name unresolvable, and background fetches disabled.
 * {@code ReportTest} checks that a page really cannot reach the network this way.
 */
final class HeadlessChromium {
  private static final Path BINARY = Path.of("/usr/bin/chromium");

  private HeadlessChromium() {}

  static void require() {
    assumeTrue(Files.isExecutable(BINARY),
        "skipped: no /usr/bin/chromium (apt-get install chromium, as .ci/run does)");
  }

  /** The requests chromium may not make, whatever namespace it runs in: no proxy answers on port 9. */
  private static final List<String> NO_NETWORK = List.of("--proxy-server=http://127.0.0.1:9",
      "--proxy-bypass-list=<-loopback>", "--host-resolver-rules=MAP * ~NOTFOUND");

  private static List<String> namespace;

  /**
   * The command prefix that runs chromium in an empty network namespace: {@code unshare --net} where
   * allowed (root), else in a user namespace of its own; empty where neither is allowed (then only the
   * proxy and resolver flags keep the network off).
   */
  static synchronized List<String> networkNamespace() {
    if (namespace == null) {
      namespace = List.of();
      for (List<String> prefix : List.of(List.of("unshare", "--net"),
          List.of("unshare", "--user", "--map-root-user", "--net"))) {
        if (succeeds(prefix)) {
          namespace = prefix;
          break;
        }
      }
      System.out.println("HeadlessChromium: network off by "
          + (namespace.isEmpty() ? "proxy and resolver flags only (no unshare allowed)" : String.join(" ", namespace)
              + " and proxy and resolver flags"));
    }
    return namespace;
  }

  private static boolean succeeds(List<String> prefix) {
    try {
      List<String> command = new ArrayList<>(prefix);
      command.add("true");
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
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
      command.addAll(networkNamespace());
      command.addAll(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
          "--user-data-dir=" + profile));
      command.addAll(NO_NETWORK);
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
