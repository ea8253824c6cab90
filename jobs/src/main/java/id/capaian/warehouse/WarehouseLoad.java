package id.capaian.warehouse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One load of a versioned warehouse: stages write into a new version, and {@link #publish()} makes it
 * the current one with a single atomic rename, so readers see the previous warehouse or the new one,
 * never a mix, and a run killed at any point leaves the previous one intact.
 *
 * <pre>
 * WAREHOUSE/versions/ID/parquet/DATASET/   one folder per load
 * WAREHOUSE/versions/ID/capaian.duckdb
 * WAREHOUSE/versions/ID/_load.json         its manifest: input files and their hashes, stages, status
 * WAREHOUSE/current -> versions/ID         switched by rename(2) of a new symlink over the old one
 * WAREHOUSE/parquet -> current/parquet     fixed links, so readers keep using WAREHOUSE/parquet/...
 * WAREHOUSE/capaian.duckdb -> current/capaian.duckdb
 * </pre>
 *
 * A new version starts as the current one: its Parquet files are hard links (Spark never rewrites a
 * Parquet file in place; a stage replaces a whole dataset folder), other files are copied. A load is
 * one process ({@code capaian run}) or several sharing a load id ({@code --load}, one Airflow task per
 * stage); the {@link WarehouseLock} is held by whichever process is working on it. A version left
 * unpublished by a run that died is removed by the next load. The layout needs a local file system
 * (symlinks, hard links, atomic rename).
 */
public final class WarehouseLoad implements AutoCloseable {
  static final String VERSIONS = "versions";
  static final String CURRENT = "current";
  static final String MANIFEST = "_load.json";
  static final String LOADS = "loads";
  /** Published versions kept besides the current one, for readers still on them. */
  static final int KEEP_PREVIOUS = 2;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** What a version holds, written beside it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  /**
   * @param code the {@link CodeFingerprint} of the application that wrote the version (null in versions
   *     written before it was recorded: treated as different code)
   */
  public record Manifest(String id, String created, String status, String input, Map<String, String> files,
      List<String> stages, String code) {

    Manifest with(String newStatus, List<String> newStages) {
      return new Manifest(id, created, newStatus, input, files, newStages, code);
    }
  }

  /** Why nothing is written: the input and the stages asked for are those of the current version. */
  public record Unchanged(String currentVersion) {}

  private final Path root;
  private final WarehouseLock lock;
  private final Consumer<String> log;
  private final String id;
  private final Path version;
  private final Warehouse previous;
  private final LoadScope scope;
  private final Unchanged unchanged;
  private Manifest manifest;
  private boolean published;

  private WarehouseLoad(Path root, WarehouseLock lock, Consumer<String> log, String id, Path version,
      Warehouse previous, LoadScope scope, Unchanged unchanged, Manifest manifest, boolean published) {
    this.root = root;
    this.lock = lock;
    this.log = log;
    this.id = id;
    this.version = version;
    this.previous = previous;
    this.scope = scope;
    this.unchanged = unchanged;
    this.manifest = manifest;
    this.published = published;
  }

  /**
   * Starts a load of {@code stages} from {@code input}, or continues load {@code loadId} (a later stage
   * of the same Airflow run). Takes the warehouse lock first: a concurrent run is refused.
   *
   * @param loadId null for a load of its own (one process); otherwise the id every stage of one
   *     multi-process load passes
   * @param full process every document even when unchanged
   */
  public static WarehouseLoad begin(
      Path warehouse, String input, String loadId, List<String> stages, boolean full, Consumer<String> log) {
    Path root = warehouse.toAbsolutePath().normalize();
    WarehouseLock lock = WarehouseLock.acquire(root);
    try {
      return begin(root, lock, input, loadId, stages, full, log);
    } catch (RuntimeException | Error e) {
      lock.close();
      throw e;
    }
  }

  private static WarehouseLoad begin(Path root, WarehouseLock lock, String input, String loadId,
      List<String> stages, boolean full, Consumer<String> log) {
    try {
      Files.createDirectories(root.resolve(VERSIONS));
      adoptUnversioned(root, log);
      ensureLinks(root);
      Optional<String> current = currentId(root);
      String id = loadId != null ? idOf(loadId) : newId();
      Path version = root.resolve(VERSIONS).resolve(id);
      removeUnfinished(root, current, loadId != null ? id : null, log);

      if (loadId != null) {
        Optional<Manifest> marker = readJson(root.resolve(LOADS).resolve(id + ".json"));
        if (marker.isPresent()) {
          // An earlier stage of this load found nothing to do; so do the later ones.
          return new WarehouseLoad(root, lock, log, id, null, null, LoadScope.everything(),
              new Unchanged(marker.get().id()), marker.get(), true);
        }
        Optional<Manifest> existing = readJson(version.resolve(MANIFEST));
        if (existing.isPresent()) {
          boolean isCurrent = current.map(id::equals).orElse(false);
          Warehouse before = previousOf(root, existing.get(), current, id);
          LoadScope scope = new LoadScope(existing.get().files(),
              before == null ? Map.of() : manifestOf(before.root()).map(Manifest::files).orElse(Map.of()),
              existing.get().files() != null && !existing.get().files().isEmpty());
          return new WarehouseLoad(root, lock, log, id, version, before, scope, null, existing.get(),
              isCurrent || "published".equals(existing.get().status()));
        }
      }

      Optional<Manifest> currentManifest = current.flatMap(c -> manifestOf(root.resolve(VERSIONS).resolve(c)));
      String code = CodeFingerprint.current();
      boolean sameCode = currentManifest.map(m -> code.equals(m.code())).orElse(true);
      boolean hadFiles = currentManifest.map(m -> m.files() != null && !m.files().isEmpty()).orElse(false);
      if (!full && !sameCode && hadFiles) {
        // Rows of kept documents were written by other rules: reusing them would mix two rule sets.
        log.accept("the application changed since version " + current.get() + ": every document is processed");
      }
      Map<String, String> previousFiles =
          full || !sameCode ? Map.of() : currentManifest.map(Manifest::files).orElse(Map.of());
      LoadScope scope = LoadScope.of(input, previousFiles == null ? Map.of() : previousFiles);
      List<String> held = currentManifest.map(Manifest::stages).orElse(List.of());
      if (!full && scope.unchanged() && held.containsAll(stages)) {
        Unchanged unchanged = new Unchanged(current.get());
        Manifest marker = new Manifest(current.get(), Instant.now().toString(), "unchanged", input,
            Map.of(), List.of(), code);
        if (loadId != null) {
          Files.createDirectories(root.resolve(LOADS));
          writeJson(root.resolve(LOADS).resolve(id + ".json"), marker);
        }
        return new WarehouseLoad(root, lock, log, id, null, null, scope, unchanged, marker, true);
      }

      Manifest manifest = new Manifest(id, Instant.now().toString(), "open", input,
          scope.complete() ? scope.files() : Map.of(), held, code);
      Files.createDirectories(version);
      // The manifest first: a run killed while seeding leaves an "open" version, removed next time.
      writeJson(version.resolve(MANIFEST), manifest);
      Warehouse before = null;
      if (current.isPresent()) {
        Path from = root.resolve(VERSIONS).resolve(current.get());
        seed(from, version);
        before = new Warehouse(from);
      }
      return new WarehouseLoad(root, lock, log, id, version, before, scope, null, manifest, false);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start a load of warehouse " + root + ": " + e.getMessage(), e);
    }
  }

  /** Where the stages of this load write: the new version (same layout as the warehouse). */
  public Warehouse target() {
    if (version == null) {
      throw new IllegalStateException("Load " + id + " writes nothing: the input is unchanged");
    }
    return new Warehouse(version);
  }

  /** The version this load started from, if any: the rows stages reuse for kept documents. */
  public Optional<Warehouse> previous() {
    return Optional.ofNullable(previous);
  }

  public LoadScope scope() {
    return scope;
  }

  public String id() {
    return id;
  }

  /** Present when the input and stages are those of the current version: nothing is run or written. */
  public Optional<Unchanged> unchanged() {
    return Optional.ofNullable(unchanged);
  }

  /** Whether this load's version is already the current one (a later stage of a published load). */
  public boolean published() {
    return published;
  }

  /** Records that a stage has written its datasets into this load's version. */
  public void ran(String stage) {
    if (unchanged != null) {
      return;
    }
    Set<String> stages = new LinkedHashSet<>(manifest.stages());
    stages.add(stage);
    manifest = manifest.with(manifest.status(), List.copyOf(stages));
    writeManifest();
  }

  /**
   * Makes this load's version the current one: one rename of a new {@code current} symlink over the
   * old, atomic on POSIX file systems. Then removes versions older than the ones kept.
   */
  public void publish() {
    if (unchanged != null || published) {
      return;
    }
    manifest = manifest.with("published", manifest.stages());
    writeManifest();
    try {
      Path link = root.resolve(CURRENT + "." + id + ".tmp");
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, Path.of(VERSIONS, id));
      Files.move(link, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot publish load " + id + " of warehouse " + root, e);
    }
    published = true;
    removeOld();
  }

  /** Drops this load's unpublished version (a failed single-process run). */
  public void discard() {
    if (version != null && !published) {
      deleteTree(version);
    }
  }

  @Override
  public void close() {
    lock.close();
  }

  // ---- layout ----

  static Optional<String> currentId(Path root) throws IOException {
    Path current = root.resolve(CURRENT);
    if (!Files.isSymbolicLink(current)) {
      return Optional.empty();
    }
    Path target = Files.readSymbolicLink(current);
    return Files.isDirectory(root.resolve(target)) ? Optional.of(target.getFileName().toString()) : Optional.empty();
  }

  /** A warehouse written before versions existed: its folder becomes the first version, unchanged. */
  private static void adoptUnversioned(Path root, Consumer<String> log) throws IOException {
    Path parquet = root.resolve("parquet");
    Path duckdb = root.resolve("capaian.duckdb");
    boolean oldParquet = Files.isDirectory(parquet, LinkOption.NOFOLLOW_LINKS);
    boolean oldDuckdb = Files.isRegularFile(duckdb, LinkOption.NOFOLLOW_LINKS);
    if (!oldParquet && !oldDuckdb) {
      return;
    }
    String id = newId() + "-adopted";
    Path version = root.resolve(VERSIONS).resolve(id);
    Files.createDirectories(version);
    writeJson(version.resolve(MANIFEST),
        new Manifest(id, Instant.now().toString(), "published", null, Map.of(), List.of(), null));
    if (oldParquet) {
      Files.move(parquet, version.resolve("parquet"), StandardCopyOption.ATOMIC_MOVE);
    }
    if (oldDuckdb) {
      Files.move(duckdb, version.resolve("capaian.duckdb"), StandardCopyOption.ATOMIC_MOVE);
    }
    Path link = root.resolve(CURRENT + ".adopt.tmp");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, Path.of(VERSIONS, id));
    Files.move(link, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    log.accept("warehouse " + root + " had no versions yet: its datasets became version " + id);
  }

  private static void ensureLinks(Path root) throws IOException {
    link(root.resolve("parquet"), Path.of(CURRENT, "parquet"));
    link(root.resolve("capaian.duckdb"), Path.of(CURRENT, "capaian.duckdb"));
  }

  private static void link(Path link, Path target) throws IOException {
    if (Files.isSymbolicLink(link)) {
      return;
    }
    try {
      Files.createSymbolicLink(link, target);
    } catch (FileAlreadyExistsException e) {
      // Someone wrote a real file there between adoptUnversioned and now: leave it to the next load.
    }
  }

  private static Warehouse previousOf(Path root, Manifest manifest, Optional<String> current, String id) {
    // A continued load started from the version that was current then; if that is still current
    // (it is, unless this load was published), it is the one to reuse rows from.
    return current.filter(c -> !c.equals(id)).map(c -> new Warehouse(root.resolve(VERSIONS).resolve(c))).orElse(null);
  }

  /** Versions no run will publish: not current, not published, not the load being continued. */
  private static void removeUnfinished(Path root, Optional<String> current, String continuing, Consumer<String> log)
      throws IOException {
    try (Stream<Path> versions = Files.list(root.resolve(VERSIONS))) {
      for (Path version : versions.toList()) {
        String name = version.getFileName().toString();
        if (current.map(name::equals).orElse(false) || name.equals(continuing)) {
          continue;
        }
        Optional<Manifest> manifest = manifestOf(version);
        if (manifest.isEmpty() || !"published".equals(manifest.get().status())) {
          deleteTree(version);
          log.accept("removed unfinished load " + name + " (a run that stopped before publishing)");
        }
      }
    }
    try (Stream<Path> tmp = Files.list(root)) {
      for (Path link : tmp.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
        Files.deleteIfExists(link);
      }
    }
  }

  private void removeOld() {
    try (Stream<Path> versions = Files.list(root.resolve(VERSIONS))) {
      List<Map.Entry<Path, String>> others = new ArrayList<>();
      for (Path v : versions.toList()) {
        if (!v.getFileName().toString().equals(id)) {
          others.add(Map.entry(v, manifestOf(v).map(Manifest::created).orElse("")));
        }
      }
      others.sort(Map.Entry.<Path, String>comparingByValue().reversed());
      for (int i = KEEP_PREVIOUS; i < others.size(); i++) {
        deleteTree(others.get(i).getKey());
      }
      Path loads = root.resolve(LOADS);
      if (Files.isDirectory(loads)) {
        try (Stream<Path> markers = Files.list(loads)) {
          List<Path> sorted = markers.sorted(Comparator.comparing(WarehouseLoad::modified).reversed()).toList();
          for (int i = 20; i < sorted.size(); i++) {
            Files.deleteIfExists(sorted.get(i));
          }
        }
      }
    } catch (IOException e) {
      // Old versions only cost disk space; the load itself is published.
      log.accept("could not remove old versions: " + e.getMessage());
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  /** The new version starts as a copy of {@code from}: Parquet files as hard links, the rest copied. */
  private static void seed(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path relative = from.relativize(source);
        if (relative.toString().isEmpty() || relative.toString().equals(MANIFEST)) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else if (relative.startsWith("parquet")) {
          Files.createLink(target, source);
        } else {
          // DuckDB and other files change in place: a link would change the previous version too.
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static Optional<Manifest> manifestOf(Path version) {
    return readJson(version.resolve(MANIFEST));
  }

  private void writeManifest() {
    writeJson(version.resolve(MANIFEST), manifest);
  }

  private static Optional<Manifest> readJson(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), Manifest.class));
    } catch (IOException e) {
      return Optional.empty(); // a manifest cut short by a kill: treated as unfinished
    }
  }

  private static void writeJson(Path file, Manifest manifest) {
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      JSON.writeValue(tmp.toFile(), manifest);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove " + dir, e);
    }
  }

  private static String newId() {
    return ID_TIME.format(Instant.now()) + "-" + ProcessHandle.current().pid();
  }

  /** A load id as a folder name: Airflow run ids hold ':' and '+'. */
  static String idOf(String loadId) {
    String id = loadId.replaceAll("[^A-Za-z0-9._-]", "_");
    if (id.isEmpty() || id.startsWith(".")) {
      throw new IllegalArgumentException("Cannot use '" + loadId + "' as a load id");
    }
    return id;
  }
}
