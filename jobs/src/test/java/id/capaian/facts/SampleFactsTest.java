package id.capaian.facts;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.extract.DocumentReader;
import id.capaian.extract.ReadOutcome;
import id.capaian.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The facts of the project's own sample documents ({@code data/samples}), value by value. */
class SampleFactsTest {

  private static DocumentFacts facts(String file) throws IOException {
    Path path = SharedCorpus.projectDir().resolve("data/samples").resolve(file);
    ReadOutcome outcome = DocumentReader.defaults().read(file, Files.readAllBytes(path));
    assertThat(outcome).isInstanceOf(ReadOutcome.Accepted.class);
    return FactExtractor.defaults().extract(((ReadOutcome.Accepted) outcome).document());
  }

  private static List<Fact> where(DocumentFacts facts, Predicate<Fact> p) {
    return facts.facts().stream().filter(p).toList();
  }

  private static Predicate<Fact> key(String metric, String measure, int year) {
    return f -> metric.equals(f.metric()) && measure.equals(f.measure()) && f.year() != null && f.year() == year;
  }

  @Test
  void testSemarangRenjaBudgetIndicatorsAndSentences() throws IOException {
    DocumentFacts facts = facts("kota-semarang-renja-2024.md");
    assertThat(where(facts, key("anggaran", "pagu", 2022).and(f -> "dinas".equals(f.level()))))
        .extracting(Fact::stage, Fact::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple("induk", 26163067000.0),
            org.assertj.core.groups.Tuple.tuple("perubahan", 22500227865.0));
    assertThat(where(facts, key("anggaran", "realisasi", 2021).and(f -> "dinas".equals(f.level()))))
        .extracting(Fact::value).containsExactly(17634959089.0);
    assertThat(where(facts, key("koperasi_aktif_pct", "realisasi", 2022))).extracting(Fact::value)
        .containsExactly(76.64);
    assertThat(where(facts, key("usaha_mikro_wirausaha_pct", "target", 2025))).extracting(Fact::value)
        .containsExactly(15.0);
    Fact jumlah = where(facts, key("koperasi_jumlah", "realisasi", 2022)).get(0);
    assertThat(jumlah.value()).isEqualTo(732);
    assertThat(jumlah.tableNo()).isNull();
    assertThat(where(facts, key("koperasi_aktif", "realisasi", 2022))).extracting(Fact::value).containsExactly(561.0);
    assertThat(facts.coverage()).isEqualTo(1.0);
  }

  @Test
  void testDepokLkjipMultiYearSeriesAndMasterTable() throws IOException {
    DocumentFacts facts = facts("kota-depok-lkjip-2023.txt");
    assertThat(where(facts, key("wirausaha_pct", "realisasi", 2023))).extracting(Fact::value).containsExactly(0.74);
    assertThat(where(facts, key("nilai_akip", "target", 2022))).extracting(Fact::value).containsExactly(70.15);
    // The agency's 2023 budget is printed twice, in both conventions, and agrees.
    List<Fact> pagu = where(facts, key("anggaran", "pagu", 2023).and(f -> "dinas".equals(f.level())));
    assertThat(pagu).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(f -> {
          assertThat(f.value()).isEqualTo(32300612788.0);
          assertThat(f.flags()).doesNotContain(ConflictFlagger.CONFLICT);
        });
    assertThat(where(facts, key("anggaran", "serapan_pct", 2022))).extracting(Fact::value).containsExactly(88.62);
    Fact program = where(facts, key("anggaran", "pagu", 2023).and(f -> "program".equals(f.level()))).get(0);
    assertThat(program.kode()).isEqualTo("2.17.03");
    assertThat(program.value()).isEqualTo(443312500.0);
    // "Jumlah Koperasi" of a kegiatan counts what it served, not the cooperatives on record.
    assertThat(where(facts, f -> "koperasi_jumlah".equals(f.metric()) && f.tableNo() != null)).isEmpty();
  }

  @Test
  void testMojokertoRenstraPeriodEndTargetsAndProgramCodes() throws IOException {
    DocumentFacts facts = facts("kabupaten-mojokerto-renstra-2021-2026.md");
    Fact endTarget = where(facts, f -> f.rawText().equals("45%")).get(0);
    assertThat(endTarget.year()).isEqualTo(2026);
    assertThat(endTarget.metric()).isEqualTo("koperasi_berkualitas_pct");
    assertThat(endTarget.flags()).doesNotContain(ConflictFlagger.CONFLICT);
    assertThat(where(facts, key("koperasi_berkualitas_pct", "realisasi", 2022))).extracting(Fact::value, Fact::kode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(25.48, "2.17.03"));
    // An abbreviated indicator maps to no metric but stays queryable by its printed text.
    Fact unmapped = where(facts, f -> f.rawText().equals("0,58%")).get(0);
    assertThat(unmapped.metric()).isNull();
    assertThat(unmapped.indicator()).isEqualTo("Wirausaha baru berskala mikro");
    assertThat(unmapped.measure()).isEqualTo("realisasi");
    assertThat(unmapped.year()).isEqualTo(2022);
  }
}
