package id.capaian.extract;

import id.capaian.reference.Region;
import id.capaian.reference.Regions;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a document's identity from its content: type and stage from the title on its cover,
 * the region from the kabupaten/kota it names (most on the cover), the agency from its "Dinas
 * Koperasi ..." name and the year or period printed after the title.
 */
public final class IdentityReader {
  /** Lines read as the cover: the title block of every document we know sits well inside them. */
  private static final int COVER_LINES = 60;

  private static final int COVER_WEIGHT = 10;
  private static final int TITLE_WINDOW = 240;

  /** Title patterns, each with the words its every match starts with (see {@link AnchoredPattern}). */
  static final List<TitlePattern> TITLES =
      List.of(
          new TitlePattern(DocType.RENJA, "\\bRENCANA KERJA\\b(?! PEMERINTAH)", "RENCANA KERJA"),
          new TitlePattern(DocType.RENJA, "\\b(?:RAN(?:WAL|KHIR) )?RENJA\\b", "RANWAL ", "RANKHIR ", "RENJA"),
          new TitlePattern(DocType.RENSTRA, "\\bRENCANA STRATEGIS\\b", "RENCANA STRATEGIS"),
          new TitlePattern(DocType.RENSTRA, "\\bRENSTRA\\b", "RENSTRA"),
          new TitlePattern(DocType.LKJIP, "\\bLAPORAN (?:AKUNTABILITAS )?KINERJA\\b", "LAPORAN "),
          new TitlePattern(DocType.LKJIP, "\\b(?:LKJIP|LKJ|LAKIP|LKIP)\\b", "LKJ", "LAKIP", "LKIP"));

  static final AnchoredPattern REGION_MENTION =
      new AnchoredPattern(
          "\\b(KABUPATEN|KAB\\.?|KOTA)\\s+([A-Z][A-Z'\\-]*(?:\\s+[A-Z][A-Z'\\-]*){0,4})", "KAB", "KOTA");
  private static final Pattern RANCANGAN_AWAL = Pattern.compile(".*\\b(?:RANCANGAN AWAL|RANWAL)\\b.*");
  private static final Pattern RANCANGAN_AKHIR = Pattern.compile(".*\\b(?:RANCANGAN AKHIR|RANKHIR)\\b.*");
  private static final Pattern PERUBAHAN = Pattern.compile(".*\\bPERUBAHAN\\b.*");
  /**
   * "Dinas Koperasi ...", and the merged agencies some regions have: "Dinas Perdagangan, Koperasi dan
   * UMKM", "Dinas Tenaga Kerja, Koperasi dan Usaha Mikro" (up to four words before Koperasi).
   */
  private static final Pattern AGENCY =
      Pattern.compile("\\bDINAS\\s+((?:[A-Z]+,?\\s+){0,4}?)KOPERASI\\b([A-Z ,&/]*)");
  /** Acronyms an agency name keeps in capitals. */
  private static final java.util.Set<String> ACRONYMS =
      java.util.Set.of("UKM", "UMKM", "UM", "KUKM", "KUMKM", "UMK", "IKM", "UKMK", "PTSP", "ESDM");
  private static final Pattern AGENCY_STOP =
      Pattern.compile(
          "\\s(?:KOTA|KABUPATEN|KAB|PROVINSI|PEMERINTAH|TAHUN|NOMOR|JL|JLN|JALAN|TELP|RENCANA|LAPORAN|"
              + "KEPALA|TENTANG|PERUBAHAN|RANCANGAN|SEKRETARIAT|BIDANG)\\b.*$");
  private static final Pattern PERIOD =
      Pattern.compile("\\b((?:19|20)\\d\\d)\\s*(?:-|–|—|/|S\\.?\\s?D\\.?|SAMPAI)\\s*((?:19|20)\\d\\d)\\b");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/])((?:19|20)\\d\\d)(?![\\d.,/]\\d)");
  private static final Pattern TAHUN_YEAR =
      Pattern.compile("\\bTAHUN(?: ANGGARAN)?\\s+((?:19|20)\\d\\d)\\b(?!\\s*(?:-|–|/)\\s*\\d)");

  private final Map<String, Region> regionsByName;

  public IdentityReader(Regions regions) {
    Map<String, Region> byName = new HashMap<>();
    for (Region region : regions.all()) {
      byName.put(region.name(), region);
    }
    this.regionsByName = byName;
  }

  public static IdentityReader defaults() {
    return new IdentityReader(Regions.defaults());
  }

  /** An identity, or the one-line reason there is none. */
  public record Result(Optional<DocumentIdentity> identity, String problem) {}

  public Result read(List<String> lines) {
    int[] coverEnd = new int[1];
    String all = normalise(lines, Math.min(COVER_LINES, lines.size()), coverEnd);
    // The fold works character by character, so the cover's text is the start of the whole one.
    String cover = all.substring(0, coverEnd[0]);
    Optional<Title> title = findTitle(cover, true).or(() -> findTitle(all, false));
    if (title.isEmpty()) {
      return new Result(Optional.empty(), "no recognisable identity: no Renja, Renstra or LKjIP title");
    }
    Optional<Region> region = findRegion(cover, all);
    if (region.isEmpty()) {
      return new Result(Optional.empty(), "no recognisable identity: no kabupaten or kota named");
    }
    String text = title.get().inCover ? cover : all;
    int from = title.get().start;
    String window = text.substring(Math.max(0, from - 80), Math.min(text.length(), from + TITLE_WINDOW));
    String afterTitle = text.substring(from, Math.min(text.length(), from + TITLE_WINDOW));
    DocType type = title.get().type;
    Integer planYear = null;
    Integer periodStart = null;
    Integer periodEnd = null;
    if (type == DocType.RENSTRA) {
      Matcher period = PERIOD.matcher(afterTitle);
      if (!period.find()) {
        period = PERIOD.matcher(all);
        if (!period.find()) {
          return new Result(Optional.empty(), "no recognisable identity: Renstra without a plan period");
        }
      }
      periodStart = Integer.valueOf(period.group(1));
      periodEnd = Integer.valueOf(period.group(2));
    } else {
      planYear = findYear(afterTitle).or(() -> mostFrequentTahun(all)).orElse(null);
      if (planYear == null) {
        return new Result(Optional.empty(), "no recognisable identity: " + type + " without a year");
      }
    }
    DocumentIdentity identity =
        new DocumentIdentity(
            type, stage(window), findAgency(cover).or(() -> findAgency(all)).orElse(null), region.get(),
            planYear, periodStart, periodEnd);
    return new Result(Optional.of(identity), null);
  }

  /**
   * The lines as one upper-case text, markdown emphasis and headings blanked (layout, not words),
   * each run of whitespace one space. In one pass over an ASCII line (the common case; the whole
   * document goes through here); other lines are upper-cased by {@link String#toUpperCase}, which maps
   * each character on its own, so line by line gives what the whole text would. {@code coverEnd[0]}
   * gets the length of the text of the first {@code coverLines} lines.
   */
  private static String normalise(List<String> lines, int coverLines, int[] coverEnd) {
    int size = 0;
    for (String line : lines) {
      size += line.length() + 1;
    }
    char[] out = new char[size]; // enough for ASCII lines; grown below for a line upper-casing longer
    int n = 0;
    boolean inSpace = false;
    for (int l = 0; l < lines.size(); l++) {
      if (l == coverLines) {
        coverEnd[0] = n;
      }
      String line = lines.get(l);
      String text = isAscii(line) ? line : line.replace("*", " ").replace("#", " ").toUpperCase(Locale.ROOT);
      if (n + text.length() + 1 > out.length) {
        out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, n + text.length() + 1));
      }
      for (int i = 0; i <= text.length(); i++) {
        char c = i < text.length() ? text.charAt(i) : ' '; // the space that joins the lines
        if (c == '*' || c == '#' || c == ' ' || c >= '\t' && c <= '\r') {
          if (!inSpace) {
            out[n++] = ' ';
            inSpace = true;
          }
        } else {
          out[n++] = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
          inSpace = false;
        }
      }
    }
    if (coverLines == lines.size()) {
      coverEnd[0] = n;
    }
    return new String(out, 0, n);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  record TitlePattern(DocType type, AnchoredPattern pattern) {
    TitlePattern(DocType type, String regex, String... starts) {
      this(type, new AnchoredPattern(regex, starts));
    }
  }

  private record Title(DocType type, int start, boolean inCover) {}

  private static Optional<Title> findTitle(String text, boolean inCover) {
    Title best = null;
    for (TitlePattern title : TITLES) {
      AnchoredPattern.Search search = title.pattern.search(text);
      if (search.find() && (best == null || search.matcher().start() < best.start)) {
        best = new Title(title.type, search.matcher().start(), inCover);
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<Region> findRegion(String cover, String all) {
    Map<Region, Integer> score = new LinkedHashMap<>();
    countRegions(cover, COVER_WEIGHT, score);
    countRegions(all, 1, score);
    return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  private void countRegions(String text, int weight, Map<Region, Integer> score) {
    AnchoredPattern.Search search = REGION_MENTION.search(text);
    while (search.find()) {
      Matcher m = search.matcher();
      String kind = m.group(1).startsWith("KAB") ? "KABUPATEN" : "KOTA";
      String[] words = m.group(2).split(" ");
      // Longest name first: KOTA BANDAR LAMPUNG before KOTA BANDAR.
      for (int n = words.length; n >= 1; n--) {
        Region region = regionsByName.get(kind + " " + String.join(" ", List.of(words).subList(0, n)));
        if (region != null) {
          score.merge(region, weight, Integer::sum);
          break;
        }
      }
    }
  }


  private static Optional<String> findAgency(String text) {
    Matcher m = AGENCY.matcher(text);
    while (m.find()) {
      String before = m.group(1).trim().replaceAll("\\s+", " ");
      if (AGENCY_STOP.matcher(" " + before).find()) {
        continue; // "Dinas ... Kota X Koperasi": two names run together, not one agency
      }
      String rest = AGENCY_STOP.matcher(" " + m.group(2)).replaceFirst("").trim();
      rest = rest.replaceAll("[ ,&/]+$", "");
      String name = "DINAS " + (before.isEmpty() ? "" : before + " ") + "KOPERASI"
          + (rest.isEmpty() ? "" : " " + rest).replace(" ,", ",");
      return Optional.of(titleCase(name));
    }
    return Optional.empty();
  }

  private static String titleCase(String upper) {
    StringBuilder sb = new StringBuilder();
    for (String word : upper.split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      String bare = word.replaceAll("[^A-Z]", "");
      if (bare.equals("DAN") || bare.equals("DAN/ATAU")) {
        sb.append(word.toLowerCase(Locale.ROOT));
      } else if (ACRONYMS.contains(bare) || bare.length() <= 3 && !bare.isEmpty()) {
        sb.append(word); // acronyms: UKM, UMKM stay upper case
      } else {
        sb.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return sb.toString();
  }

  private static String stage(String window) {
    if (RANCANGAN_AWAL.matcher(window).matches()) {
      return "RANCANGAN_AWAL";
    }
    if (RANCANGAN_AKHIR.matcher(window).matches()) {
      return "RANCANGAN_AKHIR";
    }
    if (PERUBAHAN.matcher(window).matches()) {
      return "PERUBAHAN";
    }
    return null;
  }

  private static Optional<Integer> findYear(String afterTitle) {
    Matcher tahun = TAHUN_YEAR.matcher(afterTitle);
    if (tahun.find()) {
      return Optional.of(Integer.valueOf(tahun.group(1)));
    }
    Matcher year = YEAR.matcher(afterTitle);
    return year.find() ? Optional.of(Integer.valueOf(year.group(1))) : Optional.empty();
  }

  private static Optional<Integer> mostFrequentTahun(String all) {
    Map<Integer, Integer> counts = new HashMap<>();
    Matcher m = TAHUN_YEAR.matcher(all);
    while (m.find()) {
      counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }
}
