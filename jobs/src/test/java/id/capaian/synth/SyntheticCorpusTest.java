package id.capaian.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.capaian.extract.DocType;
import id.capaian.extract.DocumentIdentity;
import id.capaian.extract.DocumentReader;
import id.capaian.extract.ExtractedDocument;
import id.capaian.extract.IdentityReader;
import id.capaian.extract.ReadOutcome;
import id.capaian.reference.Csv;
import id.capaian.reference.Region;
import id.capaian.reference.Regions;
import id.capaian.testing.SharedCorpus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
  private static final SynthSpec SPEC = new SynthSpec(6, 2019, 2024, 7);

  @TempDir Path tmp;

  @Test
  void testSameSeedWritesTheSameCorpusAndAnotherSeedAnother() throws IOException {
    SyntheticCorpus.Summary a = SyntheticCorpus.write(new SynthSpec(2, 2023, 2024, 3), tmp.resolve("a"));
    SyntheticCorpus.Summary b = SyntheticCorpus.write(new SynthSpec(2, 2023, 2024, 3), tmp.resolve("b"));
    SyntheticCorpus.Summary c = SyntheticCorpus.write(new SynthSpec(2, 2023, 2024, 4), tmp.resolve("c"));
    assertThat(a.documentCount()).isEqualTo(10).isEqualTo(new SynthSpec(2, 2023, 2024, 3).documentCount());
    assertThat(contents(a.corpus())).isEqualTo(contents(b.corpus())).isNotEqualTo(contents(c.corpus()));
    assertThat(Files.readString(a.facts())).isEqualTo(Files.readString(b.facts()));
  }

  @Test
  void testDocumentCountFollowsRegionsAndYears() {
    // A Renja and an LKjIP per region and year, a Renstra every five years from the first.
    assertThat(new SynthSpec(5, 2016, 2024, 1).documentCount()).isEqualTo(100);
    assertThat(new SynthSpec(50, 2016, 2024, 1).documentCount()).isEqualTo(1000);
    assertThat(new SynthSpec(250, 2016, 2024, 1).documentCount()).isEqualTo(5000);
    assertThat(CorpusPlan.of(new SynthSpec(5, 2016, 2024, 1), Regions.defaults())).hasSize(100);
  }

  @Test
  void testRefusesANonEmptyCorpusFolderAndImpossibleSpecs() throws IOException {
    Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(tmp.resolve("corpus/x.txt"), "x");
    assertThatThrownBy(() -> SyntheticCorpus.write(SPEC, tmp))
        .hasMessageContaining("is not empty");
    assertThatThrownBy(() -> CorpusPlan.of(new SynthSpec(515, 2020, 2020, 1), Regions.defaults()))
        .hasMessage("Cannot generate: --regions 515 exceeds the 514 regions known");
    assertThatThrownBy(() -> new SynthSpec(1, 2024, 2020, 1)).hasMessageContaining("run backwards");
    assertThatThrownBy(() -> SynthSpec.years("2020..2024")).hasMessageContaining("expected FROM-TO");
  }

  @Test
  void testEveryDocumentIsReadWithItsIdentityAndTables() throws IOException {
    SyntheticCorpus.Summary summary = SyntheticCorpus.write(SPEC, tmp);
    List<List<String>> expected = csv(summary.documents());
    assertThat(expected).hasSize(SPEC.documentCount());
    DocumentReader reader = DocumentReader.defaults();
    for (List<String> row : expected) {
      byte[] content = Files.readAllBytes(summary.corpus().resolve(row.get(0)));
      ReadOutcome outcome = reader.read(row.get(0), content);
      assertThat(outcome).as(row.get(0)).isInstanceOf(ReadOutcome.Accepted.class);
      ExtractedDocument doc = ((ReadOutcome.Accepted) outcome).document();
      DocumentIdentity id = doc.identity();
      assertThat(id.region().code()).as(row.get(0)).isEqualTo(row.get(1));
      assertThat(id.docType().name()).as(row.get(0)).isEqualTo(row.get(3));
      assertThat(id.planYear()).as(row.get(0)).isEqualTo(row.get(4).isEmpty() ? null : Integer.valueOf(row.get(4)));
      assertThat(id.periodStart()).as(row.get(0)).isEqualTo(row.get(5).isEmpty() ? null : Integer.valueOf(row.get(5)));
      assertThat(id.periodEnd()).as(row.get(0)).isEqualTo(row.get(6).isEmpty() ? null : Integer.valueOf(row.get(6)));
      // Contents table plus 3 (Renja), 4 (LKjIP) or 4 (Renstra) data tables.
      assertThat(doc.tables()).as(row.get(0)).hasSizeGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void testEveryRegionOfTheReferenceTableIsRecognised() {
    IdentityReader identities = IdentityReader.defaults();
    List<String> wrong = new ArrayList<>();
    for (Region region : Regions.defaults().all()) {
      for (DocType type : DocType.values()) {
        PlannedDocument plan = new PlannedDocument("x.txt", region, type, 2021, type == DocType.RENJA);
        String text = SyntheticCorpus.generate(11, plan).text();
        IdentityReader.Result result = identities.read(DocumentReader.lines(text));
        String got = result.identity()
            .map(i -> i.region().code() + " " + i.docType() + " " + i.planYear() + " " + i.periodStart())
            .orElse(result.problem());
        String want = region.code() + " " + type + " " + (type == DocType.RENSTRA ? "null 2021" : "2021 null");
        if (!got.equals(want)) {
          wrong.add(region.name() + ": " + got);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void testEveryTruthFactIsPrintedOnItsLine() throws IOException {
    SyntheticCorpus.Summary summary = SyntheticCorpus.write(SPEC, tmp);
    Map<String, List<String>> lines = new java.util.HashMap<>();
    List<String> wrong = new ArrayList<>();
    long facts = 0;
    for (List<String> row : csv(summary.facts())) {
      TruthFact fact = TruthFact.parse(row);
      List<String> text = lines.computeIfAbsent(fact.file(), f -> read(summary.corpus().resolve(f)));
      String line = text.get(fact.line() - 1);
      if (!numbersOn(line).contains(fact.value().stripTrailingZeros())) {
        wrong.add(fact.csvLine() + " -> " + line);
      }
      facts++;
    }
    assertThat(wrong).isEmpty();
    assertThat(facts).isEqualTo(summary.factCount()).isGreaterThan(100L * SPEC.documentCount());
  }

  @Test
  void testBudgetTotalsAreTheSumOfTheirPrograms() throws IOException {
    SyntheticCorpus.Summary summary = SyntheticCorpus.write(new SynthSpec(3, 2022, 2023, 5), tmp);
    List<TruthFact> facts = csv(summary.facts()).stream().map(TruthFact::parse)
        .filter(f -> "anggaran".equals(f.metric()) && !"serapan_pct".equals(f.measure())).toList();
    Function<TruthFact, String> key = f -> f.file() + f.line() + f.measure() + f.stage() + f.year();
    Map<String, BigDecimal> programs = facts.stream().filter(f -> "program".equals(f.level()))
        .collect(Collectors.groupingBy(key, Collectors.reducing(BigDecimal.ZERO, TruthFact::value, BigDecimal::add)));
    int checked = 0;
    for (TruthFact total : facts.stream().filter(f -> "dinas".equals(f.level())).toList()) {
      // The programs of the same table stand on other lines; sum them by table (file, note prefix).
      BigDecimal sum = facts.stream()
          .filter(f -> "program".equals(f.level()) && f.file().equals(total.file())
              && f.note().split(" ")[0].equals(total.note().split(" ")[0])
              && java.util.Objects.equals(f.measure(), total.measure())
              && java.util.Objects.equals(f.stage(), total.stage()) && f.year() == total.year())
          .map(TruthFact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.signum() > 0) {
        assertThat(sum).as(total.csvLine()).isEqualByComparingTo(total.value());
        checked++;
      }
    }
    assertThat(programs).isNotEmpty();
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void testNoLongLineRepeatsTheRealCorpus() throws IOException {
    Path shared = SharedCorpus.require();
    Set<String> corpusLines = new HashSet<>();
    try (Stream<Path> files = Files.list(shared.resolve("corpus"))) {
      for (Path file : files.toList()) {
        for (String line : Files.readAllLines(file)) {
          String s = String.join(" ", line.trim().split("\\s+"));
          if (s.length() >= 80) {
            corpusLines.add(s);
          }
        }
      }
    }
    SyntheticCorpus.Summary summary = SyntheticCorpus.write(SPEC, tmp);
    List<String> copied = new ArrayList<>();
    try (Stream<Path> files = Files.list(summary.corpus())) {
      for (Path file : files.toList()) {
        for (String line : Files.readAllLines(file)) {
          if (corpusLines.contains(String.join(" ", line.trim().split("\\s+")))) {
            copied.add(file.getFileName() + ": " + line);
          }
        }
      }
    }
    assertThat(copied).isEmpty();
  }

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*");

  /** Every number on a line, read both ways where a separator is ambiguous. */
  private static Set<BigDecimal> numbersOn(String line) {
    Set<BigDecimal> out = new HashSet<>();
    Matcher m = NUMBER.matcher(line);
    while (m.find()) {
      String token = m.group().replaceAll("[.,]+$", "");
      for (String candidate : List.of(token.replace(".", "").replace(',', '.'), token.replace(",", ""))) {
        try {
          out.add(new BigDecimal(candidate).stripTrailingZeros());
        } catch (NumberFormatException ignored) {
          // a token such as 2.17.01.2.01 is a code, not a number
        }
      }
    }
    return out;
  }

  private static List<String> read(Path file) {
    try {
      return DocumentReader.lines(Files.readString(file));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<List<String>> csv(Path file) throws IOException {
    return Files.readAllLines(file).stream().skip(1).map(Csv::split).toList();
  }

  private static Map<String, String> contents(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.collect(Collectors.toMap(p -> p.getFileName().toString(), p -> {
        try {
          return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }));
    }
  }
}
