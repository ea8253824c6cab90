package id.capaian.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which documents a load has to process: input files (relative path to the SHA-256 of their bytes,
 * the same hash ingest uses as {@code doc_id}) compared with those of the previous load. A file is
 * changed when it is new or its bytes differ, kept when its path and bytes are the same, removed when
 * it is gone. Stages reuse the previous rows of kept documents and process only changed ones.
 *
 * @param files this load's input files
 * @param previous the previous load's input files (empty for a first load)
 * @param complete false when the files could not be listed here (a remote input): every stage then
 *     processes everything
 */
public record LoadScope(Map<String, String> files, Map<String, String> previous, boolean complete) {

  public LoadScope {
    files = Map.copyOf(files);
    previous = Map.copyOf(previous);
  }

  /** A scope that knows nothing: everything is processed. */
  public static LoadScope everything() {
    return new LoadScope(Map.of(), Map.of(), false);
  }

  /** Lists and hashes the documents ({@code *.txt}, {@code *.md}, recursively) of a local input folder. */
  public static LoadScope of(String input, Map<String, String> previous) {
    Path root = localPath(input);
    if (root == null || !Files.isDirectory(root)) {
      return new LoadScope(Map.of(), previous, false);
    }
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : (Iterable<Path>) paths::iterator) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && (name.endsWith(".txt") || name.endsWith(".md"))) {
          files.put(root.relativize(file).toString().replace('\\', '/'), sha256(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list input " + root, e);
    }
    return new LoadScope(files, previous, true);
  }

  /** The folder of a local input (a plain path or file: URI), or null for a remote one. */
  static Path localPath(String input) {
    try {
      URI uri = URI.create(input);
      if (uri.getScheme() != null && uri.getScheme().length() > 1) {
        return uri.getScheme().equals("file") ? Path.of(uri) : null;
      }
    } catch (IllegalArgumentException e) {
      // Not a URI (spaces, backslashes): a plain path.
    }
    return Path.of(input).toAbsolutePath().normalize();
  }

  public Set<String> changed() {
    return files.entrySet().stream()
        .filter(e -> !e.getValue().equals(previous.get(e.getKey())))
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  public Set<String> kept() {
    return files.entrySet().stream()
        .filter(e -> e.getValue().equals(previous.get(e.getKey())))
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  public Set<String> removed() {
    return previous.keySet().stream().filter(f -> !files.containsKey(f))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The doc_ids whose previous rows a stage may reuse as they are. */
  public Set<String> keptDocIds() {
    return kept().stream().map(files::get).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Nothing new, changed or removed since the previous load. */
  public boolean unchanged() {
    return complete && !previous.isEmpty() && changed().isEmpty() && removed().isEmpty();
  }

  /**
   * Whether a stage can process the changed documents alone and reuse the kept ones: the files are
   * known, and no two files (now or before) share their bytes (a duplicate's status depends on every file with the
   * same content, so such a load is processed whole).
   */
  public boolean incremental() {
    return complete && !previous.isEmpty() && Set.copyOf(files.values()).size() == files.size()
        && Set.copyOf(previous.values()).size() == previous.size();
  }

  public String describe() {
    if (!complete) {
      return "every document (input not listed locally)";
    }
    if (previous.isEmpty()) {
      return files.size() + " documents (first load)";
    }
    return String.format("%d changed, %d kept, %d removed", changed().size(), kept().size(), removed().size());
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
