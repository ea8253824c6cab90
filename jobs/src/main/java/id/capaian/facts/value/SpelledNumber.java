package id.capaian.facts.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Reads an amount spelled out in Indonesian words ("enam milyar tujuh puluh satu juta lima ratus
 * delapan puluh tujuh ribu rupiah"), as budgets print it after the numeral, so the two can be
 * compared.
 */
final class SpelledNumber {
  private SpelledNumber() {}

  /** Whether a lower-case word is an Indonesian number word (so a bracket of them is a spelling). */
  static boolean isNumberWord(String w) {
    return digit(w) > 0
        || switch (w) {
          case "nol", "sepuluh", "sebelas", "seratus", "seribu", "sejuta", "belas", "puluh",
              "ratus", "ribu", "juta", "milyar", "miliar", "triliun", "trilyun" -> true;
          default -> false;
        };
  }

  /** The amount the words say, or null when a word is not part of a spelled number. */
  static BigDecimal parse(List<String> rawWords) {
    BigDecimal total = BigDecimal.ZERO;
    long group = 0; // below one thousand, waiting for its scale word
    int pending = -1; // a digit word waiting for puluh/belas/ratus
    boolean any = false;
    for (String raw : rawWords) {
      String w = raw.toLowerCase(Locale.ROOT);
      int d = digit(w);
      if (d > 0 || w.equals("nol")) {
        if (pending >= 0) {
          return null;
        }
        pending = Math.max(d, 0);
        any = true;
        continue;
      }
      switch (w) {
        case "sepuluh" -> group += 10;
        case "sebelas" -> group += 11;
        case "seratus" -> group += 100;
        case "seribu" -> total = total.add(BigDecimal.valueOf(1000));
        case "sejuta" -> total = total.add(BigDecimal.valueOf(1_000_000));
        case "belas" -> {
          if (pending < 0) {
            return null;
          }
          group += 10 + pending;
          pending = -1;
        }
        case "puluh" -> {
          if (pending < 0) {
            return null;
          }
          group += 10L * pending;
          pending = -1;
        }
        case "ratus" -> {
          if (pending < 0) {
            return null;
          }
          group += 100L * pending;
          pending = -1;
        }
        case "ribu", "juta", "milyar", "miliar", "triliun", "trilyun" -> {
          long g = group + Math.max(pending, 0);
          if (g == 0) {
            return null;
          }
          total = total.add(BigDecimal.valueOf(g).scaleByPowerOfTen(scale(w)));
          group = 0;
          pending = -1;
        }
        case "rupiah" -> {
          continue;
        }
        default -> {
          return null;
        }
      }
      any = true;
    }
    if (!any) {
      return null;
    }
    return total.add(BigDecimal.valueOf(group + Math.max(pending, 0)));
  }

  private static int scale(String w) {
    return switch (w) {
      case "ribu" -> 3;
      case "juta" -> 6;
      case "milyar", "miliar" -> 9;
      default -> 12;
    };
  }

  private static int digit(String w) {
    return switch (w) {
      case "satu" -> 1;
      case "dua" -> 2;
      case "tiga" -> 3;
      case "empat" -> 4;
      case "lima" -> 5;
      case "enam" -> 6;
      case "tujuh" -> 7;
      case "delapan" -> 8;
      case "sembilan" -> 9;
      default -> -1;
    };
  }
}
