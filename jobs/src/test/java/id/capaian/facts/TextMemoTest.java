package id.capaian.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TextMemoTest {

  @Test
  void answersRepeatsWithoutRecomputingAndCollisionsWithTheFunctionsOwnAnswer() {
    AtomicInteger calls = new AtomicInteger();
    // Two slots: many keys share one, so replacement is exercised.
    TextMemo<String> memo = new TextMemo<>(2, s -> {
      calls.incrementAndGet();
      return s.startsWith("x") ? null : s.toUpperCase();
    });
    assertThat(memo.get("target")).isEqualTo("TARGET");
    assertThat(memo.get("target")).isEqualTo("TARGET");
    assertThat(calls).hasValue(1);
    for (int i = 0; i < 50; i++) {
      assertThat(memo.get("k" + i)).isEqualTo("K" + i);
      assertThat(memo.get("x" + i)).isNull();
      assertThat(memo.get("x" + i)).isNull();
    }
    assertThat(memo.get("target")).isEqualTo("TARGET");
    assertThat(memo.get(new String("realisasi"))).isEqualTo("REALISASI");
  }

  @Test
  void sizeMustBeAPowerOfTwo() {
    assertThatThrownBy(() -> new TextMemo<String>(3, s -> s)).isInstanceOf(IllegalArgumentException.class);
  }
}
