package id.capaian.facts.value;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.facts.value.ParseResult.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Formatting a value in each convention and parsing it back gives the value; arbitrary text never
 * makes the parser throw.
 */
class ValueParserPropertiesTest {
  private final ValueParser parser = new ValueParser();

  /** How a document prints a number. */
  enum Convention {
    /** 1.234.567,89 */
    INDONESIAN_GROUPED('.', ','),
    /** 1,234,567.89 */
    US_GROUPED(',', '.'),
    /** 1234567,89 */
    INDONESIAN_PLAIN((char) 0, ','),
    /** 1234567.89 */
    US_PLAIN((char) 0, '.');

    final char thousands;
    final char decimal;

    Convention(char thousands, char decimal) {
      this.thousands = thousands;
      this.decimal = decimal;
    }

    String format(BigDecimal value) {
      String plain = value.abs().toPlainString();
      int dot = plain.indexOf('.');
      String intPart = dot < 0 ? plain : plain.substring(0, dot);
      String fraction = dot < 0 ? "" : plain.substring(dot + 1);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < intPart.length(); i++) {
        if (thousands != 0 && i > 0 && (intPart.length() - i) % 3 == 0) {
          sb.append(thousands);
        }
        sb.append(intPart.charAt(i));
      }
      if (!fraction.isEmpty()) {
        sb.append(decimal).append(fraction);
      }
      return (value.signum() < 0 ? "-" : "") + sb;
    }
  }

  private ParsedValue single(String text, Expect expect) {
    ParseResult r = parser.parse(text, expect);
    assertThat(r.status()).as(text).isEqualTo(Status.VALUES);
    assertThat(r.values()).as(text).hasSize(1);
    return r.values().get(0);
  }

  @Property(tries = 500)
  void testIntegersRoundTripInEveryConvention(
      @ForAll @LongRange(min = -999_999_999_999_999L, max = 999_999_999_999_999L) long n,
      @ForAll Convention convention,
      @ForAll("integerContexts") Expect expect) {
    BigDecimal value = BigDecimal.valueOf(n);
    String text = convention.format(value);
    assertThat(single(text, expect).exact()).as(text).isEqualByComparingTo(value);
  }

  /** Integers printed with one group of three ("1.234") need no percent context to read as such. */
  @Provide
  Arbitrary<Expect> integerContexts() {
    return Arbitraries.of(Expect.ANY, Expect.COUNT, Expect.RUPIAH);
  }

  @Property(tries = 500)
  void testDecimalsRoundTripInEveryConvention(
      @ForAll("decimals") BigDecimal value, @ForAll Convention convention, @ForAll Expect expect) {
    String text = convention.format(value);
    assertThat(single(text, expect).exact()).as(text).isEqualByComparingTo(value);
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<Integer> scale = Arbitraries.integers().between(1, 2);
    Arbitrary<BigDecimal> magnitude =
        Arbitraries.bigDecimals()
            .between(new BigDecimal("-99999999999"), new BigDecimal("99999999999"))
            .ofScale(2);
    return Combinators.combine(magnitude, scale)
        .as((v, s) -> v.setScale(s, RoundingMode.DOWN));
  }

  @Property(tries = 300)
  void testPercentagesWithThreeDecimalsRoundTrip(
      @ForAll("percentages") BigDecimal value,
      @ForAll Convention convention,
      @ForAll("percentForms") String form) {
    String text = String.format(form, convention.format(value));
    ParsedValue v = single(text, Expect.ANY);
    assertThat(v.exact()).as(text).isEqualByComparingTo(value);
    assertThat(v.kind()).as(text).isEqualTo(ValueKind.PERCENT);
  }

  @Provide
  Arbitrary<BigDecimal> percentages() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-999.999"), new BigDecimal("999.999"))
        .ofScale(3);
  }

  @Provide
  Arbitrary<String> percentForms() {
    return Arbitraries.of("%s%%", "%s %%", "%s persen", "%s Persen", "**%s%%**");
  }

  @Property(tries = 300)
  void testRupiahAmountsRoundTrip(
      @ForAll @LongRange(min = 0, max = 999_999_999_999L) long n,
      @ForAll("groupedConventions") Convention convention,
      @ForAll("rupiahForms") String form) {
    // Zero sen is printed with the convention's own decimal mark: "1.500.000,00", "1,500,000.00".
    String text =
        String.format(form, convention.format(BigDecimal.valueOf(n)))
            .replace("{dec}", String.valueOf(convention.decimal));
    ParsedValue v = single(text, Expect.ANY);
    assertThat(v.exact()).as(text).isEqualByComparingTo(BigDecimal.valueOf(n));
    assertThat(v.kind()).as(text).isEqualTo(ValueKind.RUPIAH);
    assertThat(v.flags()).as(text).doesNotContain(ValueFlags.AMBIGUOUS_SEPARATOR);
  }

  @Provide
  Arbitrary<Convention> groupedConventions() {
    return Arbitraries.of(Convention.INDONESIAN_GROUPED, Convention.US_GROUPED);
  }

  @Provide
  Arbitrary<String> rupiahForms() {
    return Arbitraries.of(
        "Rp %s", "Rp. %s", "Rp.%s", "RP %s", "Rp%s", "Rp %s,-", "%s,-", "Rp %s{dec}00", "<i>%s,-</i>");
  }

  @Property(tries = 200)
  void testScaledAmountsRoundTrip(
      @ForAll("decimals") BigDecimal value, @ForAll("scales") String scale) {
    BigDecimal abs = value.abs();
    String text = "Rp " + Convention.INDONESIAN_PLAIN.format(abs) + " " + scale;
    BigDecimal factor =
        switch (scale) {
          case "ribu" -> new BigDecimal("1e3");
          case "juta" -> new BigDecimal("1e6");
          case "M", "miliar", "milyar" -> new BigDecimal("1e9");
          default -> new BigDecimal("1e12");
        };
    assertThat(single(text, Expect.ANY).exact()).as(text)
        .isEqualByComparingTo(abs.multiply(factor));
  }

  @Provide
  Arbitrary<String> scales() {
    return Arbitraries.of("ribu", "juta", "M", "miliar", "milyar", "triliun");
  }

  @Property(tries = 1000)
  void testArbitraryTextNeverThrows(@ForAll String text, @ForAll Expect expect) {
    ParseResult r = parser.parse(text, expect);
    assertThat(r).isNotNull();
    assertThat(r.reason() == null || !r.reason().startsWith("parser_error")).as(text).isTrue();
    assertThat(parser.parseAll(text, expect)).isNotNull();
  }

  @Property(tries = 2000)
  void testNumberLikeTextNeverThrows(@ForAll("numberLike") String text, @ForAll Expect expect) {
    ParseResult r = parser.parse(text, expect);
    assertThat(r.reason() == null || !r.reason().startsWith("parser_error")).as(text).isTrue();
    if (r.status() == Status.VALUES) {
      assertThat(r.values()).as(text).isNotEmpty();
    }
    List<ValueMention> ms = parser.parseAll(text, expect);
    for (ValueMention m : ms) {
      assertThat(m.start()).as(text).isBetween(0, m.end());
      assertThat(m.end()).as(text).isLessThanOrEqualTo(text.length());
    }
  }

  @Provide
  Arbitrary<String> numberLike() {
    return Arbitraries.strings()
        .withChars("0123456789.,-–%()[];/ <>=*RpMjutaNAsdBE\u2212$")
        .ofMaxLength(30);
  }
}
