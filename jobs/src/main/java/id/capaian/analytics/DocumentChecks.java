package id.capaian.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The checks that need one document at a time: sums of children and totals ({@link TableSums}), printed
 * percentages against their own target and realisasi, units changing inside a row, realisasi dated later
 * than the document could know, and malformed numbers. It also gives the sums as candidates for
 * reconciliation (where a total is printed they lose to it; where none is, they fill the gap).
 */
public final class DocumentChecks {

  /** What one document gives: its findings and the sums offered as candidates. */
  public record Result(List<Finding> findings, List<Candidate> derived) implements java.io.Serializable {}

  static final Comparator<FactRow> ORDER =
      Comparator.comparing(FactRow::tableNo, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(FactRow::rowNo, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(FactRow::colNo, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingInt(FactRow::sourceLine)
          .thenComparing(FactRow::factId, Comparator.nullsLast(Comparator.naturalOrder()));

  private DocumentChecks() {}

  /**
   * Checks the facts of one document; should the checks fail on some unforeseen input, the document
   * gets one check_failed finding saying why, and the other documents are checked as usual.
   */
  public static Result runSafely(List<FactRow> facts) {
    try {
      return run(facts);
    } catch (RuntimeException e) {
      FactRow f = facts.get(0);
      String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      String message = "the data-quality checks of this document failed: " + why.lines().findFirst().orElse(why);
      return new Result(List.of(Finding.of(DqCheck.CHECK_FAILED, f.docId(), f.sourceFile(), null, f.regionCode(),
          null, null, null, null, null, message, List.of(), null, null)), List.of());
    }
  }

  /** Checks the facts of one document. */
  public static Result run(List<FactRow> unordered) {
    if (unordered.isEmpty()) {
      return new Result(List.of(), List.of());
    }
    // The facts arrive in whatever order the cluster grouped them: sort, so every run says the same.
    List<FactRow> facts = new ArrayList<>(unordered);
    facts.sort(ORDER);
    List<Finding> findings = new ArrayList<>();
    List<Candidate> derived = new ArrayList<>();
    Map<Integer, List<FactRow>> byTable = new TreeMap<>();
    for (FactRow f : facts) {
      if (f.tableNo() != null) {
        byTable.computeIfAbsent(f.tableNo(), t -> new ArrayList<>()).add(f);
      }
    }
    for (List<FactRow> table : byTable.values()) {
      for (TableSums.Sum sum : TableSums.of(table)) {
        Candidate c = derivedCandidate(sum);
        if (c != null) {
          derived.add(c);
        }
        if (sum.disagrees()) {
          findings.add(sumFinding(sum));
        }
      }
    }
    findings.addAll(percentages(facts));
    findings.addAll(unitChanges(facts));
    findings.addAll(yearLabels(facts));
    for (FactRow f : facts) {
      if (f.malformed()) {
        findings.add(malformed(f));
      }
    }
    return new Result(Finding.uniqueIds(findings), derived);
  }

  private static Candidate derivedCandidate(TableSums.Sum sum) {
    FactRow first = sum.parts().get(0);
    FactRow keyed = sum.printed();
    MetricKey key;
    if (keyed != null) {
      key = MetricKey.of(keyed);
    } else if (sum.parent() != null) {
      TableSums.Line p = sum.parent();
      key = MetricKey.of(withLine(first, p.level(), p.kode(), p.subject()));
    } else {
      key = MetricKey.of(withLine(first, "dinas", null, null));
    }
    if (key == null) {
      return null;
    }
    List<Integer> lines = sum.parts().stream().map(FactRow::sourceLine).toList();
    String text = "sum of " + sum.parts().size() + " rows (lines " + lines.stream().map(String::valueOf)
        .collect(Collectors.joining(", ")) + ")";
    return new Candidate(key, null, first.docId(), first.sourceFile(), first.docType(), first.docYear(),
        Candidate.of(first, key).reportOfYear(), first.tableNo(), first.tableLabel(), null,
        first.sourceLine(), sum.sum(), 0, first.unit(), text, List.of("derived_sum", "sum_of_" + first.level()), Origin.DERIVED_SUM);
  }

  private static FactRow withLine(FactRow f, String level, String kode, String subject) {
    return new FactRow(f.factId(), f.docId(), f.sourceFile(), f.regionCode(), f.docType(), f.docYear(),
        f.reportYear(), f.tableNo(), f.tableLabel(), f.rowNo(), f.colNo(), f.sourceLine(), level, kode, subject,
        null, f.metric(), f.measure(), f.stage(), f.year(), f.value(), f.unit(), f.rawText(), f.flags());
  }

  private static Finding sumFinding(TableSums.Sum sum) {
    FactRow p = sum.printed();
    DqCheck check = sum.total() ? DqCheck.TOTAL_SUM : DqCheck.CHILDREN_SUM;
    List<Integer> lines = new ArrayList<>();
    lines.add(p.sourceLine());
    sum.parts().forEach(f -> lines.add(f.sourceLine()));
    String what = sum.total() ? "total" : sum.parent().label();
    String column = p.measure() + (p.stage() == null ? "" : " " + p.stage()) + " " + p.year();
    String message = String.format("%s: %s %s prints %s but its %d %s sum to %s (difference %s)",
        p.where(), what, column, Numbers.show(p.value(), 0), sum.parts().size(),
        sum.total() ? "rows" : "children", Numbers.show(sum.sum(), 0), Numbers.show(p.value() - sum.sum(), 0));
    return Finding.of(check, p.docId(), p.sourceFile(), null, p.regionCode(), p.metric(), p.measure(), p.year(),
        sum.total() ? null : sum.parent().kode(), sum.parent().subject() + "|" + p.stage() + "|" + p.tableNo(),
        message, lines, sum.sum(), p.value());
  }

  /** A row's own target, realisasi and capaian (or pagu, realisasi and serapan) for one year. */
  static List<Finding> percentages(List<FactRow> facts) {
    Map<String, List<FactRow>> groups = new LinkedHashMap<>();
    for (FactRow f : facts) {
      if (f.year() == null || f.measure() == null || f.has(FactRow.SECONDARY)) {
        continue;
      }
      String row = f.tableNo() != null ? f.tableNo() + "/" + f.rowNo() : "line " + f.sourceLine();
      String what = f.metric() != null ? f.metric() : "indicator:" + f.indicator();
      groups.computeIfAbsent(row + "|" + what + "|" + f.year(), k -> new ArrayList<>()).add(f);
    }
    List<Finding> out = new ArrayList<>();
    for (List<FactRow> group : groups.values()) {
      boolean budget = MetricKey.ANGGARAN.equals(group.get(0).metric());
      FactRow base = budget ? pagu(group) : only(group, "target");
      FactRow realisasi = only(group, "realisasi");
      if (base == null || realisasi == null || base.malformed() || realisasi.malformed() || base.value() == 0) {
        continue;
      }
      for (FactRow printed : group) {
        if (!printed.measure().equals(budget ? "serapan_pct" : "capaian") || printed.malformed()) {
          continue;
        }
        double computed = 100 * realisasi.value() / base.value();
        int d = printed.decimals();
        int dr = realisasi.decimals();
        int db = base.decimals();
        // An indicator where less is better prints target / realisasi: accept either way round.
        boolean inverse = !budget && realisasi.value() != 0
            && Rounding.printedAsRatio(printed.value(), d, base.value(), db, realisasi.value(), dr);
        if (Rounding.printedAsRatio(printed.value(), d, realisasi.value(), dr, base.value(), db) || inverse) {
          continue;
        }
        String name = budget ? "serapan" : "capaian";
        String message = String.format(
            "%s: %s %s %d printed %s%% but %s / %s = %s%%",
            printed.where(), printed.metric() != null ? printed.metric() : quoted(printed.indicator()),
            name, printed.year(), Numbers.show(printed.value(), d), Numbers.show(realisasi.value(), realisasi.decimals()),
            Numbers.show(base.value(), base.decimals()), Numbers.show(Rounding.round(computed, Math.max(d, 2))));
        out.add(Finding.of(DqCheck.PERCENT_RECOMPUTE, printed.docId(), printed.sourceFile(), null,
            printed.regionCode(), printed.metric(), printed.measure(), printed.year(), printed.kode(),
            printed.indicator() + "|" + printed.tableNo() + "|" + printed.rowNo(), message,
            List.of(printed.sourceLine(), realisasi.sourceLine(), base.sourceLine()),
            Rounding.round(computed, Math.max(d, 2)), printed.value()));
      }
    }
    return out;
  }

  private static String quoted(String text) {
    if (text == null) {
      return "indicator";
    }
    String t = text.strip();
    return "'" + (t.length() > 60 ? t.substring(0, 57) + "..." : t) + "'";
  }

  private static FactRow only(List<FactRow> group, String measure) {
    List<FactRow> found = group.stream().filter(f -> measure.equals(f.measure())).toList();
    return found.size() == 1 ? found.get(0) : null;
  }

  /** The final pagu of a row: perubahan, else induk, else the one printed without stage. */
  private static FactRow pagu(List<FactRow> group) {
    for (String stage : new String[] {"perubahan", "induk", null}) {
      List<FactRow> found = group.stream()
          .filter(f -> "pagu".equals(f.measure()) && Objects.equals(stage, f.stage())).toList();
      if (found.size() == 1) {
        return found.get(0);
      }
    }
    return null;
  }

  /** Rows whose counts and percentages change unit from one column to the next. */
  static List<Finding> unitChanges(List<FactRow> facts) {
    Map<String, List<FactRow>> rows = new LinkedHashMap<>();
    for (FactRow f : facts) {
      if (f.tableNo() != null && f.rowNo() != null && f.unit() != null && f.measure() != null
          && List.of("target", "realisasi", "proyeksi").contains(f.measure())
          && !MetricKey.ANGGARAN.equals(f.metric()) && !f.has(FactRow.SECONDARY)) {
        String what = f.metric() != null ? f.metric() : String.valueOf(f.indicator());
        rows.computeIfAbsent(f.tableNo() + "/" + f.rowNo() + "|" + what, k -> new ArrayList<>()).add(f);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (List<FactRow> row : rows.values()) {
      Map<String, List<FactRow>> byUnit = new TreeMap<>();
      row.forEach(f -> byUnit.computeIfAbsent(unitWord(f.unit()), u -> new ArrayList<>()).add(f));
      if (byUnit.size() < 2) {
        continue;
      }
      row.sort(Comparator.comparing(FactRow::colNo, Comparator.nullsLast(Comparator.naturalOrder())));
      FactRow first = row.get(0);
      String units = byUnit.entrySet().stream()
          .map(e -> "'" + e.getKey() + "' (" + e.getValue().stream().map(FactRow::rawText).distinct()
              .limit(2).collect(Collectors.joining(", ")) + ")")
          .collect(Collectors.joining(" vs "));
      String message = String.format("%s: %s changes unit within the row: %s", first.where(),
          first.metric() != null ? first.metric() : quoted(first.indicator()), units);
      out.add(Finding.of(DqCheck.UNIT_CHANGE, first.docId(), first.sourceFile(), null, first.regionCode(),
          first.metric(), null, null, first.kode(), first.indicator() + "|" + first.tableNo() + "|" + first.rowNo()
              + "|" + String.join(",", byUnit.keySet()),
          message, row.stream().map(FactRow::sourceLine).toList(), null, null));
    }
    return out;
  }

  /** Abbreviations the documents use for the same unit word. */
  private static final Map<String, String> UNIT_WORDS = Map.of(
      "org", "orang", "keg", "kegiatan", "kop", "koperasi", "dok", "dokumen", "pkt", "paket", "bln", "bulan",
      "kali", "kali", "lap", "laporan");

  static String unitWord(String unit) {
    String u = unit.toLowerCase(java.util.Locale.ROOT).trim();
    return UNIT_WORDS.getOrDefault(u, u);
  }

  /**
   * Realisasi dated later than the document could know it: at or after a Renja's plan year, after the
   * year an LKjIP reports on, after the first year of a Renstra. Estimates (perkiraan) are exempt. One
   * finding per table (or prose) and year.
   */
  static List<Finding> yearLabels(List<FactRow> facts) {
    Map<String, List<FactRow>> groups = new TreeMap<>();
    for (FactRow f : facts) {
      Integer latest = latestKnowable(f);
      if (latest != null && "realisasi".equals(f.measure()) && f.year() != null && f.year() > latest
          && !f.has("estimate")) {
        groups.computeIfAbsent(f.tableLabel() + "|" + f.year(), k -> new ArrayList<>()).add(f);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (List<FactRow> group : groups.values()) {
      FactRow first = group.get(0);
      TreeSet<Integer> lines = new TreeSet<>(group.stream().map(FactRow::sourceLine).toList());
      String message = String.format(
          "%s: %d realisasi labelled %d in a %s written in %d (lines %s)",
          first.tableLabel() != null ? first.tableLabel() : "prose", group.size(), first.year(),
          first.docType(), first.docYear(), lines.stream().limit(8).map(String::valueOf).collect(Collectors.joining(", ")));
      out.add(Finding.of(DqCheck.YEAR_LABEL, first.docId(), first.sourceFile(), null, first.regionCode(), null,
          "realisasi", first.year(), null, String.valueOf(first.tableLabel()), message, List.copyOf(lines),
          first.docYear() == null ? null : (double) latestKnowable(first), (double) first.year()));
    }
    return out;
  }

  /** The latest year whose realisasi the document can report, or null when unknown. */
  static Integer latestKnowable(FactRow f) {
    if (f.docYear() == null || f.docType() == null) {
      return null;
    }
    return switch (f.docType()) {
      case "RENJA" -> f.docYear() - 1; // drafted in plan year - 1: knows realisasi up to the year before
      case "LKJIP" -> f.docYear() - 1; // written the year after the year it reports on
      case "RENSTRA" -> f.docYear();
      default -> null;
    };
  }

  static Finding malformed(FactRow f) {
    String message = String.format("%s: malformed number '%s' read as %s", f.where(), f.rawText().strip(),
        Numbers.show(f.value()));
    return Finding.of(DqCheck.MALFORMED_NUMBER, f.docId(), f.sourceFile(), null, f.regionCode(), f.metric(),
        f.measure(), f.year(), f.kode(), f.factId(), message, List.of(f.sourceLine()), null, f.value());
  }

  /** A cell the facts stage could not read as a number at all (facts_skipped, malformed_unparseable). */
  public static Finding unreadable(String docId, String sourceFile, String regionCode, String tableLabel,
      int sourceLine, String text) {
    String message = String.format("%s line %d: malformed number '%s' could not be read", tableLabel, sourceLine,
        text.strip());
    return Finding.of(DqCheck.MALFORMED_NUMBER, docId, sourceFile, null, regionCode, null, null, null, null,
        tableLabel + "|" + sourceLine + "|" + text, message, List.of(sourceLine), null, null);
  }
}
