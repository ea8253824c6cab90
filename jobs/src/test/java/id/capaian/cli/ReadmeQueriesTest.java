package id.capaian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.capaian.testing.CorpusWarehouse;
import id.capaian.testing.SharedCorpus;
import id.capaian.warehouse.Warehouse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The README's "Questions analysts ask" stay true: each SQL block of that section is run with
 * {@code capaian sql --format json} on the warehouse {@code capaian run} builds from the real corpus
 * ({@link CorpusWarehouse}), and its answer is checked against what the documents print. A question
 * added to the README without a check here fails {@link #testEveryQuestionHasOneQueryAndACheck()}.
 */
public class ReadmeQueriesTest {
  private static final Path README = SharedCorpus.projectDir().resolve("README.md");
  private static final String SECTION = "## Questions analysts ask";

  private static final String KOPERASI = "Active cooperatives per region and year";
  private static final String WIRAUSAHA = "Which regions raised their wirausaha ratio";
  private static final String SERAPAN = "Budget serapan by region and year, ranked";
  private static final String PROGRAM = "A program's pagu across regions, by its national code";
  private static final String FIGURE = "Every number behind one figure, with its file and line";
  private static final String FINDINGS = "The findings for one document";
  private static final Set<String> CHECKED = Set.of(KOPERASI, WIRAUSAHA, SERAPAN, PROGRAM, FIGURE, FINDINGS);

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @Test
  void testEveryQuestionHasOneQueryAndACheck() throws IOException {
    Map<String, String> questions = questions();

    assertThat(questions.keySet()).as("questions of the README section, each checked by a test here")
        .containsExactlyInAnyOrderElementsOf(CHECKED);
    assertThat(questions.values()).allSatisfy(sql -> assertThat(sql).containsIgnoringCase("select"));
  }

  @Test
  void testActiveCooperatives() throws IOException {
    List<JsonNode> rows = answer(KOPERASI);

    JsonNode semarang2022 = row(rows, r -> is(r, "region_name", "KOTA SEMARANG") && r.get("year").asInt() == 2022);
    assertThat(semarang2022.get("aktif").asLong()).isEqualTo(561);
    assertThat(semarang2022.get("jumlah").asLong()).isEqualTo(732);
    assertThat(decimal(semarang2022, "pct_from_counts")).isEqualByComparingTo("76.64");
    assertThat(decimal(semarang2022, "pct_printed")).isEqualByComparingTo("76.64");
    assertThat(semarang2022.get("break_before").asBoolean()).as("the indicator was redefined for 2022").isTrue();
    // 686 of 778 is 88.17 %, where the same review prints 78.5: both shown, side by side.
    JsonNode semarang2016 = row(rows, r -> is(r, "region_name", "KOTA SEMARANG") && r.get("year").asInt() == 2016);
    assertThat(decimal(semarang2016, "pct_from_counts")).isEqualByComparingTo("88.17");
    assertThat(decimal(semarang2016, "pct_printed")).isEqualByComparingTo("78.5");
    assertThat(rows).allSatisfy(r -> assertThat(!r.get("aktif").isNull() || !r.get("pct_printed").isNull())
        .as("every row has a count or a percentage: %s", r).isTrue());
    assertThat(regions(rows)).contains("KOTA SEMARANG", "KOTA DEPOK", "KABUPATEN MOJOKERTO");
  }

  @Test
  void testRegionsThatRaisedTheirWirausahaRatio() throws IOException {
    List<JsonNode> rows = answer(WIRAUSAHA);

    // Depok's ratio fell from 2.14 to 0.74 across a change of definition: not comparable, not raised.
    JsonNode depok = row(rows, r -> is(r, "region_name", "KOTA DEPOK") && is(r, "metric", "wirausaha_pct"));
    assertThat(depok.get("from_year").asInt()).isEqualTo(2022);
    assertThat(decimal(depok, "from_value")).isEqualByComparingTo("2.14");
    assertThat(depok.get("to_year").asInt()).isEqualTo(2023);
    assertThat(decimal(depok, "to_value")).isEqualByComparingTo("0.74");
    assertThat(depok.get("comparable").asBoolean()).isFalse();
    assertThat(depok.get("raised").asBoolean()).isFalse();
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.get("to_year").asInt()).isGreaterThan(r.get("from_year").asInt());
      assertThat(r.get("raised").asBoolean()).as("%s", r).isEqualTo(
          r.get("comparable").asBoolean() && decimal(r, "to_value").compareTo(decimal(r, "from_value")) > 0);
    });
  }

  @Test
  void testBudgetSerapanRanked() throws IOException {
    List<JsonNode> rows = answer(SERAPAN);

    JsonNode depok2023 = row(rows, r -> is(r, "region_name", "KOTA DEPOK") && r.get("year").asInt() == 2023);
    assertThat(decimal(depok2023, "serapan_pct")).isEqualByComparingTo("90.50");
    assertThat(decimal(depok2023, "serapan_pct_printed")).isEqualByComparingTo("90.50");
    assertThat(depok2023.get("pagu").asLong()).isEqualTo(32_300_612_788L);
    assertThat(depok2023.get("realisasi").asLong()).isEqualTo(29_231_216_957L);
    assertThat(depok2023.get("rank").asInt()).isEqualTo(1);
    // 2022: Depok 88.62 before Semarang 83.79.
    JsonNode depok2022 = row(rows, r -> is(r, "region_name", "KOTA DEPOK") && r.get("year").asInt() == 2022);
    JsonNode semarang2022 = row(rows, r -> is(r, "region_name", "KOTA SEMARANG") && r.get("year").asInt() == 2022);
    assertThat(decimal(depok2022, "serapan_pct")).isEqualByComparingTo("88.62");
    assertThat(decimal(semarang2022, "serapan_pct")).isEqualByComparingTo("83.79");
    assertThat(depok2022.get("rank").asInt()).isEqualTo(1);
    assertThat(semarang2022.get("rank").asInt()).isEqualTo(2);
    // Every serapan is realisasi over the pagu shown beside it, and ranks follow it within a year.
    assertThat(rows).allSatisfy(r -> assertThat(decimal(r, "serapan_pct")).as("%s", r).isEqualByComparingTo(
        BigDecimal.valueOf(r.get("realisasi").asLong() * 100.0 / r.get("pagu").asLong())
            .setScale(2, RoundingMode.HALF_UP)));
    for (int i = 1; i < rows.size(); i++) {
      JsonNode before = rows.get(i - 1);
      JsonNode after = rows.get(i);
      if (before.get("year").asInt() == after.get("year").asInt()) {
        assertThat(decimal(before, "serapan_pct")).isGreaterThanOrEqualTo(decimal(after, "serapan_pct"));
      }
    }
    assertThat(rows).noneMatch(r -> is(r, "region_name", "KABUPATEN MOJOKERTO"));
  }

  @Test
  void testProgramPaguAcrossRegions() throws IOException {
    List<JsonNode> rows = answer(PROGRAM);

    assertThat(rows).allSatisfy(r -> assertThat(r.get("kode").asText()).isEqualTo("2.17.08"));
    assertThat(regions(rows)).containsExactly("KABUPATEN MOJOKERTO", "KOTA DEPOK", "KOTA SEMARANG");
    JsonNode depok = row(rows, r -> is(r, "region_name", "KOTA DEPOK") && r.get("year").asInt() == 2023);
    assertThat(depok.get("pagu").asLong()).isEqualTo(8_386_559_550L);
    assertThat(depok.get("realisasi").asLong()).isEqualTo(7_796_941_035L);
    JsonNode semarang = row(rows, r -> is(r, "region_name", "KOTA SEMARANG") && r.get("year").asInt() == 2024);
    assertThat(semarang.get("pagu").asLong()).isEqualTo(5_457_517_545L);
    assertThat(semarang.get("pagu_stage").asText()).isEqualTo("penetapan");
    JsonNode mojokerto = row(rows, r -> is(r, "region_name", "KABUPATEN MOJOKERTO") && r.get("year").asInt() == 2022);
    assertThat(mojokerto.get("pagu").asLong()).isEqualTo(2_495_000_000L);
    assertThat(mojokerto.get("pagu_stage").asText()).isEqualTo("perubahan");
    assertThat(mojokerto.get("realisasi").isNull()).as("a Renja reports no realisasi").isTrue();
  }

  @Test
  void testEveryNumberBehindOneFigure() throws IOException {
    List<JsonNode> rows = answer(FIGURE);

    assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(rows.get(0).get("chosen").asBoolean()).isTrue();
    assertThat(rows.get(0).get("value").asLong()).isEqualTo(25_509_465_294L);
    assertThat(rows.stream().filter(r -> r.get("chosen").asBoolean())).hasSize(1);
    // The contradiction behind it: Tabel 4.1's total ends in ...249.
    assertThat(rows).anyMatch(r -> r.get("value").asLong() == 25_509_465_249L);
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.get("source_file").asText()).startsWith("000_");
      assertThat(r.get("source_line").asInt()).isPositive();
      assertThat(r.get("source_text").asText()).isNotBlank();
    });
    // A printed candidate's line is the line that prints it.
    assertThat(rows.stream().filter(r -> !is(r, "origin", "derived_sum")).toList()).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(r -> assertThat(r.get("source_text").asText()).as("line %s", r.get("source_line"))
            .contains(rupiah(r.get("value").asLong())));
  }

  @Test
  void testFindingsOfOneDocument() throws IOException {
    List<JsonNode> rows = answer(FINDINGS);

    assertThat(rows).extracting(r -> r.get("severity").asText()).containsOnly("error", "warning");
    assertThat(rows).extracting(r -> r.get("severity").asText()).isSortedAccordingTo(String::compareTo);
    // Koperasi berkualitas 2022: 25,48 % in Tabel 2.3 but 23,35 % in Tabel 2.4, each line shown.
    List<JsonNode> berkualitas = rows.stream()
        .filter(r -> is(r, "check_name", "same_key_values") && r.get("message").asText().contains("koperasi_berkualitas_pct"))
        .toList();
    assertThat(berkualitas).extracting(r -> r.get("source_text").asText())
        .anyMatch(text -> text.contains("25,48")).anyMatch(text -> text.contains("23,35"));
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.get("message").asText()).isNotBlank();
      if (!r.get("source_line").isNull()) {
        assertThat(r.get("source_text").isNull()).as("the text of line %s", r.get("source_line")).isFalse();
      }
    });
  }

  /** Runs the question's query as {@code capaian sql --format json} does and returns its rows. */
  private static List<JsonNode> answer(String question) throws IOException {
    String sql = questions().get(question);
    assertThat(sql).as("README section '%s' has no question '%s'", SECTION, question).isNotNull();
    Warehouse warehouse = CorpusWarehouse.withFacts();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Capaian.execute(new String[] {"sql", "-w", warehouse.root().toString(), "--format", "json", sql},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as("capaian sql exit code for '%s': %s", question, err).isZero();
    List<JsonNode> rows = new ArrayList<>();
    JSON.readTree(out.toString()).forEach(rows::add);
    assertThat(rows).as("rows answering '%s'", question).isNotEmpty();
    // As an analyst sees it (the default table format): the same number of rows.
    StringWriter table = new StringWriter();
    assertThat(Capaian.execute(new String[] {"sql", "-w", warehouse.root().toString(), sql},
        new PrintWriter(table, true), new PrintWriter(err, true))).as("table format: %s", err).isZero();
    assertThat(table.toString().lines().reduce((a, b) -> b).orElse(""))
        .isEqualTo("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    return rows;
  }

  /** The README section's questions (its ### headings) with the one SQL block under each. */
  public static Map<String, String> questions() throws IOException {
    List<String> lines = Files.readAllLines(README);
    int start = lines.indexOf(SECTION);
    assertThat(start).as("README.md has a '%s' section", SECTION).isNotNegative();
    Map<String, String> questions = new LinkedHashMap<>();
    Map<String, Integer> blocks = new LinkedHashMap<>();
    String heading = null;
    StringBuilder sql = null;
    for (String line : lines.subList(start + 1, lines.size())) {
      if (sql != null) {
        if (line.equals("```")) {
          questions.put(heading, sql.toString());
          sql = null;
        } else {
          sql.append(line).append('\n');
        }
      } else if (line.startsWith("## ")) {
        break;
      } else if (line.startsWith("### ")) {
        heading = line.substring(4).strip();
        blocks.put(heading, 0);
      } else if (line.equals("```sql")) {
        assertThat(heading).as("a SQL block before the first question").isNotNull();
        blocks.merge(heading, 1, Integer::sum);
        sql = new StringBuilder();
      }
    }
    assertThat(blocks).as("SQL blocks per question").allSatisfy((q, n) -> assertThat(n).as(q).isEqualTo(1));
    return questions;
  }

  private static JsonNode row(List<JsonNode> rows, Predicate<JsonNode> which) {
    List<JsonNode> found = rows.stream().filter(which).toList();
    assertThat(found).as("the one matching row among %s", rows).hasSize(1);
    return found.get(0);
  }

  private static boolean is(JsonNode row, String column, String value) {
    return row.hasNonNull(column) && row.get(column).asText().equals(value);
  }

  private static BigDecimal decimal(JsonNode row, String column) {
    assertThat(row.hasNonNull(column)).as("%s in %s", column, row).isTrue();
    return row.get(column).decimalValue();
  }

  private static Set<String> regions(List<JsonNode> rows) {
    Set<String> names = new TreeSet<>();
    rows.forEach(r -> names.add(r.get("region_name").asText()));
    return names;
  }

  /** An amount as the documents print it: 25.509.465.294. */
  private static String rupiah(long value) {
    return String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '.');
  }
}
