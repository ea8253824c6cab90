package id.capaian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-quality gate against a baseline: new error findings fail it, one line each. */
class CheckCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Capaian.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** Writes dq_findings as one Parquet file, rows of (id, file, check, severity, message). */
  private void findings(String... rows) throws Exception {
    Path dataset = dir.resolve("parquet/dq_findings");
    Files.createDirectories(dataset);
    Files.deleteIfExists(dataset.resolve("part-0.parquet"));
    StringBuilder values = new StringBuilder();
    for (String row : rows) {
      String[] f = row.split("\\|");
      values.append(values.length() == 0 ? "" : ", ")
          .append(String.format("('%s', 'doc', '%s', null, '3374', '%s', '%s', null, null, null, null, '%s',"
              + " [1, 2]::INTEGER[], null, null)", f[0], f[1], f[2], f[3], f[4]));
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
      s.execute("create table t (finding_id varchar, doc_id varchar, source_file varchar, related_doc_id varchar,"
          + " region_code varchar, check_name varchar, severity varchar, metric varchar, measure varchar,"
          + " year integer, kode varchar, message varchar, source_lines integer[], expected double, actual double)");
      if (rows.length > 0) {
        s.execute("insert into t values " + values);
      }
      s.execute("copy t to '" + dataset.resolve("part-0.parquet") + "' (format parquet)");
    }
  }

  @Test
  void testWithoutBaselineTheGateReportsAndPassesUnlessABaselineIsRequired() throws Exception {
    findings("a1|000.txt|total_sum|error|Tabel 4.1 line 1068: total differs", "w1|000.txt|unit_change|warning|x");

    assertThat(run("check", "-w", dir.toString())).isZero();
    assertThat(out.toString()).contains("1 error findings, 1 warnings; no baseline at");
    assertThat(run("check", "-w", dir.toString(), "--require-baseline")).isEqualTo(1);
  }

  @Test
  void testAcceptedFindingsPassAndOnlyNewErrorsFailOneLineEach() throws Exception {
    findings("a1|000.txt|total_sum|error|Tabel 4.1 line 1068: total differs");
    assertThat(run("check", "-w", dir.toString(), "--accept")).isZero();
    assertThat(out.toString()).contains("accepted 1 error findings");
    assertThat(Files.readString(dir.resolve("dq_baseline.json"))).contains("\"finding_id\" : \"a1\"");
    assertThat(run("check", "-w", dir.toString(), "--require-baseline")).isZero();

    findings("a1|000.txt|total_sum|error|Tabel 4.1 line 1068: total differs",
        "b2|002.txt|same_key_values|error|koperasi_berkualitas_pct realisasi 2022: 23.35 vs 25.48",
        "w1|000.txt|unit_change|warning|a warning never fails the gate");

    assertThat(run("check", "-w", dir.toString())).isEqualTo(1);
    assertThat(out.toString().lines().filter(l -> l.startsWith("NEW"))).containsExactly(
        "NEW same_key_values 002.txt [b2]: koperasi_berkualitas_pct realisasi 2022: 23.35 vs 25.48");
    assertThat(out.toString()).contains("FAILED: 1 new error findings, 1 accepted in the baseline, 0 fixed since");

    findings("w1|000.txt|unit_change|warning|x");
    assertThat(run("check", "-w", dir.toString())).isZero();
    assertThat(out.toString()).contains("passed: 0 new error findings, 0 accepted in the baseline, 1 fixed since");
  }

  @Test
  void testMissingFindingsAreOneClearError() {
    assertThat(run("check", "-w", dir.toString())).isEqualTo(1);
    assertThat(err.toString().strip()).startsWith("capaian: error: Cannot check: no dq_findings dataset at")
        .contains("capaian analytics").doesNotContain("\n");
  }
}
