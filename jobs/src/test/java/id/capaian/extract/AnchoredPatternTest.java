package id.capaian.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An anchored search finds exactly the matches a plain {@code find()} loop finds. */
class AnchoredPatternTest {

  private static List<String> plain(AnchoredPattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.pattern().matcher(text);
    while (m.find()) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }

  private static List<String> anchored(AnchoredPattern p, String text) {
    List<String> out = new ArrayList<>();
    AnchoredPattern.Search search = p.search(text);
    while (search.find()) {
      out.add(search.matcher().start() + ":" + search.matcher().group());
    }
    return out;
  }

  @Property(tries = 1500)
  void identityPatternsFindWhatFindFinds(@ForAll("covers") String text) {
    List<AnchoredPattern> patterns = new ArrayList<>();
    patterns.add(IdentityReader.REGION_MENTION);
    IdentityReader.TITLES.forEach(t -> patterns.add(t.pattern()));
    for (AnchoredPattern p : patterns) {
      assertThat(anchored(p, text)).as("%s on %s", p.pattern(), text).isEqualTo(plain(p, text));
    }
  }

  @Example
  void keepsTheWordBoundaryBeforeTheStart() {
    AnchoredPattern renja = new AnchoredPattern("\\bRENJA\\b", "RENJA");
    assertThat(anchored(renja, "XRENJA RENJA RENJAX (RENJA)")).containsExactly("7:RENJA", "21:RENJA");
    assertThat(anchored(IdentityReader.REGION_MENTION, "PEMKAB KOTA SEMARANG, KAB. DEMAK"))
        .containsExactly("7:KOTA SEMARANG", "22:KAB. DEMAK");
  }

  @Provide
  Arbitrary<String> covers() {
    Arbitrary<String> words = Arbitraries.of("RENCANA", "KERJA", "PEMERINTAH", "RANWAL", "RANKHIR", "RENJA",
        "STRATEGIS", "RENSTRA", "LAPORAN", "AKUNTABILITAS", "KINERJA", "LKJIP", "LKJ", "LAKIP", "LKIP", "KOTA",
        "KAB.", "KAB", "KABUPATEN", "SEMARANG", "BANDAR", "LAMPUNG", "X", "(", ")", "-", "2024", "DINAS", "O'NEIL");
    Arbitrary<String> glue = Arbitraries.of(" ", " ", " ", "", "\n", "  ", ".", "/");
    return net.jqwik.api.Combinators.combine(words.list().ofMaxSize(14), glue.list().ofSize(14))
        .as((w, g) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < w.size(); i++) {
            sb.append(w.get(i)).append(g.get(i));
          }
          return sb.toString();
        });
  }
}
