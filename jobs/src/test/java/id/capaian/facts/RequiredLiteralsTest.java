package id.capaian.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The literals a regex's every match must hold, and that skipping on them never loses a match. */
class RequiredLiteralsTest {

  @Example
  void readsTheTopLevelRunsOnly() {
    assertThat(RequiredLiterals.of("jumlah koperasi(?: [a-z]+){0,8}? (?<v>\\d+) unit"))
        .containsExactly("jumlah koperasi", " unit", " ");
    // A quantified character may be missing, an escaped one is literal.
    assertThat(RequiredLiterals.of("rp\\.? ?(?<v>\\d+) ?%")).containsExactly("rp", "%");
    assertThat(RequiredLiterals.of("nilai \\(s\\)akip\\b")).containsExactly("nilai (s)akip");
    assertThat(RequiredLiterals.of("[a-z)]+ aktif")).containsExactly(" aktif");
  }

  @Example
  void givesNothingWhereItCannotBeSure() {
    assertThat(RequiredLiterals.of("koperasi|umkm")).isEmpty();
    assertThat(RequiredLiterals.of("(?i)koperasi")).isEmpty();
    assertThat(RequiredLiterals.of("\\x41koperasi")).isEmpty();
    assertThat(RequiredLiterals.of("\\Qa.b\\E")).isEmpty();
    assertThat(RequiredLiteralsTest.mayMatch(List.of(), "anything")).isTrue();
  }

  /** Every bundled key-sentence rule: wherever the regex finds a match, the text holds the literals. */
  @Property(tries = 2000)
  void aSkippedTextNeverMatches(@ForAll("sentences") String text) {
    for (SentencePatterns.Rule rule : SentencePatterns.defaults().rules()) {
      Matcher m = rule.pattern().matcher(text);
      if (m.find()) {
        assertThat(rule.mayMatch(text)).as("rule %d on %s", rule.id(), text).isTrue();
      }
    }
  }

  @Example
  void everyBundledRuleIsFilteredOnSomething() {
    for (SentencePatterns.Rule rule : SentencePatterns.defaults().rules()) {
      assertThat(rule.required()).as("rule %d", rule.id()).isNotEmpty();
    }
  }

  @Example
  void aRuleStillFindsItsSentence() {
    String text = "pada tahun 2024 jumlah koperasi di kota ini adalah 778 unit.";
    SentencePatterns.Rule rule = SentencePatterns.defaults().rules().get(0);
    assertThat(rule.mayMatch(text)).isTrue();
    assertThat(rule.pattern().matcher(text).find()).isTrue();
    assertThat(rule.mayMatch("pada tahun 2024 jumlah umkm adalah 778 unit.")).isFalse();
  }

  private static boolean mayMatch(List<String> literals, String text) {
    return RequiredLiterals.allIn(literals, text);
  }

  @Provide
  Arbitrary<String> sentences() {
    Arbitrary<String> words = Arbitraries.of("jumlah", "koperasi", "aktif", "tidak", "unit", "yang", "tercatat",
        "terdaftar", "sebanyak", "adalah", "sejumlah", "mencapai", "wirausaha", "baru", "jiwa", "orang", "penduduk",
        "usia", "produktif", "berwirausaha", "umkm", "rasio", "persentase", "sebesar", "realisasi", "anggaran", "rp",
        "rp.", "total", "belanja", "apbd", "alokasi", "pagu", "perubahan", "murni", "prakiraan", "maju", "nilai",
        "akip", "sakip", "target", "tahun", "2024", "778", "1.250.000", "83,79", "%", "persen", "(", ")", "juta",
        "di", "antaranya", "berstatus", "dinyatakan", "total jumlah", "atau");
    return words.list().ofMinSize(2).ofMaxSize(14).map(list -> String.join(" ", list));
  }
}
