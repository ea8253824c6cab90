package id.capaian.synth;

/**
 * What to generate: {@code regions} kabupaten/kota drawn from the reference table, each with a Renja
 * and an LKjIP for every year from {@code fromYear} to {@code toYear} and a Renstra every five years
 * from {@code fromYear}.
 */
public record SynthSpec(int regions, int fromYear, int toYear, long seed) {

  public SynthSpec {
    if (regions < 1) {
      throw new IllegalArgumentException("Cannot generate: --regions must be at least 1, not " + regions);
    }
    if (fromYear > toYear) {
      throw new IllegalArgumentException("Cannot generate: years " + fromYear + "-" + toYear + " run backwards");
    }
    if (fromYear < 2000 || toYear > 2060) {
      throw new IllegalArgumentException("Cannot generate: years must lie within 2000-2060");
    }
  }

  /** Parses "2016-2024" (or one year, "2024"). */
  public static int[] years(String text) {
    String[] parts = text.trim().split("\\s*-\\s*");
    try {
      int from = Integer.parseInt(parts[0]);
      int to = parts.length > 1 ? Integer.parseInt(parts[1]) : from;
      if (parts.length > 2) {
        throw new NumberFormatException();
      }
      return new int[] {from, to};
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Cannot read years '" + text + "': expected FROM-TO, e.g. 2016-2024");
    }
  }

  /** How many documents this spec gives. */
  public int documentCount() {
    int years = toYear - fromYear + 1;
    return regions * (2 * years + (years + 4) / 5);
  }
}
