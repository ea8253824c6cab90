package id.capaian.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The SHA-256 of the code that turns documents into rows: every class and bundled resource (metric
 * dictionary, sentence patterns, reference tables, SQL views) of the application, by name and content.
 * A load reuses a kept document's previous rows only when they were written by the same code, so a
 * nightly run after an upgrade reprocesses everything instead of mixing rows of two rule sets.
 * Contents, not file times: rebuilding unchanged sources changes nothing.
 */
public final class CodeFingerprint {
  private static volatile String current;

  private CodeFingerprint() {}

  /** The fingerprint of the running application (computed once per JVM). */
  public static String current() {
    String local = current;
    if (local == null) {
      local = of(codeLocation());
      current = local;
    }
    return local;
  }

  /** The fingerprint of a classes folder or an application jar. */
  public static String of(Path location) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(location)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(location)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          add(digest, location.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          List<JarEntry> entries = jar.stream().filter(e -> !e.isDirectory())
              .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
          for (JarEntry entry : entries) {
            try (InputStream in = jar.getInputStream(entry)) {
              add(digest, entry.getName(), in.readAllBytes());
            }
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot fingerprint the application code at " + location, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void add(MessageDigest digest, String name, byte[] content) {
    if (name.startsWith("META-INF/maven/") || name.equals("META-INF/MANIFEST.MF")) {
      return; // build metadata (timestamps, builder), not code
    }
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(Long.toString(content.length).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(content);
  }

  private static Path codeLocation() {
    CodeSource source = CodeFingerprint.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new IllegalStateException("Cannot tell where the application's classes were loaded from");
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Unreadable code location " + source.getLocation(), e);
    }
  }
}
