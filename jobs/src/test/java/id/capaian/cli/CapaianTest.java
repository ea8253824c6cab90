package id.capaian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CapaianTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Capaian.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void testHelpListsTheSubcommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: capaian", "run", "ingest");
  }

  @Test
  void testSubcommandHelpDescribesItsOptions() {
    assertThat(run("run", "--help")).isZero();
    assertThat(out.toString()).contains("--input", "--warehouse", "--strict", "--verbose");
  }

  @Test
  void testUnknownOptionIsOneLineAndExitTwo() {
    assertThat(run("run", "--frobnicate")).isEqualTo(2);
    assertThat(err.toString().strip()).doesNotContain("\n")
        .isEqualTo("capaian: Unknown option: '--frobnicate' (see 'capaian --help')");
  }

  @Test
  void testUnknownSubcommandIsOneLineAndExitTwo() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.toString().strip()).doesNotContain("\n").startsWith("capaian: Unmatched argument");
  }
}
