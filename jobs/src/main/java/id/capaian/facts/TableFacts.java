package id.capaian.facts;

import id.capaian.extract.ExtractedTable;
import id.capaian.extract.TableCell;
import id.capaian.extract.TableRow;
import id.capaian.facts.value.Expect;
import id.capaian.facts.value.ParseResult;
import id.capaian.facts.value.ParsedValue;
import id.capaian.facts.value.ValueFlags;
import id.capaian.facts.value.ValueParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one data table into facts: each value column's meaning from its header, each row's meaning
 * from its code, name and section, each value cell's numbers from the parser; every non-empty cell that
 * gives no number is kept with its reason.
 */
final class TableFacts {
  // Compiled once: these run on every cell of every data table.
  private static final Pattern BARE_YEAR = Pattern.compile("(?:19|20)\\d{2}");
  private static final Pattern NOT_NUMBER = Pattern.compile("(?i)rp\\.?|%|\\s");
  private static final Pattern CODE_LIKE = Pattern.compile("\\d{1,2}(\\.\\d{1,4}){2,}");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
  private static final Pattern SIGNED_DIGITS = Pattern.compile("[-+]?[\\d.,]+");
  private final String docId;
  private final ExtractedTable table;
  private final TableContext context;
  private final ValueParser parser;
  private final MetricDictionary metrics;
  private final ProgramNomenklatur nomenklatur;
  private final List<Fact> facts = new ArrayList<>();
  private final List<SkippedCell> skipped = new ArrayList<>();
  private List<ColumnMeaning> columns;
  private List<List<String>> levels;
  // What depends only on the header or the table, read once per table rather than once per cell.
  private List<String> normHeaders;
  private List<List<Integer>> headerYears;
  private java.math.BigDecimal[] scales;
  private boolean[] scaleRead;
  private final java.util.Map<MetricKey, java.util.Optional<String>> metricMemo = new java.util.HashMap<>();

  /** What the metric of a number depends on besides the table's title. */
  private record MetricKey(String text, String unit) {}

  TableFacts(
      String docId,
      ExtractedTable table,
      TableContext context,
      ValueParser parser,
      MetricDictionary metrics,
      ProgramNomenklatur nomenklatur) {
    this.docId = docId;
    this.table = table;
    this.context = context;
    this.parser = parser;
    this.metrics = metrics;
    this.nomenklatur = nomenklatur;
  }

  DocumentFacts extract() {
    columns = refineByContent(HeaderReader.read(table.headerPaths(), context));
    levels = table.headerPaths().stream().map(HeaderReader::levels).toList();
    normHeaders = table.headerPaths().stream().map(Texts::norm).toList();
    headerYears = table.headerPaths().stream().map(Texts::years).toList();
    scales = new java.math.BigDecimal[table.headerPaths().size()];
    scaleRead = new boolean[table.headerPaths().size()];
    RowReader rows = new RowReader(columns, table.headerPaths(), context, nomenklatur);
    for (TableRow row : table.rows()) {
      if (isSection(row)) {
        rows.section(onlyText(row));
        skipAll(row, SkipReason.SECTION_ROW);
        continue;
      }
      if (isHeaderRepeat(row)) {
        skipAll(row, SkipReason.HEADER_ROW);
        continue;
      }
      RowMeaning meaning = rows.read(row);
      for (TableCell cell : row.cells()) {
        if (!cell.isEmpty()) {
          readCell(row, cell, meaning);
        }
      }
    }
    releveUrusanTotal();
    markPeriodTotals();
    return new DocumentFacts(facts, skipped);
  }

  /**
   * A Renstra's "Kondisi Akhir" of a count ("Jumlah wirausaha baru: 420 | 440 | 460 | 480 | 500 |
   * 2.300") is often the period's sum, not the last year's level: where it equals the sum of the row's
   * values for every year of the period and differs from the last year's, it is a period total with no
   * year (as its money columns are), not a second value for the last year.
   */
  private void markPeriodTotals() {
    if (context.periodStart() == null || context.periodEnd() == null) {
      return;
    }
    int years = context.periodEnd() - context.periodStart() + 1;
    for (int i = 0; i < facts.size(); i++) {
      Fact end = facts.get(i);
      if (!end.has("period_end") || end.metric() == null || "anggaran".equals(end.metric())) {
        continue;
      }
      java.util.Map<Integer, Double> byYear = new java.util.HashMap<>();
      for (Fact f : facts) {
        if (f != end && f.rowNo().equals(end.rowNo()) && end.metric().equals(f.metric())
            && java.util.Objects.equals(f.measure(), "target") && !f.has("period_end") && f.year() != null
            && f.year() >= context.periodStart() && f.year() <= context.periodEnd()) {
          byYear.putIfAbsent(f.year(), f.value());
        }
      }
      if (byYear.size() != years) {
        continue;
      }
      double sum = byYear.values().stream().mapToDouble(Double::doubleValue).sum();
      double last = byYear.get(context.periodEnd());
      if (Math.abs(sum - end.value()) <= 1e-9 * Math.max(1, Math.abs(sum)) && Math.abs(last - end.value()) > 1e-9) {
        Set<String> flags = new HashSet<>(end.flags());
        flags.remove("derived_year");
        flags.add("period_total");
        facts.set(i, new Fact(end.factId(), end.tableNo(), end.rowNo(), end.colNo(), end.sourceLine(), end.level(),
            end.kode(), end.subject(), end.indicator(), end.metric(), end.measure(), end.stage(), null, end.value(),
            end.unit(), end.headerPath(), end.rawText(), List.copyOf(flags)));
      }
    }
  }

  /**
   * The one urusan row of a table that carries budget figures is the agency's total: the agency
   * serves that urusan alone, so its urusan row sums everything the table budgets.
   */
  private void releveUrusanTotal() {
    Set<Integer> urusanRows = new HashSet<>();
    for (Fact f : facts) {
      if ("urusan".equals(f.level()) && "anggaran".equals(f.metric())) {
        urusanRows.add(f.rowNo());
      }
    }
    if (urusanRows.size() != 1) {
      return;
    }
    int row = urusanRows.iterator().next();
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      if (f.rowNo() == row) {
        facts.set(i, new Fact(f.factId(), f.tableNo(), f.rowNo(), f.colNo(), f.sourceLine(), "dinas", f.kode(),
            f.subject(), f.indicator(), f.metric(), f.measure(), f.stage(), f.year(), f.value(), f.unit(),
            f.headerPath(), f.rawText(), f.flags()));
      }
    }
  }

  /**
   * A column the header leaves unclear (no header text, or words that are neither a label nor a
   * measure) is a label column when most of its cells hold words rather than numbers.
   */
  private List<ColumnMeaning> refineByContent(List<ColumnMeaning> meanings) {
    List<ColumnMeaning> out = new ArrayList<>(meanings);
    boolean hasName = false;
    for (ColumnMeaning m : meanings) {
      hasName |= m.role() == ColumnRole.SUBJECT || m.role() == ColumnRole.INDICATOR;
    }
    for (int c = 0; c < out.size(); c++) {
      ColumnMeaning m = out.get(c);
      if (m.role() != ColumnRole.VALUE || m.budget() || m.measure() != null || m.year() != null && !m.flags().contains("derived_year") && !m.flags().contains("year_from_caption")) {
        continue;
      }
      int text = 0;
      int numbers = 0;
      for (TableRow row : table.rows()) {
        String t = row.text(c);
        if (t.isEmpty()) {
          continue;
        }
        if (looksNumeric(t)) {
          numbers++;
        } else {
          text++;
        }
      }
      if (text > numbers) {
        ColumnRole role = hasName ? ColumnRole.OTHER_LABEL : ColumnRole.SUBJECT;
        hasName = true;
        out.set(c, ColumnMeaning.label(role, null));
      }
    }
    return out;
  }

  /** Digits with at most a short unit: "150 koperasi", "76,64%", "Rp 9,384,257,538". */
  private static boolean looksNumeric(String text) {
    if (!Texts.hasDigit(text)) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters <= 12;
  }

  private boolean isSection(TableRow row) {
    Set<String> texts = new LinkedHashSet<>();
    for (TableCell cell : row.cells()) {
      if (cell.isEmpty()) {
        continue;
      }
      if (columns.get(cell.col()).role() == ColumnRole.VALUE && Texts.hasDigit(cell.text())) {
        return false;
      }
      if (columns.get(cell.col()).role() == ColumnRole.CODE) {
        return false;
      }
      texts.add(Texts.norm(cell.text()));
      if (texts.size() > 1) {
        return false; // two different texts: not one section title, whatever the other cells hold
      }
    }
    return texts.size() == 1 && Texts.hasLetter(texts.iterator().next());
  }

  /**
   * A header printed again in the body: at least two cells are bare years, each standing under a
   * column whose header names that year (or beside one that does: a merged year label may sit over
   * the Target or the Rp cell of its pair), and every other cell is words or the text of a header.
   * A value that happens to equal its column's year would need a second one to be taken for this.
   */
  private boolean isHeaderRepeat(TableRow row) {
    int years = 0;
    for (TableCell cell : row.cells()) {
      if (cell.isEmpty()) {
        continue;
      }
      String t = cell.text().strip();
      if (BARE_YEAR.matcher(t).matches()) {
        int year = Integer.parseInt(t);
        if (!headerNamesYear(cell.col(), year) && !headerNamesYear(cell.col() - 1, year)
            && !headerNamesYear(cell.col() + 1, year)) {
          return false;
        }
        years++;
      } else if (Texts.hasDigit(t) && !inAnyHeader(t)) {
        return false;
      }
    }
    return years >= 2;
  }

  private boolean headerNamesYear(int col, int year) {
    return col >= 0 && col < table.headerPaths().size() && headerYears.get(col).contains(year);
  }

  private boolean inAnyHeader(String text) {
    String t = Texts.norm(text);
    return normHeaders.stream().anyMatch(h -> h.contains(t));
  }

  private static String onlyText(TableRow row) {
    for (TableCell cell : row.cells()) {
      if (!cell.isEmpty()) {
        return cell.text();
      }
    }
    return "";
  }

  private void skipAll(TableRow row, SkipReason reason) {
    for (TableCell cell : row.cells()) {
      if (!cell.isEmpty()) {
        skip(row, cell, reason);
      }
    }
  }

  private void skip(TableRow row, TableCell cell, SkipReason reason) {
    skipped.add(
        new SkippedCell(
            table.tableNo(), row.rowNo(), cell.col(), cell.sourceLine(),
            table.headerPaths().get(cell.col()), cell.text(), reason));
  }

  private void readCell(TableRow row, TableCell cell, RowMeaning meaning) {
    ColumnMeaning column = columns.get(cell.col());
    if (column.role() != ColumnRole.VALUE) {
      boolean valueLike =
          column.role() != ColumnRole.CODE
              && column.role() != ColumnRole.ORDINAL
              && isBareNumber(cell.text());
      skip(row, cell, valueLike ? SkipReason.VALUE_IN_LABEL_COLUMN : SkipReason.LABEL_COLUMN);
      return;
    }
    String indicator = indicatorFor(row, cell.col());
    String subject = subjectFor(row, cell.col(), meaning);
    Expect expect = expect(column, meaning, indicator);
    ParseResult result;
    try {
      result = parser.parse(cell.text(), expect);
    } catch (RuntimeException e) {
      skip(row, cell, SkipReason.PARSE_ERROR);
      return;
    }
    switch (result.status()) {
      case MISSING -> skip(row, cell, SkipReason.MISSING_MARKER);
      case TEXT -> skip(row, cell, SkipReason.TEXT_VALUE);
      case MALFORMED -> {
        // The parser's best reading, flagged malformed, is still a fact; with none, the cell is listed.
        if (result.values().isEmpty()) {
          skip(row, cell, SkipReason.MALFORMED_UNPARSEABLE);
        } else {
          emit(row, cell, result.values(), column, meaning, indicator, subject);
        }
      }
      case VALUES -> emit(row, cell, result.values(), column, meaning, indicator, subject);
    }
  }

  private void emit(
      TableRow row,
      TableCell cell,
      List<ParsedValue> values,
      ColumnMeaning column,
      RowMeaning meaning,
      String indicator,
      String subject) {
    java.math.BigDecimal scale =
        column.budget() && column.expect() == Expect.RUPIAH
            ? scaleOf(cell.col())
            : null;
    for (int part = 0; part < values.size(); part++) {
      ParsedValue value = values.get(part);
      if (scale != null && !value.has(ValueFlags.SCALED)) {
        // "Rp (juta) | 415,5": the header's scale, unless the cell printed its own ("2,5 M").
        Set<String> flags = new HashSet<>(value.flags());
        flags.add("scale_from_header");
        value = new ParsedValue(value.exact().multiply(scale), value.kind(), value.unit(), flags, value.raw(),
            value.grade());
      }
      facts.add(fact(row, cell, part, value, column, meaning, indicator, subject));
    }
  }

  /** A cell that is only a number (with % or Rp), not a name that happens to contain digits. */
  private boolean isBareNumber(String text) {
    if (!onlyNumberChars(text)) {
      return false; // a character the removal below keeps and no number has: words, most label cells
    }
    String t = NOT_NUMBER.matcher(text).replaceAll("");
    boolean code = CODE_LIKE.matcher(t).matches() && !GROUPED.matcher(t).matches();
    return !t.isEmpty() && !code && SIGNED_DIGITS.matcher(t).matches();
  }

  /** Digits, . , + - %, whitespace, and the letters of Rp: what a bare number may consist of. */
  private static boolean onlyNumberChars(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = c >= '0' && c <= '9' || c == '.' || c == ',' || c == '+' || c == '-' || c == '%'
          || c == ' ' || c >= '\t' && c <= '\r' || c == 'r' || c == 'R' || c == 'p' || c == 'P';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private Fact fact(
      TableRow row,
      TableCell cell,
      int part,
      ParsedValue value,
      ColumnMeaning column,
      RowMeaning meaning,
      String indicator,
      String subject) {
    String unit = unit(value, column, meaning);
    String metric;
    if (column.budget()) {
      metric = "anggaran";
    } else {
      String text = indicator != null ? indicator : subject;
      metric = text == null ? null : metricOf(text, unit);
      if (metric != null && meaning.activity() && !metric.endsWith("_pct") && !metric.startsWith("nilai")) {
        // A kegiatan's "Jumlah koperasi" counts the cooperatives it served, not those on record.
        metric = null;
      }
    }
    Set<String> flags = new HashSet<>(value.flags());
    flags.addAll(column.flags());
    return new Fact(
        FactIds.of(docId, table.tableNo(), row.rowNo(), cell.col(), part),
        table.tableNo(),
        row.rowNo(),
        cell.col(),
        cell.sourceLine(),
        meaning.level(),
        meaning.kode(),
        subject,
        indicator,
        metric,
        column.measure(),
        column.stage(),
        column.year(),
        value.value(),
        unit,
        table.headerPaths().get(cell.col()),
        cell.text(),
        List.copyOf(flags));
  }

  /** The header's scale of a money column ({@link HeaderReader#scaleOf}), read once per column. */
  private java.math.BigDecimal scaleOf(int col) {
    if (!scaleRead[col]) {
      scales[col] = HeaderReader.scaleOf(table.headerPaths().get(col));
      scaleRead[col] = true;
    }
    return scales[col];
  }

  /** The metric of an indicator under this table's title; a table repeats its indicators row after row. */
  private String metricOf(String text, String unit) {
    return metricMemo
        .computeIfAbsent(new MetricKey(text, unit),
            k -> java.util.Optional.ofNullable(metrics.metricOf(k.text(), context.title(), k.unit())))
        .orElse(null);
  }

  private static String unit(ParsedValue value, ColumnMeaning column, RowMeaning meaning) {
    if (value.unit() != null && !value.unit().isBlank()) {
      return value.unit();
    }
    if (column.budget()) {
      return column.expect() == Expect.PERCENT ? "%" : "Rp";
    }
    if (meaning.unit() != null) {
      return meaning.unit();
    }
    return column.expect() == Expect.PERCENT ? "%" : null;
  }

  private static Expect expect(ColumnMeaning column, RowMeaning meaning, String indicator) {
    if (column.budget() || column.expect() != Expect.ANY) {
      return column.expect();
    }
    String unit = meaning.unit();
    if (unit != null) {
      if (unit.equals("%")) {
        return Expect.PERCENT;
      }
      if (unit.equals("Rp")) {
        return Expect.RUPIAH;
      }
      if (unit.startsWith("nilai") || unit.startsWith("indeks") || unit.startsWith("skor")) {
        return Expect.SCORE;
      }
      return Expect.COUNT;
    }
    String ind = Texts.norm(indicator);
    if (ind.startsWith("persentase") || ind.startsWith("rasio") || ind.startsWith("tingkat")) {
      return Expect.PERCENT;
    }
    if (ind.startsWith("nilai") || ind.startsWith("indeks")) {
      return Expect.SCORE;
    }
    if (ind.startsWith("jumlah")) {
      return Expect.COUNT;
    }
    return Expect.ANY;
  }

  /**
   * The indicator a value column's number belongs to: the indicator column of the same header group
   * ("RANCANGAN AWAL RKPD > Indikator Kinerja" for "RANCANGAN AWAL RKPD > Target Capaian"); where
   * several indicator columns name plan periods ("Indikator Kinerja 2016-2021" and "... 2021-2026"),
   * the one whose period holds the value's year, a period's first year being its predecessor's last.
   */
  private String indicatorFor(TableRow row, int valueCol) {
    List<Integer> candidates = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).role() == ColumnRole.INDICATOR) {
        candidates.add(c);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    if (candidates.size() == 1) {
      return emptyToNull(row.text(candidates.get(0)));
    }
    Integer year = columns.get(valueCol).year();
    if (year != null) {
      Integer inside = null;
      Integer edge = null;
      for (int c : candidates) {
        int[] p = columns.get(c).period();
        if (p == null) {
          continue;
        }
        if (p[0] < year && year <= p[1] && inside == null) {
          inside = c;
        } else if (p[0] == year && edge == null) {
          edge = c;
        }
      }
      Integer chosen = inside != null ? inside : edge;
      if (chosen != null) {
        return emptyToNull(row.text(chosen));
      }
    }
    int best = -1;
    int bestShared = -1;
    for (int c : candidates) {
      int shared = sharedPrefix(levels.get(c), levels.get(valueCol));
      boolean filled = Texts.hasLetter(row.text(c));
      if (shared > bestShared || shared == bestShared && filled) {
        bestShared = shared;
        best = c;
      }
    }
    return emptyToNull(row.text(best));
  }

  /** The row's subject, or the name in the value column's own header group where a table has two. */
  private String subjectFor(TableRow row, int valueCol, RowMeaning meaning) {
    int best = -1;
    int bestShared = 0;
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).role() != ColumnRole.SUBJECT || row.text(c).isEmpty()) {
        continue;
      }
      int shared = sharedPrefix(levels.get(c), levels.get(valueCol));
      if (shared > bestShared) {
        bestShared = shared;
        best = c;
      }
    }
    return best >= 0 ? row.text(best) : meaning.subject();
  }

  private static int sharedPrefix(List<String> a, List<String> b) {
    int n = 0;
    while (n < a.size() - 1 && n < b.size() - 1 && a.get(n).equals(b.get(n))) {
      n++;
    }
    return n;
  }

  private static String emptyToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
