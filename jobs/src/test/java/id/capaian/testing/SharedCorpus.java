package id.capaian.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real corpus beside the project ({@code ../shared}, or {@code $CAPAIAN_SHARED}). Tests that need it
 * call {@link #require()}, which skips them with a clear message where it is absent; CI always has it.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  public static Path projectDir() {
    return Path.of(System.getProperty("capaian.project.dir", ".")).toAbsolutePath().normalize();
  }

  public static Path root() {
    String env = System.getenv("CAPAIAN_SHARED");
    return env != null ? Path.of(env) : projectDir().resolve("../shared").normalize();
  }

  /** The shared folder, or the test is skipped. */
  public static Path require() {
    Path root = root();
    assumeTrue(
        Files.isDirectory(root.resolve("corpus")),
        "skipped: the real corpus is not at " + root + " (set CAPAIAN_SHARED to its folder)");
    return root;
  }

  public static Path corpus() {
    return require().resolve("corpus");
  }

  public static Path gold(String file) {
    return require().resolve("gold").resolve(file);
  }

  /** A corpus document by its number prefix ("000"). */
  public static Path document(String prefix) {
    try (Stream<Path> files = Files.list(corpus())) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no corpus document " + prefix));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> lines(Path file) {
    try {
      return id.capaian.extract.DocumentReader.lines(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
