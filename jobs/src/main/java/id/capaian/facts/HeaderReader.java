package id.capaian.facts;

import id.capaian.extract.DocType;
import id.capaian.extract.ExtractedTable;
import id.capaian.facts.value.Expect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads each column's meaning from its flattened header path ("TA 2021 > INDUK"): its role, measure,
 * year and budget stage. The most specific header level that says something wins; an explicit year
 * beats a relative label ("(n-2)"); a column without any year takes its table title's single year, then
 * the document's plan year (flagged {@code derived_year}).
 */
public final class HeaderReader {
  private static final Pattern CODE = Pattern.compile("^(kode( rekening)?|kode program.*|kd)$");
  private static final Pattern ORDINAL = Pattern.compile("^(no\\.?|nomor|#|no urut)$");
  private static final Pattern UNIT = Pattern.compile("^satuan( \\(.*\\))?$");
  private static final Pattern INDICATOR = Pattern.compile("^(indikator|iku\\b|ikd\\b).*");
  private static final Pattern SUBJECT =
      Pattern.compile(
          "^(urusan|usuran|bidang|program|kegiatan|sub kegiatan|nama|uraian|tujuan|sasaran|jenis"
              + "|kondisi saat ini|usulan|status|golongan|jabatan|tingkat pendidikan|pendidikan"
              + "|esselon|eselon|kategori|persentase$|predikat|misi|visi).*");
  private static final Pattern OTHER_LABEL =
      Pattern.compile(
          "^(ikk|lokasi|sumber dana|sumber data|sumber|catatan.*|keterangan|ket\\.?|formulasi.*|penjelasan"
              + "|strategi|arah kebijakan|kode warna|spm.*|faktor.*|permasalahan.*|skpd|opd|pd"
              + "|perangkat daerah|penanggung jawab|kelompok sasaran|definisi.*|alasan.*).*");
  private static final Pattern BUDGET =
      Pattern.compile(
          "\\b(anggaran|pagu|rp|rupiah|dana|keuangan|belanja|pendanaan|apbd|p-apbd|papbd|biaya)\\b");
  private static final Pattern BUDGET_TITLE =
      Pattern.compile("\\b(anggaran|pagu|belanja|keuangan|pendanaan)\\b");
  /** A proposal (musrenbang or stakeholder "Usulan Anggaran"): asked for, not the agency's pagu. */
  private static final Pattern PROPOSAL = Pattern.compile("\\b(usulan|diusulkan|usul)\\b");
  private static final Pattern PERFORMANCE = Pattern.compile("\\b(kinerja|indikator|fisik)\\b");
  private static final Pattern STAGE_WORD =
      Pattern.compile("\\b(induk|murni|perubahan|p-apbd|papbd|apbd-p)\\b");
  private static final Pattern BASELINE =
      Pattern.compile("data capaian|kondisi (kinerja )?(pada )?awal|tahun awal|kondisi awal|baseline");
  private static final Pattern ESTIMATE = Pattern.compile("\\b(perkiraan|proyeksi|prognosa)\\b");
  private static final Pattern CUMULATIVE = Pattern.compile("\\b(s\\.?\\s?d\\.?|s/d|sampai dengan)\\b");
  private static final Pattern RELATIVE = Pattern.compile("\\(?\\bn\\s*([+-])\\s*(\\d)\\s*\\)?|\\(n\\)");
  /** "tahun-2", "th-3", "thn ke 4", "tahun ke-5": the n-th year of a plan period. */
  private static final Pattern PERIOD_ORDINAL =
      Pattern.compile("\\b(?:tahun|thn|th)\\s*(?:ke\\s*)?[-.]?\\s*([1-9])\\b(?![.,]\\d)");
  /**
   * "terhadap target akhir renstra", "terhadap target rpjmd", "tingkat capaian realisasi target renstra":
   * a capaian measured against the plan period's end target.
   */
  private static final Pattern TOWARD_PERIOD_TARGET =
      Pattern.compile(
          "terhadap (target )?(akhir )?(periode )?(renstra|rpjmd|periode)"
              + "|capaian (realisasi )?target (akhir )?(renstra|rpjmd)");
  private static final Pattern PERIOD_END =
      Pattern.compile("akhir (periode|renstra|rpjmd|tahun renstra)|kondisi (kinerja )?(pada )?akhir");

  /** Measure keywords, matched by position: the earliest in a header level decides. */
  private static final List<Measure> MEASURES =
      List.of(
          new Measure("\\btarge?t?\\b", "target"),
          new Measure("\\btaret\\b", "target"),
          new Measure("\\brealisasi\\b", "realisasi"),
          new Measure("\\bcapaian\\b", "capaian"),
          new Measure("\\brasio\\b", "capaian"),
          new Measure("\\btingkat\\b", "capaian"),
          new Measure("\\bserapan\\b", "capaian"),
          new Measure("\\bproyeksi\\b", "proyeksi"),
          new Measure("\\bperkiraan\\b", "proyeksi"),
          new Measure("\\bpertumbuhan\\b", "pertumbuhan_pct"),
          new Measure("\\befisiensi\\b", "efisiensi"),
          new Measure("^%$|^\\(%\\)$|^% capaian|\\bpersen\\b", "capaian"));

  private static final int MONEY = 1;
  private static final int PERFORMANCE_WORD = 2;
  /** Whether a header level names money ({@link #BUDGET}) and performance, read once per level text. */
  private static final TextMemo<Integer> LEVEL_WORDS = new TextMemo<>(256,
      level -> (BUDGET.matcher(level).find() ? MONEY : 0) | (PERFORMANCE.matcher(level).find() ? PERFORMANCE_WORD : 0));

  /** A measure keyword, compiled once (headers are read for every table of every document). */
  private record Measure(Pattern pattern, String measure) {
    Measure(String regex, String measure) {
      this(Pattern.compile(regex), measure);
    }
  }

  private static final Pattern SCALE_JUTA = Pattern.compile("\\b(juta|jt)\\b");
  private static final Pattern SCALE_MILIAR = Pattern.compile("\\b(miliar|milyar)\\b");
  private static final Pattern SCALE_RIBU = Pattern.compile("\\bribu(an)?\\b|(?<![\\d.,])000(?![\\d.,])");
  private static final Pattern STAGE_SEMULA = Pattern.compile("\\bsemula\\b");
  private static final Pattern STAGE_MENJADI = Pattern.compile("\\bmenjadi\\b");
  private static final Pattern STAGE_PERUBAHAN = Pattern.compile("p-apbd|papbd|apbd-p|apbdp|perubahan");
  private static final Pattern STAGE_RANCANGAN = Pattern.compile("ranwal|rancangan|rankhir");
  private static final Pattern STAGE_INDUK = Pattern.compile("\\b(induk|murni|apbd)\\b");
  private static final Pattern STAGE_PLAN = Pattern.compile("pagu indikatif|kebutuhan dana|rkpd|rencana");
  private static final Pattern NOTE_PERUBAHAN = Pattern.compile("\\b(p-apbd|papbd|apbd-p|apbd perubahan)\\b");
  private static final Pattern NOTE_INDUK = Pattern.compile("\\b(dpa apbd|apbd)\\b");
  private static final Pattern YEAR_DIGITS = Pattern.compile("\\d{4}");

  private HeaderReader() {}

  /** The meaning of every column of a table. */
  public static List<ColumnMeaning> read(List<String> headerPaths, TableContext context) {
    List<ColumnMeaning> meanings = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    List<List<String>> pathLevels = new ArrayList<>();
    // Every column's printed levels, read once: the money-sibling test compares each with all.
    List<List<String>> printedLevels = headerPaths.stream().map(HeaderReader::levels).toList();
    ColumnMeaning previous = null;
    String previousParent = null;
    for (int c = 0; c < headerPaths.size(); c++) {
      String printed = headerPaths.get(c);
      String path = withOrdinalYear(printed, context);
      paths.add(path);
      List<String> levels = path.equals(printed) ? printedLevels.get(c) : levels(path);
      pathLevels.add(levels);
      // "Tahun 2024 > (Rp) | Tahun 2025 > Target | Tahun 2025 > (Rp)": a new group with its own money
      // column pairs a performance target with it; the money of the group before does not carry over
      // (within one group, "Anggaran | Realisasi | %", it does).
      boolean newGroup = previous != null && !parent(levels).equals(previousParent);
      ColumnMeaning lean = newGroup && hasMoneySibling(printedLevels, c) ? null : previous;
      ColumnMeaning meaning = read(levels, context, lean, previousParent);
      if (!path.equals(printed) && meaning.role() == ColumnRole.VALUE) {
        meaning = withFlag(meaning, "derived_year");
      }
      meanings.add(meaning);
      if (meaning.role() == ColumnRole.VALUE) {
        previous = meaning;
        previousParent = parent(levels);
      }
    }
    return withSiblingYear(meanings, paths, pathLevels);
  }

  /**
   * "Tahun-2", "Th-3", "Tahun ke-4" of a Renstra are the period's second, third, fourth year: the
   * header level gets that year written beside it ("Th-2 (2026)") so every later rule sees a year.
   * A level that prints its own year ("Tahun 1 (2025)") keeps it.
   */
  static String withOrdinalYear(String path, TableContext context) {
    if (path == null || context.periodStart() == null) {
      return path;
    }
    String[] parts = path.split(Pattern.quote(ExtractedTable.PATH_SEPARATOR), -1);
    boolean changed = false;
    for (int i = 0; i < parts.length; i++) {
      String norm = Texts.norm(parts[i]);
      Matcher ordinal = PERIOD_ORDINAL.matcher(norm);
      if (!Texts.years(norm).isEmpty() || !ordinal.find()) {
        continue;
      }
      int n = Integer.parseInt(ordinal.group(1));
      int length = context.periodEnd() == null ? 5 : context.periodEnd() - context.periodStart() + 1;
      if (n >= 1 && n <= length) {
        parts[i] = parts[i] + " (" + (context.periodStart() + n - 1) + ")";
        changed = true;
      }
    }
    return changed ? String.join(ExtractedTable.PATH_SEPARATOR, parts) : path;
  }

  private static ColumnMeaning withFlag(ColumnMeaning m, String flag) {
    Set<String> flags = new HashSet<>(m.flags());
    flags.add(flag);
    return new ColumnMeaning(m.role(), m.measure(), m.year(), m.stage(), m.budget(), m.period(), m.expect(), flags);
  }

  /** Whether column {@code c}'s leaf names no money while a sibling under the same parent does. */
  private static boolean hasMoneySibling(List<List<String>> headerLevels, int c) {
    List<String> own = headerLevels.get(c);
    if (own.size() < 2 || BUDGET.matcher(own.get(own.size() - 1)).find()) {
      return false;
    }
    String parent = parent(own);
    for (int j = 0; j < headerLevels.size(); j++) {
      List<String> other = headerLevels.get(j);
      if (j != c && other.size() == own.size() && parent(other).equals(parent)
          && BUDGET.matcher(other.get(other.size() - 1)).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where every value column whose header names a year names the same one ("Target Renstra > s/d
   * 2026 | Realisasi > s/d 2026 | % > Capaian"), the columns that name none share it.
   */
  private static List<ColumnMeaning> withSiblingYear(
      List<ColumnMeaning> meanings, List<String> paths, List<List<String>> pathLevels) {
    Integer shared = null;
    Set<String> sharedFlags = new HashSet<>();
    for (int c = 0; c < meanings.size(); c++) {
      ColumnMeaning m = meanings.get(c);
      if (m.role() != ColumnRole.VALUE || !hasYear(pathLevels.get(c)) || m.flags().contains("toward_period_target")) {
        continue;
      }
      String whole = Texts.norm(paths.get(c));
      if (BASELINE.matcher(whole).find() || whole.contains("prakiraan")) {
        // "Kondisi Awal (2024)" and "Prakiraan Maju 2026" name a year other than the plan's by
        // definition: the plan's own columns beside them do not take it.
        continue;
      }
      if (shared != null && !shared.equals(m.year())) {
        return meanings;
      }
      shared = m.year();
      if (m.flags().contains("cumulative")) {
        sharedFlags.add("cumulative");
      }
    }
    if (shared == null) {
      return meanings;
    }
    List<ColumnMeaning> out = new ArrayList<>(meanings);
    for (int c = 0; c < out.size(); c++) {
      ColumnMeaning m = out.get(c);
      if (m.role() != ColumnRole.VALUE
          || hasYear(pathLevels.get(c))
          || m.flags().contains("period_total")
          || m.flags().contains("period_end")
          || m.flags().contains("toward_period_target")) {
        continue;
      }
      Set<String> flags = new HashSet<>(m.flags());
      flags.remove("derived_year");
      flags.remove("year_from_caption");
      flags.addAll(sharedFlags);
      out.set(c, new ColumnMeaning(m.role(), m.measure(), shared, m.stage(), m.budget(), m.period(), m.expect(), flags));
    }
    return out;
  }

  /** One column read alone (no sibling to lean on). */
  public static ColumnMeaning read(String headerPath, TableContext context) {
    return read(levels(headerPath), context, null, null);
  }

  private static ColumnMeaning read(
      List<String> levels, TableContext context, ColumnMeaning previous, String previousParent) {
    String leaf = levels.isEmpty() ? "" : levels.get(levels.size() - 1);
    String whole = String.join(" > ", levels);
    ColumnRole labelRole = labelRole(leaf, whole);
    if (labelRole != null) {
      return ColumnMeaning.label(labelRole, Texts.period(whole));
    }
    Set<String> flags = new HashSet<>();
    String measure = measure(levels, whole, flags);
    boolean budget = isBudget(levels, whole, context, measure, previous, previousParent);
    Integer year = year(levels, whole, context, flags, budget);
    if (measure == null && !budget && year != null && hasYear(levels) && isPast(year, context)) {
      // A development series ("TAHUN > 2014") of years before the plan: what was achieved.
      measure = "realisasi";
      flags.add("measure_from_year");
    }
    if (budget) {
      measure = PROPOSAL.matcher(whole).find() ? "usulan" : budgetMeasure(measure);
      if (PERIOD_END.matcher(whole).find() && year != null && !hasYear(levels)) {
        // "Kondisi akhir periode (Rp)" sums the whole period: no single year.
        year = null;
        flags.add("period_total");
        flags.remove("derived_year");
      }
    }
    if ("capaian".equals(measure) && TOWARD_PERIOD_TARGET.matcher(whole).find()) {
      // "Capaian s.d. 2024 terhadap Target Akhir Renstra (%)": progress toward the period's end target,
      // not the year's achievement against its own target; it belongs to no single year.
      year = null;
      flags.remove("derived_year");
      flags.remove("year_from_caption");
      flags.remove("cumulative");
      flags.add("toward_period_target");
    }
    String stage = budget && "pagu".equals(measure) ? stage(whole, context, year) : null;
    return new ColumnMeaning(
        ColumnRole.VALUE, measure, year, stage, budget, null, expect(whole, measure, budget), flags);
  }

  /**
   * The scale a money column's header puts on its numbers: "Rp (juta)" 10^6, "(Rp 000)" or "Ribu
   * Rupiah" 10^3, "Miliar" 10^9; null when the header prints plain rupiah.
   */
  static java.math.BigDecimal scaleOf(String headerPath) {
    String whole = Texts.norm(headerPath);
    if (SCALE_JUTA.matcher(whole).find()) {
      return java.math.BigDecimal.valueOf(1_000_000L);
    }
    if (SCALE_MILIAR.matcher(whole).find()) {
      return java.math.BigDecimal.valueOf(1_000_000_000L);
    }
    if (SCALE_RIBU.matcher(whole).find()) {
      return java.math.BigDecimal.valueOf(1_000L);
    }
    return null;
  }

  static List<String> levels(String path) {
    List<String> levels = new ArrayList<>();
    if (path == null || path.isBlank()) {
      return levels;
    }
    for (String part : path.split(Pattern.quote(ExtractedTable.PATH_SEPARATOR))) {
      String norm = Texts.norm(part);
      if (!norm.isEmpty()) {
        levels.add(norm);
      }
    }
    return levels;
  }

  private static String parent(List<String> levels) {
    return levels.size() <= 1 ? "" : String.join(" > ", levels.subList(0, levels.size() - 1));
  }

  /** A label column's role depends on its leaf alone, and leaves repeat from table to table. */
  private static final TextMemo<ColumnRole> LABEL_ROLES = new TextMemo<>(256, HeaderReader::readLabelRole);

  private static ColumnRole labelRole(String leaf, String whole) {
    return LABEL_ROLES.get(leaf);
  }

  private static ColumnRole readLabelRole(String leaf) {
    if (leaf.isEmpty()) {
      return null;
    }
    if (CODE.matcher(leaf).matches()) {
      return ColumnRole.CODE;
    }
    if (ORDINAL.matcher(leaf).matches()) {
      return ColumnRole.ORDINAL;
    }
    if (UNIT.matcher(leaf).matches()) {
      return ColumnRole.UNIT;
    }
    if (INDICATOR.matcher(leaf).matches()) {
      return ColumnRole.INDICATOR;
    }
    if (OTHER_LABEL.matcher(leaf).matches()) {
      return ColumnRole.OTHER_LABEL;
    }
    boolean numericWords =
        Texts.hasDigit(leaf) || measureOf(leaf) != null || BUDGET.matcher(leaf).find();
    if (SUBJECT.matcher(leaf).matches() && !numericWords) {
      return ColumnRole.SUBJECT;
    }
    return null;
  }

  /** Header levels repeat from table to table ("Target", "Realisasi", "Rp"): read each once per thread. */
  private static final TextMemo<String> MEASURE_OF = new TextMemo<>(256, HeaderReader::readMeasure);

  private static String measureOf(String level) {
    return MEASURE_OF.get(level);
  }

  private static String readMeasure(String level) {
    int best = Integer.MAX_VALUE;
    String found = null;
    for (Measure m : MEASURES) {
      Matcher matcher = m.pattern().matcher(level);
      if (matcher.find() && matcher.start() < best) {
        best = matcher.start();
        found = m.measure();
      }
    }
    return found;
  }

  private static String measure(List<String> levels, String whole, Set<String> flags) {
    String measure = null;
    for (int i = levels.size() - 1; i >= 0 && measure == null; i--) {
      measure = measureOf(levels.get(i));
    }
    if (BASELINE.matcher(whole).find()
        && (measure == null || measure.equals("target") || measure.equals("capaian"))) {
      // "Data Capaian pada Tahun Awal > Target": the baseline is what was achieved.
      measure = "realisasi";
    }
    if (ESTIMATE.matcher(whole).find()) {
      flags.add("estimate");
      if ("realisasi".equals(measure)) {
        measure = "proyeksi";
      }
    }
    return measure;
  }

  private static boolean isBudget(
      List<String> levels,
      String whole,
      TableContext context,
      String measure,
      ColumnMeaning previous,
      String previousParent) {
    // The most specific level that speaks decides: "... Kerangka Pendanaan > 2017 > (Rp)" is money,
    // "Target Kinerja ... dan Kerangka Pendanaan > 2017 > Target" is performance, "Kinerja Keuangan" money.
    for (int i = levels.size() - 1; i >= 0; i--) {
      String level = levels.get(i);
      int words = LEVEL_WORDS.get(level);
      boolean money = (words & MONEY) != 0;
      boolean performance = (words & PERFORMANCE_WORD) != 0;
      if (money && (!performance || level.contains("keuangan"))) {
        return true;
      }
      if (performance) {
        return false;
      }
    }
    if (STAGE_WORD.matcher(whole).find()) {
      return true;
    }
    // "Anggaran | Realisasi | %", or "TA 2023 > INDUK | TA 2024 > TARGET RKPD": a bare measure right
    // after a budget column of the same group, or of a group named alike but for its year.
    if (previous != null
        && previous.budget()
        && measure != null
        && shape(parent(levels)).equals(shape(previousParent))) {
      return true;
    }
    String title = Texts.norm(context.title()).replace("tahun anggaran", "tahun");
    return BUDGET_TITLE.matcher(title).find()
        && !PERFORMANCE.matcher(title).find()
        && measure == null
        && hasYear(levels);
  }

  /** A header text with its years blanked, to compare groups that differ only by year. */
  private static String shape(String text) {
    return text == null ? "" : YEAR_DIGITS.matcher(text).replaceAll("#");
  }

  /** Whether a year lies before the document's plan: achieved, not planned. */
  private static boolean isPast(int year, TableContext context) {
    if (context.docType() == DocType.RENSTRA) {
      return context.periodStart() != null && year <= context.periodStart();
    }
    if (context.docType() == DocType.LKJIP) {
      return context.planYear() != null && year <= context.planYear();
    }
    return context.planYear() != null && year < context.planYear();
  }

  private static String budgetMeasure(String measure) {
    if (measure == null || measure.equals("target")) {
      return "pagu";
    }
    return switch (measure) {
      case "capaian" -> "serapan_pct";
      case "proyeksi" -> "pagu";
      default -> measure;
    };
  }

  private static boolean hasYear(List<String> levels) {
    for (String level : levels) {
      if (!Texts.years(level).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Integer year(
      List<String> levels, String whole, TableContext context, Set<String> flags, boolean budget) {
    for (int i = levels.size() - 1; i >= 0; i--) {
      String level = levels.get(i);
      List<Integer> years = Texts.years(level);
      if (years.isEmpty()) {
        continue;
      }
      if (CUMULATIVE.matcher(level).find()) {
        flags.add("cumulative");
      }
      int[] period = Texts.period(level);
      if (period != null) {
        // A plan period on a value column: its numbers are for the period's last year.
        return period[1];
      }
      // "2021/2022" (musrenbang year / plan year) and "Tahun (n-3) 2021" alike: the last year named.
      return years.get(years.size() - 1);
    }
    Matcher relative = RELATIVE.matcher(whole);
    Integer base = context.planYear();
    if (relative.find() && base != null) {
      flags.add("derived_year");
      if (relative.group(1) == null) {
        return base;
      }
      int offset = Integer.parseInt(relative.group(2));
      return relative.group(1).equals("-") ? base - offset : base + offset;
    }
    if (PERIOD_END.matcher(whole).find()) {
      // The end of the plan period: the Renstra's last year, unknown in other documents.
      flags.add("period_end");
      if (context.periodEnd() != null) {
        flags.add("derived_year");
      }
      return context.periodEnd();
    }
    Integer titleYear = singleYear(context.title());
    if (titleYear != null) {
      flags.add("year_from_caption");
      return titleYear;
    }
    if (base != null) {
      flags.add("derived_year");
      return base;
    }
    return null;
  }

  /** The one year a title names ("... Tahun 2024"), or null when it names none, a range, or several. */
  static Integer singleYear(String title) {
    String norm = Texts.norm(title);
    if (Texts.period(norm) != null) {
      return null;
    }
    List<Integer> years = Texts.years(norm);
    if (years.isEmpty() || years.stream().distinct().count() != 1) {
      return null;
    }
    return years.get(0);
  }

  private static String stage(String whole, TableContext context, Integer year) {
    if (whole.contains("sebelum perubahan") || STAGE_SEMULA.matcher(whole).find()) {
      return "induk"; // "Pagu Semula": the allocation before the revision
    }
    if (STAGE_MENJADI.matcher(whole).find()) {
      return "perubahan";
    }
    if (STAGE_PERUBAHAN.matcher(whole).find()) {
      return "perubahan";
    }
    if (whole.contains("prakiraan")) {
      return "prakiraan";
    }
    if (STAGE_RANCANGAN.matcher(whole).find()) {
      return "rancangan";
    }
    if (STAGE_INDUK.matcher(whole).find()) {
      return "induk";
    }
    boolean planYear = year != null && year.equals(context.planYear());
    // A Renja's own draft stage (Rancangan Awal / Akhir on its cover) does not make its plan-year pagu
    // indikatif "rancangan": the vocabulary of ../shared/gold gives rancangan to figures labelled as a
    // draft RKPD's (the column says so, above) and penetapan to the plan year's pagu of a Renja.
    if (context.docType() == DocType.RENJA
        && planYear
        && STAGE_PLAN.matcher(whole).find()) {
      return "penetapan";
    }
    String note = Texts.norm(context.sourceNote());
    if (NOTE_PERUBAHAN.matcher(note).find()) {
      return "perubahan";
    }
    if (NOTE_INDUK.matcher(note).find()) {
      return "induk";
    }
    if (context.docType() == DocType.RENJA && planYear && whole.contains("pagu")) {
      return "penetapan";
    }
    return null;
  }

  private static Expect expect(String whole, String measure, boolean budget) {
    if (budget) {
      return switch (measure) {
        case "serapan_pct", "pertumbuhan_pct" -> Expect.PERCENT;
        default -> Expect.RUPIAH;
      };
    }
    if ("capaian".equals(measure) || "pertumbuhan_pct".equals(measure) || whole.contains("%")) {
      return Expect.PERCENT;
    }
    return Expect.ANY;
  }
}
