package id.capaian.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versioned layout, without Spark: stages are stood in for by files written into the version. */
class WarehouseLoadTest {
  private static final List<String> RUN = List.of("ingest", "facts");

  @TempDir Path input;
  @TempDir Path dir;
  private final List<String> notes = new ArrayList<>();

  private Path root() {
    return dir.resolve("wh");
  }

  private WarehouseLoad begin(String loadId, List<String> stages) {
    return WarehouseLoad.begin(root(), input.toString(), loadId, stages, false, notes::add);
  }

  /** A whole load of its own: every stage writes one part file naming the load, then publish. */
  private String load(String content) throws IOException {
    try (WarehouseLoad load = begin(null, RUN)) {
      for (String stage : RUN) {
        write(load.target(), stage, content);
        load.ran(stage);
      }
      load.publish();
      return load.id();
    }
  }

  private static void write(Warehouse warehouse, String dataset, String content) throws IOException {
    Path folder = warehouse.dataset(dataset);
    // Like Spark's overwrite: the dataset folder is replaced, never its files edited.
    WarehouseLoad.deleteTree(folder);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("part-0.parquet"), content);
  }

  private String read(String dataset) throws IOException {
    return Files.readString(new Warehouse(root()).dataset(dataset).resolve("part-0.parquet"));
  }

  private List<String> versions() throws IOException {
    try (Stream<Path> v = Files.list(root().resolve("versions"))) {
      return v.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void testAPublishedLoadIsReadThroughTheWarehouseFolder() throws IOException {
    Files.writeString(input.resolve("a.md"), "Renja A");

    String id = load("v1");

    assertThat(read("ingest")).isEqualTo("v1");
    assertThat(Files.readSymbolicLink(root().resolve("current"))).isEqualTo(Path.of("versions", id));
    assertThat(new Warehouse(root()).duckdbFile()).isEqualTo(root().resolve("capaian.duckdb"));
    assertThat(Files.readSymbolicLink(root().resolve("capaian.duckdb"))).isEqualTo(Path.of("current/capaian.duckdb"));
  }

  @Test
  void testAnUnchangedInputChangesNothing() throws IOException {
    Files.writeString(input.resolve("a.md"), "Renja A");
    String first = load("v1");

    try (WarehouseLoad again = begin(null, RUN)) {
      assertThat(again.unchanged()).hasValueSatisfying(u -> assertThat(u.currentVersion()).isEqualTo(first));
      again.publish();
    }
    // A stage the current version never ran is work to do, even on the same input.
    try (WarehouseLoad more = begin(null, List.of("analytics"))) {
      assertThat(more.unchanged()).isEmpty();
      more.discard();
    }
    assertThat(versions()).containsExactly(first);
    assertThat(Files.readSymbolicLink(root().resolve("current"))).isEqualTo(Path.of("versions", first));
  }

  @Test
  void testRowsWrittenByOtherCodeAreNotReused() throws IOException {
    Files.writeString(input.resolve("a.md"), "Renja A");
    String first = load("v1");
    Path manifest = root().resolve("versions").resolve(first).resolve("_load.json");
    assertThat(Files.readString(manifest)).contains(CodeFingerprint.current());
    // The version as an older release of the application would have left it.
    Files.writeString(manifest, Files.readString(manifest).replace(CodeFingerprint.current(), "0ld"));

    try (WarehouseLoad load = begin(null, RUN)) {
      assertThat(load.unchanged()).isEmpty();
      assertThat(load.scope().incremental()).isFalse();
      assertThat(load.scope().changed()).containsExactly("a.md");
      assertThat(notes).anyMatch(n -> n.contains("the application changed since version " + first));
      load.discard();
    }
  }

  @Test
  void testTheFingerprintFollowsContentNotFileTimes(@TempDir Path classes) throws IOException {
    Files.createDirectories(classes.resolve("data"));
    Files.writeString(classes.resolve("data/metrics.csv"), "metric,pattern\n");
    String before = CodeFingerprint.of(classes);
    Files.setLastModifiedTime(classes.resolve("data/metrics.csv"), java.nio.file.attribute.FileTime.fromMillis(0));
    assertThat(CodeFingerprint.of(classes)).isEqualTo(before);
    Files.writeString(classes.resolve("data/metrics.csv"), "metric,pattern\nkoperasi_aktif,aktif\n");
    assertThat(CodeFingerprint.of(classes)).isNotEqualTo(before);
  }

  @Test
  void testTheScopeSaysWhatChangedSinceThePreviousLoad() throws IOException {
    Files.writeString(input.resolve("a.md"), "Renja A");
    Files.writeString(input.resolve("b.md"), "Renja B");
    Files.createDirectories(input.resolve("sub"));
    Files.writeString(input.resolve("sub/c.txt"), "LKjIP C");
    load("v1");
    Files.writeString(input.resolve("b.md"), "Renja B, revised");
    Files.delete(input.resolve("sub/c.txt"));
    Files.writeString(input.resolve("d.md"), "Renstra D");
    Files.writeString(input.resolve("notes.csv"), "not a document");

    try (WarehouseLoad load = begin(null, RUN)) {
      LoadScope scope = load.scope();
      assertThat(scope.changed()).containsExactly("b.md", "d.md");
      assertThat(scope.kept()).containsExactly("a.md");
      assertThat(scope.removed()).containsExactly("sub/c.txt");
      assertThat(scope.keptDocIds()).containsExactly(
          id.capaian.extract.DocumentReader.sha256("Renja A".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(scope.incremental()).isTrue();
      assertThat(scope.describe()).isEqualTo("2 changed, 1 kept, 1 removed");
      assertThat(load.previous()).isPresent();
    }
  }

  @Test
  void testTwoFilesWithTheSameBytesMakeTheLoadWhole() throws IOException {
    Files.writeString(input.resolve("a.md"), "Renja A");
    load("v1");
    Files.writeString(input.resolve("copy-of-a.md"), "Renja A");

    try (WarehouseLoad load = begin(null, RUN)) {
      assertThat(load.scope().changed()).containsExactly("copy-of-a.md");
      assertThat(load.scope().incremental()).isFalse();
    }
  }

  @Test
  void testANewVersionStartsAsTheCurrentOneAndLeavesItAloneUntilPublished() throws IOException {
    Files.writeString(input.resolve("a.md"), "Renja A");
    String first = load("v1");
    Files.writeString(input.resolve("b.md"), "Renja B");

    try (WarehouseLoad load = begin(null, RUN)) {
      Path seeded = load.target().dataset("facts").resolve("part-0.parquet");
      Path old = root().resolve("versions").resolve(first).resolve("parquet/facts/part-0.parquet");
      // Parquet files of the previous version are hard links, not copies.
      assertThat(Files.isSameFile(seeded, old)).isTrue();
      write(load.target(), "ingest", "v2");
      load.ran("ingest");
      assertThat(read("ingest")).isEqualTo("v1");
      load.publish();
    }
    assertThat(read("ingest")).isEqualTo("v2");
    assertThat(read("facts")).isEqualTo("v1");
    assertThat(Files.readString(root().resolve("versions").resolve(first).resolve("parquet/ingest/part-0.parquet")))
        .isEqualTo("v1");
  }

  @Test
  void testAKilledLoadLeavesThePreviousWarehouseAndTheNextLoadRemovesIt() throws IOException {
    Files.writeString(input.resolve("a.md"), "Renja A");
    String first = load("v1");
    Files.writeString(input.resolve("b.md"), "Renja B");
    String killed;
    // A run that dies mid-load: its lock goes with the process, nothing else is cleaned up.
    WarehouseLoad dying = begin(null, RUN);
    killed = dying.id();
    write(dying.target(), "ingest", "half");
    dying.close();

    assertThat(read("ingest")).isEqualTo("v1");
    assertThat(versions()).contains(killed);

    String next = load("v3");
    assertThat(versions()).containsExactlyInAnyOrder(first, next);
    assertThat(notes).containsExactly("removed unfinished load " + killed + " (a run that stopped before publishing)");
    assertThat(read("ingest")).isEqualTo("v3");
  }

  @Test
  void testAConcurrentLoadIsRefusedWithAClearMessage() {
    try (WarehouseLoad first = begin(null, RUN)) {
      assertThatThrownBy(() -> begin(null, RUN))
          .isInstanceOf(WarehouseLock.WarehouseBusyException.class)
          .hasMessageStartingWith("Cannot load warehouse " + root() + ": another capaian run is loading it (pid "
              + ProcessHandle.current().pid() + " on ")
          .hasMessageEndingWith("runs on one warehouse are not interleaved, try again when it finished");
    }
    // Released with the load: the next one goes ahead.
    try (WarehouseLoad next = begin(null, RUN)) {
      assertThat(next.id()).isNotBlank();
    }
  }

  @Test
  void testTheStagesOfOneLoadCanRunAsSeparateCommands() throws IOException {
    Files.writeString(input.resolve("a.md"), "Renja A");
    String first = load("v1");
    Files.writeString(input.resolve("a.md"), "Renja A, revised");
    String runId = "scheduled__2026-12-04T00:00:00+00:00";
    Path version;
    try (WarehouseLoad ingest = begin(runId, List.of("ingest"))) {
      version = ingest.target().root();
      assertThat(ingest.scope().changed()).containsExactly("a.md");
      write(ingest.target(), "ingest", "v2");
      ingest.ran("ingest");
    }
    try (WarehouseLoad facts = begin(runId, List.of("facts"))) {
      assertThat(facts.target().root()).isEqualTo(version);
      assertThat(facts.scope().changed()).containsExactly("a.md");
      assertThat(facts.previous().map(Warehouse::root)).contains(root().resolve("versions").resolve(first));
      write(facts.target(), "facts", "v2");
      facts.ran("facts");
      assertThat(read("facts")).isEqualTo("v1");
      facts.publish();
    }
    assertThat(version.getFileName().toString()).isEqualTo("scheduled__2026-12-04T00_00_00_00_00");
    assertThat(read("ingest") + read("facts")).isEqualTo("v2v2");
    try (WarehouseLoad check = begin(runId, List.of("check"))) {
      assertThat(check.published()).isTrue();
      assertThat(check.target().root()).isEqualTo(version);
    }
  }

  @Test
  void testAnUnchangedMultiCommandLoadSkipsEveryStage() throws IOException {
    Files.writeString(input.resolve("a.md"), "Renja A");
    String first = load("v1");
    try (WarehouseLoad ingest = begin("run-2", List.of("ingest"))) {
      assertThat(ingest.unchanged()).isPresent();
    }
    // facts alone was run by the first load too; publish was not, yet the load is known unchanged.
    try (WarehouseLoad publish = begin("run-2", List.of("publish"))) {
      assertThat(publish.unchanged()).hasValueSatisfying(u -> assertThat(u.currentVersion()).isEqualTo(first));
    }
    assertThat(versions()).containsExactly(first);
  }

  @Test
  void testOldVersionsAreRemovedKeepingTheTwoBeforeTheCurrentOne() throws IOException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Files.writeString(input.resolve("a.md"), "Renja A " + i);
      ids.add(load("v" + i));
    }
    assertThat(versions()).containsExactlyInAnyOrderElementsOf(ids.subList(2, 5));
    assertThat(read("ingest")).isEqualTo("v4");
  }

  @Test
  void testAWarehouseWrittenBeforeVersionsIsAdopted() throws IOException {
    Files.createDirectories(root().resolve("parquet/ingest"));
    Files.writeString(root().resolve("parquet/ingest/part-0.parquet"), "old");
    Files.writeString(root().resolve("capaian.duckdb"), "db");
    Files.writeString(input.resolve("a.md"), "Renja A");

    try (WarehouseLoad load = begin(null, RUN)) {
      assertThat(read("ingest")).isEqualTo("old");
      assertThat(Files.readString(root().resolve("capaian.duckdb"))).isEqualTo("db");
      assertThat(Files.readString(load.target().duckdbFile())).isEqualTo("db");
      assertThat(Files.isSameFile(load.target().duckdbFile(), root().resolve("capaian.duckdb"))).isFalse();
    }
    assertThat(notes).singleElement().asString().startsWith("warehouse " + root() + " had no versions yet");
  }
}
