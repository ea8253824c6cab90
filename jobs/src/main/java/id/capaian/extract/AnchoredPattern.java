package id.capaian.extract;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex every match of which starts with one of a few literal words, searched only where those
 * words occur. A pattern that opens with {@code \b} or an alternation gets no literal skip from
 * {@link Pattern}, so {@link Matcher#find()} tries it at every position of a whole document; trying it
 * with {@link Matcher#lookingAt()} at each occurrence of its first words, in order, finds the same
 * matches (transparent bounds let the {@code \b} still see the character before).
 *
 * @param pattern the regex
 * @param starts every match begins with one of these (the caller's promise, checked by tests)
 */
public record AnchoredPattern(Pattern pattern, List<String> starts) {

  public AnchoredPattern(String regex, String... starts) {
    this(Pattern.compile(regex), List.of(starts));
  }

  /** A search of the text, match after match, as {@link Matcher#find()} would go. */
  public Search search(String text) {
    return new Search(text);
  }

  /** One pass over one text; not thread-safe (one per call). */
  public final class Search {
    private final String text;
    private final Matcher matcher;
    /** Next known position of each start word at or after the last look; -2 not looked yet, -1 none left. */
    private final int[] next;
    private int from;

    private Search(String text) {
      this.text = text;
      this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      this.next = new int[starts.size()];
      Arrays.fill(next, -2);
    }

    /** The next match, as {@code find()} gives it: true with {@link #matcher()} on it, or false. */
    public boolean find() {
      for (int at = candidate(from); at >= 0; at = candidate(at + 1)) {
        matcher.region(at, text.length());
        if (matcher.lookingAt()) {
          // Like Matcher.find: go on after the match, one further after an empty one.
          from = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
          return true;
        }
      }
      from = text.length() + 1;
      return false;
    }

    /** The matcher, on the last match found. */
    public Matcher matcher() {
      return matcher;
    }

    private int candidate(int at) {
      if (at > text.length()) {
        return -1;
      }
      int best = -1;
      for (int i = 0; i < next.length; i++) {
        if (next[i] != -1 && next[i] < at) {
          next[i] = text.indexOf(starts.get(i), at);
        }
        if (next[i] >= 0 && (best < 0 || next[i] < best)) {
          best = next[i];
        }
      }
      return best;
    }
  }
}
