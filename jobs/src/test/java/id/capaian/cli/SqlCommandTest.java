package id.capaian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.serve.Publisher;
import id.capaian.serve.SqlScripts;
import id.capaian.testing.SmallWarehouse;
import id.capaian.warehouse.Warehouse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void publishSmallWarehouse() throws Exception {
    SmallWarehouse.writeIngest(dir);
    SmallWarehouse.writeFacts(dir);
    new Publisher(new Warehouse(dir), SqlScripts.bundled()).publish();
  }

  private int run(String... args) {
    return Capaian.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void testTableFormatAlignsColumnsAndCountsRows() {
    int code = run("sql", "-w", dir.toString(),
        "select region_code, year, value from facts where metric like 'koperasi%' order by value");

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString().lines()).containsExactly(
        "region_code | year | value",
        "------------+------+------",
        "3374        | 2022 |   561",
        "3374        | 2022 |   732",
        "(2 rows)");
  }

  @Test
  void testDoublesPrintInPlainNotation() {
    int code = run("sql", "-w", dir.toString(), "--format", "csv",
        "select 21896269612::double as pagu, 90.5::double as serapan, 0.00074::double as ratio,"
            + " -0.0::double as zero, null::double as none");

    assertThat(code).isZero();
    assertThat(out.toString().lines()).containsExactly("pagu,serapan,ratio,zero,none", "21896269612,90.5,0.00074,0,");
  }

  @Test
  void testCsvFormatQuotesWhereNeededAndLeavesNullEmpty() {
    int code = run("sql", "-w", dir.toString(), "--format", "csv",
        "select source_file, error, 'a,b' as odd from documents order by source_file");

    assertThat(code).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "source_file,error,odd",
        "depok-lkjip-2023.txt,,\"a,b\"",
        "notes.txt,no title page,\"a,b\"",
        "semarang-renja-2024.txt,,\"a,b\"");
  }

  @Test
  void testJsonFormatKeepsTypes() {
    int code = run("sql", "-w", dir.toString(), "--format", "json",
        "select region_code, year, value, flags, stage from facts where metric = 'anggaran'");

    assertThat(code).isZero();
    assertThat(out.toString().strip())
        .isEqualTo("[{\"region_code\":\"3276\",\"year\":2023,\"value\":90.5,\"flags\":[],\"stage\":null}]");
  }

  @Test
  void testQueryFromFile() throws Exception {
    Path file = dir.resolve("q.sql");
    Files.writeString(file, "-- how many regions\nselect count(*) as n from regions where count_documents > 0;\n");

    assertThat(run("sql", "-w", dir.toString(), "-f", file.toString(), "--format", "csv")).isZero();
    assertThat(out.toString().lines()).containsExactly("n", "2");
  }

  @Test
  void testBadQueryIsDuckDbsMessageOnOneLine() {
    int code = run("sql", "-w", dir.toString(), "select * from no_such_view");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip())
        .doesNotContain("\n")
        .startsWith("capaian: error: Catalog Error: Table with name no_such_view does not exist!")
        .doesNotContain("\tat ");
  }

  @Test
  void testWritesAreRefused() {
    int code = run("sql", "-w", dir.toString(), "drop view facts");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip()).doesNotContain("\n").contains("read-only");
    assertThat(run("sql", "-w", dir.toString(), "--format", "csv", "select count(*) from facts")).isZero();
    assertThat(out.toString()).endsWith("3\n");
  }

  @Test
  void testMissingWarehouseIsOneClearLine() {
    Path missing = dir.resolve("missing");

    int code = run("sql", "-w", missing.toString(), "select 1");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("capaian: error: No warehouse database at "
        + missing.resolve("capaian.duckdb") + ": run 'capaian run' or 'capaian publish -w " + missing + "' first");
  }

  @Test
  void testQueryAndFileTogetherIsAUsageError() {
    assertThat(run("sql", "-w", dir.toString(), "-f", "x.sql", "select 1")).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("capaian: Give either a QUERY or -f FILE.sql (see 'capaian --help')");
  }

  @Test
  void testUnknownFormatIsAUsageError() {
    assertThat(run("sql", "-w", dir.toString(), "--format", "xml", "select 1")).isEqualTo(2);
    assertThat(err.toString()).contains("expected table, csv or json, not 'xml'");
  }

  @Test
  void testPublishCommandBuildsTheDatabase() throws Exception {
    Path other = dir.resolve("other");
    SmallWarehouse.writeIngest(other);

    assertThat(run("publish", "-w", other.toString())).isZero();
    assertThat(other.resolve("capaian.duckdb")).isRegularFile();
    assertThat(out.toString()).contains("duckdb", "views", "facts: not written yet, published as an empty view");
  }

  @Test
  void testExportCommandWritesSdiFilesAndListsThem() throws Exception {
    SmallWarehouse.writeAnalytics(dir);
    new Publisher(new Warehouse(dir), SqlScripts.bundled()).publish();
    Path folder = dir.resolve("portal");

    int code = run("export", "-w", dir.toString(), "--format", "SDI", "--metric", "koperasi_aktif", "--out",
        folder.toString());

    assertThat(code).isZero();
    assertThat(out.toString().strip())
        .isEqualTo("koperasi_aktif                        1 rows  " + folder.resolve("koperasi_aktif.csv"));
    assertThat(Files.readAllLines(folder.resolve("koperasi_aktif.csv"))).hasSize(2);
  }

  @Test
  void testExportOfAnUnknownMetricIsOneLine() throws Exception {
    SmallWarehouse.writeAnalytics(dir);
    new Publisher(new Warehouse(dir), SqlScripts.bundled()).publish();

    assertThat(run("export", "-w", dir.toString(), "--format", "csv", "--metric", "nope")).isEqualTo(1);
    assertThat(err.toString().strip()).doesNotContain("\n")
        .startsWith("capaian: error: No values of metric 'nope' to export; metrics with values: anggaran, ");
  }

  @Test
  void testExportNeedsAFormat() {
    assertThat(run("export", "-w", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--format=FORMAT'");
  }
}
