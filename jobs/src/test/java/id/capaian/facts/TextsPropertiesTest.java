package id.capaian.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Texts#norm} skips the steps that cannot change a text (for speed); it must give exactly what
 * running every step gives, on text made of the characters those steps care about.
 */
class TextsPropertiesTest {

  /** Every step, always: the definition the fast version must keep. */
  private static String reference(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = s.replaceAll("\\*\\*|</?[a-z]+[^>]*>", " ");
    s = s.replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
    s = s.replaceAll("\\b(prosentase|presentase|persentasi)\\b", "persentase");
    return s.replaceAll("\\s+", " ").trim();
  }

  @Property(tries = 3000)
  void normEqualsEveryStepRun(@ForAll("texts") String text) {
    assertThat(Texts.norm(text)).isEqualTo(reference(text));
  }

  /** Plain ASCII takes a one-pass path of its own: it must agree too. */
  @Property(tries = 3000)
  void normOfPlainAsciiEqualsEveryStepRun(@ForAll("asciiTexts") String text) {
    assertThat(Texts.norm(text)).isEqualTo(reference(text));
  }

  @Property(tries = 1000)
  void collapseSpacesEqualsTheRegex(@ForAll("texts") String text) {
    assertThat(id.capaian.extract.Whitespace.collapse(text)).isEqualTo(text.replaceAll("\\s+", " "));
  }

  @Example
  void foldsWhatADocumentPrints() {
    assertThat(Texts.norm(" **Prosentase**\u00a0 Koperasi\tAktif <br/> （％） "))
        .isEqualTo("persentase koperasi aktif (%)");
    assertThat(Texts.norm("Presentase\r\n\u000BUMKM")).isEqualTo("persentase umkm");
    assertThat(Texts.norm(null)).isEmpty();
  }

  @Provide
  Arbitrary<String> asciiTexts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of(" ", "  ", "\t", "\n", "\r", "\u000B", "\f", "Prosentase", "PRESENTASE", "persentasi",
            "xpersentasi", "Koperasi Aktif", "(%)", "Rp 1.234,5", "2024"),
        Arbitraries.strings().withCharRange(' ', '~').withChars("\t\n\r").ofMaxLength(6));
    return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of(" ", "  ", "\t", "\n", "\r", "\u000B", "\f", "\u00a0", "\u2003", "\u0001", "**", "*", "<",
            ">", "<b>", "</td>", "<br/>", "<x y='1'>", "Prosentase", "presentase", "PERSENTASI", "persentasix",
            "Koperasi", "é", "e\u0301", "ﬁ", "（", "％", "²", "İ", "ß", "2024", "1.234,5", "Rp", "-", "\u200b"),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(4),
        Arbitraries.strings().all().ofMaxLength(3));
    return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
  }
}
