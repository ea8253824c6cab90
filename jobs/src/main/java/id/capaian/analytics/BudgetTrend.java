package id.capaian.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Budget realisation of one region per year and budget line (the dinas, and each program): pagu by
 * stage, realisasi, and serapan recomputed against the final pagu (perubahan when printed, else induk,
 * else the pagu printed without stage, else the plan's penetapan) beside the printed serapan. A dinas
 * value reconciled from a sum of program or jenis belanja rows is marked derived. Realisasi stays null
 * where no document reports it: a plan's allocations are not zero spending.
 */
public final class BudgetTrend {
  static final List<String> LEVELS = List.of("dinas", "program");

  /** One row of {@code trend_budget_realization}. */
  public record Row(String regionCode, int year, String level, String kode, String item, Double paguInduk,
      Double paguPerubahan, Double paguRancangan, Double paguPenetapan, Double paguPrakiraan, Double paguUnstaged,
      Double paguFinal, String paguFinalStage, Double realisasi, Double serapanPrinted, Double serapanRecomputed,
      boolean derived, String derivedFrom, Double yoyChangePct, int segment, boolean breakBefore, String breakReason,
      Double cagrPct, boolean conflict) {}

  /** A budget line: level, code, item. */
  record Line(String level, String kode, String item) implements Comparable<Line> {
    @Override
    public int compareTo(Line o) {
      int c = Integer.compare(LEVELS.indexOf(level), LEVELS.indexOf(o.level));
      if (c != 0) {
        return c;
      }
      c = Objects.compare(kode, o.kode, java.util.Comparator.nullsFirst(String::compareTo));
      return c != 0 ? c : Objects.compare(item, o.item, java.util.Comparator.nullsFirst(String::compareTo));
    }
  }

  private BudgetTrend() {}

  public static List<Row> of(RegionValues v) {
    Map<Line, Map<Integer, List<Reconciled>>> lines = new TreeMap<>();
    for (Reconciled r : v.all()) {
      MetricKey k = r.key();
      if (MetricKey.ANGGARAN.equals(k.metric()) && k.level() != null && LEVELS.contains(k.level())) {
        lines.computeIfAbsent(new Line(k.level(), k.kode(), k.item()), l -> new TreeMap<>())
            .computeIfAbsent(k.year(), y -> new ArrayList<>()).add(r);
      }
    }
    List<Row> rows = new ArrayList<>();
    lines.forEach((line, years) -> rows.addAll(rows(v.regionCode(), line, years)));
    return rows;
  }

  private static List<Row> rows(String region, Line line, Map<Integer, List<Reconciled>> years) {
    List<Row> draft = new ArrayList<>();
    for (Map.Entry<Integer, List<Reconciled>> e : years.entrySet()) {
      List<Reconciled> values = e.getValue();
      Reconciled induk = find(values, "pagu", "induk");
      Reconciled perubahan = find(values, "pagu", "perubahan");
      Reconciled rancangan = find(values, "pagu", "rancangan");
      Reconciled penetapan = find(values, "pagu", "penetapan");
      Reconciled prakiraan = find(values, "pagu", "prakiraan");
      Reconciled unstaged = find(values, "pagu", null);
      Reconciled realisasi = find(values, "realisasi", null);
      Reconciled serapan = find(values, "serapan_pct", null);
      Reconciled finalPagu = null;
      String finalStage = null;
      String[] stages = {"perubahan", "induk", "unstaged", "penetapan"};
      Reconciled[] inOrder = {perubahan, induk, unstaged, penetapan};
      for (int i = 0; i < inOrder.length; i++) {
        if (inOrder[i] != null) {
          finalPagu = inOrder[i];
          finalStage = stages[i];
          break;
        }
      }
      if (finalPagu == null && realisasi == null && serapan == null && rancangan == null && prakiraan == null) {
        continue;
      }
      Double recomputed = realisasi != null && finalPagu != null && finalPagu.value() > 0
          ? Rounding.round(100 * realisasi.value() / finalPagu.value(), 2) : null;
      String derivedFrom = null;
      for (Reconciled r : new Reconciled[] {finalPagu, realisasi}) {
        if (r != null && r.chosen().derived()) {
          derivedFrom = r.chosen().flags().stream().filter(f -> f.startsWith("sum_of_"))
              .map(f -> f.substring("sum_of_".length())).findFirst().orElse("rows");
        }
      }
      boolean conflict = values.stream().anyMatch(Reconciled::conflict);
      draft.add(new Row(region, e.getKey(), line.level(), line.kode(), line.item(), val(induk), val(perubahan),
          val(rancangan), val(penetapan), val(prakiraan), val(unstaged), val(finalPagu), finalStage, val(realisasi),
          val(serapan), recomputed, derivedFrom != null, derivedFrom, null, 1, false, null, null, conflict));
    }
    List<Series.Point> points = draft.stream()
        .map(r -> new Series.Point(r.year(), r.paguFinal(), r.realisasi())).toList();
    // A total summed from rows in one year and printed in the next is counted two ways: a break.
    java.util.Map<Integer, String> switches = new java.util.HashMap<>();
    Row before = null;
    for (Row r : draft) {
      if (r.realisasi() == null) {
        continue;
      }
      if (before != null && before.derived() != r.derived()) {
        switches.put(r.year(), String.format("realisasi %s in %d but %s in %d: counted two ways",
            way(before), before.year(), way(r), r.year()));
      }
      before = r;
    }
    List<Series.Mark> marks = Series.mark(points, Series.Kind.AMOUNT, switches);
    List<Row> rows = new ArrayList<>();
    for (Row r : draft) {
      Series.Mark m = Series.of(marks, r.year());
      rows.add(new Row(r.regionCode(), r.year(), r.level(), r.kode(), r.item(), r.paguInduk(), r.paguPerubahan(),
          r.paguRancangan(), r.paguPenetapan(), r.paguPrakiraan(), r.paguUnstaged(), r.paguFinal(),
          r.paguFinalStage(), r.realisasi(), r.serapanPrinted(), r.serapanRecomputed(), r.derived(), r.derivedFrom(),
          m.yoyChange(), m.segment(), m.breakBefore(), m.breakReason(), m.cagrPct(), r.conflict()));
    }
    return rows;
  }

  private static String way(Row r) {
    return r.derived() ? "summed from " + r.derivedFrom() + " rows" : "printed";
  }

  private static Reconciled find(List<Reconciled> values, String measure, String stage) {
    return values.stream()
        .filter(r -> r.key().measure().equals(measure) && Objects.equals(r.key().stage(), stage))
        .findFirst()
        .orElse(null);
  }

  private static Double val(Reconciled r) {
    return r == null ? null : r.value();
  }
}
