package id.capaian.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The view definitions of {@code sql/}, in the order they run: by file name, so numbered prefixes put
 * staging views ({@code 010_staging_*.sql}) before the marts built on them ({@code 100_marts_*.sql}).
 */
public final class SqlScripts {
  /** One file of {@code sql/}: its name and text. */
  public record Script(String name, String text) {}

  private final List<Script> scripts;

  private SqlScripts(List<Script> scripts) {
    this.scripts = List.copyOf(scripts);
  }

  public List<Script> scripts() {
    return scripts;
  }

  /** The scripts of a folder (a checkout's {@code sql/}). */
  public static SqlScripts fromFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("Cannot read SQL scripts: " + folder + " is not a folder");
    }
    try (Stream<Path> files = Files.list(folder)) {
      List<Script> scripts =
          files
              .filter(p -> p.getFileName().toString().endsWith(".sql"))
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .map(SqlScripts::read)
              .toList();
      if (scripts.isEmpty()) {
        throw new IllegalArgumentException("Cannot publish: no *.sql file in " + folder);
      }
      return new SqlScripts(scripts);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }

  /** The scripts bundled on the classpath as {@code /sql} (the build copies {@code sql/} there). */
  public static SqlScripts bundled() {
    URL url = SqlScripts.class.getResource("/sql");
    if (url == null) {
      throw new IllegalStateException("Cannot find the bundled SQL scripts (/sql on the classpath)");
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return fromFolder(Path.of(uri));
      }
      // Inside a jar: the folder is read through the jar's file system, closed again if we opened it.
      FileSystem jar;
      boolean opened;
      try {
        jar = FileSystems.newFileSystem(uri, Map.of());
        opened = true;
      } catch (FileSystemAlreadyExistsException e) {
        jar = FileSystems.getFileSystem(uri);
        opened = false;
      }
      try {
        return fromFolder(jar.provider().getPath(uri));
      } finally {
        if (opened) {
          jar.close();
        }
      }
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("Cannot read the bundled SQL scripts at " + url, e);
    }
  }

  private static Script read(Path file) {
    try {
      return new Script(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
