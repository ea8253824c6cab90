package id.capaian.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * The literal text every match of a regex must contain: the runs of plain characters the pattern
 * spells at its top level, outside any group, class or quantifier ("jumlah koperasi", " unit" of
 * {@code jumlah koperasi(?: ...)*? (?<v>...) unit}). A text lacking one of them cannot match, so a
 * rule can skip the regex on it; the key-sentence patterns are run on every paragraph of every
 * document and most paragraphs name none of their words.
 *
 * <p>Conservative by design: a pattern with top-level alternation, inline flags, quoting or an escape
 * this reader does not know gives no literals (the regex always runs).
 */
final class RequiredLiterals {
  /** Escapes that stand for a class or a position, never for a literal character. */
  private static final String CLASS_ESCAPES = "dDsSwWbBAzZGhHvV";

  private RequiredLiterals() {}

  /** The required runs, longest first; empty when nothing is certain. */
  static List<String> of(String regex) {
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    boolean lastWasLiteral = false;
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '|') {
        return List.of(); // alternatives at the top: no one text is required
      }
      if (c == '(') {
        if (i + 2 < regex.length() && regex.charAt(i + 1) == '?' && Character.isLetter(regex.charAt(i + 2))) {
          return List.of(); // inline flags such as (?i) change what a literal matches
        }
        flush(run, runs);
        i = skipGroup(regex, i);
        lastWasLiteral = false;
        continue;
      }
      if (c == '[') {
        flush(run, runs);
        i = skipClass(regex, i);
        lastWasLiteral = false;
        continue;
      }
      if (c == '?' || c == '*' || c == '+' || c == '{') {
        // A quantified character may be absent or repeated: it leaves the run.
        if (lastWasLiteral) {
          run.setLength(run.length() - 1);
        }
        flush(run, runs);
        lastWasLiteral = false;
        i = c == '{' ? regex.indexOf('}', i) + 1 : i + 1;
        if (i == 0) {
          return List.of();
        }
        continue;
      }
      if (c == '.' || c == '^' || c == '$') {
        flush(run, runs);
        lastWasLiteral = false;
        i++;
        continue;
      }
      if (c == '\\') {
        if (i + 1 >= regex.length()) {
          return List.of();
        }
        char e = regex.charAt(i + 1);
        if (CLASS_ESCAPES.indexOf(e) >= 0) {
          flush(run, runs);
          lastWasLiteral = false;
        } else if (Character.isLetterOrDigit(e)) {
          return List.of(); // quoting, hex or unicode escapes, properties, back references: not read here
        } else {
          run.append(e);
          lastWasLiteral = true;
        }
        i += 2;
        continue;
      }
      if (c == ')' || c == ']' || c == '}') {
        return List.of(); // unbalanced: leave the pattern alone
      }
      run.append(c);
      lastWasLiteral = true;
      i++;
    }
    flush(run, runs);
    runs.sort((a, b) -> b.length() - a.length());
    return List.copyOf(runs);
  }

  /** Whether the text holds every required run (always true for a pattern with none). */
  static boolean allIn(List<String> literals, String text) {
    for (String literal : literals) {
      if (!text.contains(literal)) {
        return false;
      }
    }
    return true;
  }

  private static void flush(StringBuilder run, List<String> runs) {
    if (!run.isEmpty()) {
      runs.add(run.toString());
      run.setLength(0);
    }
  }

  /** The index after the group opening at {@code start}. */
  private static int skipGroup(String regex, int start) {
    return skipBalanced(regex, start, '(', ')');
  }

  /** The index after the character class opening at {@code start}. */
  private static int skipClass(String regex, int start) {
    return skipBalanced(regex, start, '[', ']');
  }

  /**
   * The index after the bracket opening at {@code start} and its match, skipping escapes; inside a
   * group a character class is skipped whole, since its brackets do not count.
   */
  private static int skipBalanced(String regex, int start, char open, char close) {
    int depth = 0;
    int i = start;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (open == '(' && c == '[') {
        i = skipClass(regex, i);
        continue;
      }
      if (c == open) {
        depth++;
      } else if (c == close) {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
      i++;
    }
    return regex.length();
  }
}
