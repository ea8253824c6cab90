package id.capaian.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A row's code in the national nomenclature, normalised to dots with two digits a segment and four
 * for a sub-kegiatan ({@code 2.17.03.2.01.0004}), whatever the document printed: {@code
 * 2.17.03.2.01.01}, {@code 2⇥17⇥1⇥2⇥1⇥1}, {@code 2 17 1 2 1 1}. A perangkat-daerah code ({@code
 * 2.17.0.00.0.00.01.00.00}) is the agency itself. A placeholder prefix ({@code X.XX.01}) is kept for the
 * caller to resolve from the program's name.
 *
 * @param kode the normalised code, or null when only the level is known
 * @param level urusan, program, kegiatan, sub_kegiatan or dinas
 * @param placeholder whether the printed code began with X placeholders
 */
public record Kode(String kode, String level, boolean placeholder) {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\t\\u21e5]+");
  // Compiled once: every code cell and row name of every table is tried as a code.
  private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");
  private static final Pattern CODE_CHARS = Pattern.compile("[0-9xX.\\s\\t\\u21e5]+");
  private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
  private static final Pattern ONE_DIGIT = Pattern.compile("\\d");
  private static final Pattern TWO_DIGITS = Pattern.compile("\\d{1,2}");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SEGMENT = Pattern.compile("\\d{1,4}|x{1,2}", Pattern.CASE_INSENSITIVE);
  private static final int[] WIDTHS = {1, 2, 2, 1, 2, 4};
  private static final String[] LEVELS = {null, "urusan", "program", null, "kegiatan", "sub_kegiatan"};

  /** Reads a code cell; null when the text is not a nomenclature code. */
  /** Code cells are read more than once per row (kind, then value): each text is parsed once. */
  private static final TextMemo<Kode> PARSED = new TextMemo<>(512, Kode::read);

  public static Kode parse(String text) {
    if (text == null) {
      return null;
    }
    return PARSED.get(text);
  }

  private static Kode read(String text) {
    String trimmed = TRAILING_DOTS.matcher(text.trim()).replaceAll("");
    if (trimmed.isEmpty() || !CODE_CHARS.matcher(trimmed).matches() || !HAS_DIGIT.matcher(trimmed).matches()) {
      return null;
    }
    String[] parts = SEPARATORS.split(trimmed);
    for (String part : parts) {
      if (!SEGMENT.matcher(part).matches()) {
        return null;
      }
    }
    boolean placeholder = parts[0].equalsIgnoreCase("x");
    if (parts.length == 9 && isAgencyCode(parts)) {
      return new Kode(parts[0] + "." + pad(parts[1], 2), "dinas", false);
    }
    if (parts.length < 2 || parts.length > 6 || parts[0].length() != 1) {
      return null;
    }
    if (parts.length >= 4 && !parts[3].equals("2") && !parts[3].equals("1")) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.length() > WIDTHS[i] && !(part.startsWith("0") && part.length() == WIDTHS[i] + 1)) {
        return null;
      }
      out.add(part.toUpperCase().startsWith("X") ? part.toUpperCase() : pad(stripZero(part, WIDTHS[i]), WIDTHS[i]));
    }
    return new Kode(String.join(".", out), LEVELS[parts.length - 1], placeholder);
  }

  /** U.BB.0.00.0.00.NN.00.00: the bidang urusan's perangkat daerah, i.e. the agency. */
  private static boolean isAgencyCode(String[] parts) {
    if (!ONE_DIGIT.matcher(parts[0]).matches() || !TWO_DIGITS.matcher(parts[1]).matches()) {
      return false;
    }
    int nonZero = 0;
    for (int i = 2; i < parts.length; i++) {
      if (!DIGITS.matcher(parts[i]).matches()) {
        return false;
      }
      if (Integer.parseInt(parts[i]) != 0) {
        nonZero++;
      }
    }
    return nonZero <= 1;
  }

  private static String stripZero(String part, int width) {
    return part.length() > width ? part.substring(part.length() - width) : part;
  }

  private static String pad(String part, int width) {
    StringBuilder sb = new StringBuilder();
    for (int i = part.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(part).toString();
  }

  /** This code with its placeholder prefix (X.XX) replaced by a resolved program code's prefix. */
  Kode resolve(String programKode) {
    if (!placeholder || programKode == null) {
      return this;
    }
    String[] mine = kode.split("\\.");
    String[] program = programKode.split("\\.");
    for (int i = 0; i < Math.min(mine.length, program.length); i++) {
      if (mine[i].startsWith("X")) {
        mine[i] = program[i];
      }
    }
    return new Kode(String.join(".", mine), level, false);
  }

  /** The program part (first three segments) of this code, or null. */
  String programKode() {
    String[] parts = kode.split("\\.");
    return parts.length >= 3 ? parts[0] + "." + parts[1] + "." + parts[2] : null;
  }
}
