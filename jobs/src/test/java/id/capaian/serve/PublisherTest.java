package id.capaian.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.testing.ParquetFixture;
import id.capaian.testing.SmallWarehouse;
import id.capaian.warehouse.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
  /** The views the issue asks for, plus the ones the README's questions use. */
  static final List<String> REQUIRED_VIEWS = List.of(
      "documents", "doc_tables", "facts", "metric_values", "metric_candidates", "trend_koperasi_aktif",
      "trend_wirausaha", "trend_budget_realization", "compare_regions", "latest_values", "dq_findings", "regions",
      "metrics", "document_lines", "figure_sources", "finding_lines", "sdi_values", "export_values");

  @TempDir Path dir;

  private Publisher.Result publish(Path root) throws Exception {
    return new Publisher(new Warehouse(root), SqlScripts.bundled()).publish();
  }

  @Test
  void testEmptyWarehousePublishesEveryViewEmpty() throws Exception {
    Publisher.Result result = publish(dir);

    assertThat(result.file()).isEqualTo(dir.resolve("capaian.duckdb")).isRegularFile();
    assertThat(result.views()).containsAll(REQUIRED_VIEWS);
    assertThat(result.notes()).contains("facts: not written yet, published as an empty view");
    try (Connection c = WarehouseDb.openReadOnly(new Warehouse(dir))) {
      for (String view : result.views()) {
        // metrics and regions are reference data, carried in the file itself.
        long expected = view.equals("metrics") ? 17 : view.equals("regions") ? 514 : 0;
        assertThat(count(c, "select count(*) from " + view)).as(view).isEqualTo(expected);
      }
      // Empty views keep the contract's types, so queries written for real data still bind.
      assertThat(strings(c, "select data_type from duckdb_columns() where table_name = 'facts'"
          + " and column_name in ('value', 'flags', 'year') order by column_name"))
          .containsExactly("VARCHAR[]", "DOUBLE", "INTEGER");
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("capaian.duckdb");
    }
  }

  @Test
  void testViewsReadTheParquetInPlace() throws Exception {
    SmallWarehouse.writeIngest(dir);
    SmallWarehouse.writeFacts(dir);

    Publisher.Result result = publish(dir);

    assertThat(result.notes()).noneMatch(n -> n.startsWith("facts:") || n.startsWith("documents:"));
    try (Connection c = WarehouseDb.openReadOnly(new Warehouse(dir))) {
      assertThat(count(c, "select count(*) from documents")).isEqualTo(3);
      assertThat(strings(c, "select region_title || ' ' || first_year from regions"
          + " where count_documents > 0 order by region_code"))
          .containsExactly("Kota Depok 2023", "Kota Semarang 2024");
      assertThat(strings(c, "select line from document_lines where source_line = 2 order by source_file"))
          .containsExactly("| Tahun | Pagu | Realisasi | % |", "Koperasi aktif tahun 2022 ada 561 unit dari 732 unit.");
      assertThat(strings(c, "select cast(value as varchar) from facts where metric = 'koperasi_aktif'"))
          .containsExactly("561.0");
    }
  }

  @Test
  void testProvenanceViewsShowTheLineEachNumberStandsOn() throws Exception {
    SmallWarehouse.writeIngest(dir);
    SmallWarehouse.writeFacts(dir);
    SmallWarehouse.writeAnalytics(dir);

    publish(dir);

    try (Connection c = WarehouseDb.openReadOnly(new Warehouse(dir))) {
      assertThat(strings(c, "select source_line || ': ' || source_text from figure_sources"
          + " where region_title = 'Kota Depok' and measure = 'serapan_pct' order by rank"))
          .containsExactly("3: | 2023 | 100 | 90,5 | 90,50 |", "2: | Tahun | Pagu | Realisasi | % |");
      // Picked by the document's own columns, as the README's question does; a cross-document finding's
      // lines are of two documents, so none gets a text.
      assertThat(strings(c, "select finding_id || ' ' || source_line || ': ' || coalesce(source_text, '-')"
          + " from finding_lines where region_name = 'KOTA DEPOK' and doc_type = 'LKJIP' and plan_year = 2023"
          + " order by source_line"))
          .containsExactly("q1 2: | Tahun | Pagu | Realisasi | % |", "q1 3: | 2023 | 100 | 90,5 | 90,50 |");
      assertThat(strings(c, "select coalesce(source_text, '-') || ' ' || doc_type || ' ' || plan_year"
          + " from finding_lines where finding_id = 'q2'"))
          .containsExactly("- RENJA 2024", "- RENJA 2024");
    }
  }

  @Test
  void testCopiedWarehouseFolderStillOpens() throws Exception {
    Path original = dir.resolve("original");
    SmallWarehouse.writeIngest(original);
    SmallWarehouse.writeFacts(original);
    publish(original);
    Path copy = dir.resolve("elsewhere/copy");
    copyTree(original, copy);
    deleteTree(original);

    try (Connection c = WarehouseDb.openReadOnly(new Warehouse(copy))) {
      assertThat(count(c, "select count(*) from facts")).isEqualTo(3);
      String definition = strings(c, "select sql from duckdb_views() where view_name = 'facts'").get(0);
      assertThat(definition).contains("'parquet/facts/**/*.parquet'").doesNotContain(dir.toString());
    }
  }

  /**
   * A JDBC client set up as the README tells DBeaver users (URL jdbc:duckdb:FILE, driver properties
   * duckdb.read_only and file_search_path, nothing else of ours) reads the views, refuses writes, and
   * without file_search_path fails with the message the README quotes.
   */
  @Test
  void testJdbcClientWithTheReadmesDriverPropertiesReadsTheViews() throws Exception {
    SmallWarehouse.writeIngest(dir);
    SmallWarehouse.writeFacts(dir);
    publish(dir);
    java.util.Properties dbeaver = new java.util.Properties();
    dbeaver.setProperty("duckdb.read_only", "true");
    dbeaver.setProperty("file_search_path", dir.toString());
    String url = "jdbc:duckdb:" + dir.resolve("capaian.duckdb");

    try (Connection c = java.sql.DriverManager.getConnection(url, dbeaver)) {
      assertThat(strings(c, "select cast(value as varchar) from facts where metric = 'koperasi_aktif'"))
          .containsExactly("561.0");
      assertThatThrownBy(() -> c.createStatement().execute("create table t (x int)"))
          .hasMessageContaining("read-only");
    }
    java.util.Properties readOnly = new java.util.Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = java.sql.DriverManager.getConnection(url, readOnly)) {
      // The test JVM's working directory is the project folder, which has no parquet/ of its own.
      assertThatThrownBy(() -> strings(c, "select count(*) from facts"))
          .hasMessageContaining("No files found that match the pattern \"parquet/facts/**/*.parquet\"");
    }
  }

  @Test
  void testFilesLackingAContractColumnReadItAsNull() throws Exception {
    ParquetFixture.write(dir, "facts", List.of(SmallWarehouse.fact("f1", SmallWarehouse.SEMARANG_DOC, "a.txt",
        "3374", "RENJA", 2, "koperasi_aktif", "realisasi", null, 2022, 561, "unit", "561")), List.of("flags"));

    Publisher.Result result = publish(dir);

    assertThat(result.notes()).contains("facts: files lack flags (read as NULL; rebuild the stage)");
    try (Connection c = WarehouseDb.openReadOnly(new Warehouse(dir))) {
      assertThat(count(c, "select count(*) from facts where flags is null and value = 561")).isEqualTo(1);
    }
  }

  @Test
  void testBrokenScriptNamesItsFileAndKeepsThePreviousDatabase() throws Exception {
    publish(dir);
    Path scripts = dir.resolve("sql");
    Files.createDirectories(scripts);
    Files.writeString(scripts.resolve("010_staging_documents.sql"),
        "create view documents as select * from {{dataset documents}};");
    Files.writeString(scripts.resolve("100_marts_broken.sql"), "create view broken as select nonsense from documents;");

    assertThatThrownBy(() -> new Publisher(new Warehouse(dir), SqlScripts.fromFolder(scripts)).publish())
        .hasMessageStartingWith("Cannot publish sql/100_marts_broken.sql: ")
        .hasMessageContaining("nonsense");
    try (Connection c = WarehouseDb.openReadOnly(new Warehouse(dir))) {
      assertThat(strings(c, "select view_name from duckdb_views() where not internal")).contains("regions");
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("capaian.duckdb", "sql");
    }
  }

  @Test
  void testRepublishingReplacesTheFileWhileAReaderHasItOpen() throws Exception {
    publish(dir);
    try (Connection before = WarehouseDb.openReadOnly(new Warehouse(dir))) {
      SmallWarehouse.writeIngest(dir);
      publish(dir);
      assertThat(count(before, "select count(*) from regions where count_documents > 0")).isZero();
    }
    try (Connection after = WarehouseDb.openReadOnly(new Warehouse(dir))) {
      assertThat(count(after, "select count(*) from regions where count_documents > 0")).isEqualTo(2);
    }
  }

  @Test
  void testMissingDatabaseIsOneClearMessage() {
    assertThatThrownBy(() -> WarehouseDb.openReadOnly(new Warehouse(dir.resolve("nowhere"))))
        .isInstanceOf(WarehouseDb.WarehouseNotPublishedException.class)
        .hasMessage("No warehouse database at " + dir.resolve("nowhere/capaian.duckdb")
            + ": run 'capaian run' or 'capaian publish -w " + dir.resolve("nowhere") + "' first");
  }

  static long count(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  static List<String> strings(Connection c, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  static void deleteTree(Path root) throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

}
