package id.capaian.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The budget hierarchy of one table and the sums it implies. A sub-kegiatan belongs to the kegiatan
 * above it and a kegiatan to the program above it (by code where both have one: the parent's code is a
 * prefix of the child's); programs belong to the table's single dinas or urusan total. Where a table
 * has no programs, the top jenis belanja (Belanja Operasi, Modal, Tidak Terduga, Transfer; or the older
 * Belanja Tidak Langsung and Langsung) belong to the total, and each takes the jenis belanja rows below
 * it until the next top one.
 *
 * <p>Each parent and value column (measure, stage, year, column) gives a {@link Sum}: the sum of its
 * children's printed amounts beside the parent's printed amount, or beside nothing for a table that
 * prints no dinas total.
 */
public final class TableSums {
  static final List<String> MEASURES = List.of("pagu", "realisasi", "efisiensi");
  private static final List<String> NEW_TOP = List.of(
      "belanja operasi", "belanja operasional", "belanja modal", "belanja tidak terduga", "belanja transfer");
  private static final List<String> OLD_TOP = List.of("belanja tidak langsung", "belanja langsung");

  /** A table row that carries a budget level, with its amounts. */
  record Line(int rowNo, String level, String kode, String subject, List<FactRow> amounts) {
    int rank() {
      return TableSums.rank(level);
    }

    String name() {
      return subject == null ? "" : subject.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]+", " ")
          .replaceAll("\\s+", " ").trim();
    }

    String label() {
      return kode != null ? level + " " + kode : level + (subject != null ? " '" + subject.trim() + "'" : "");
    }
  }

  /** Which value of a row: the same column of every row of the table. */
  record Column(String measure, String stage, int year, Integer colNo) {
    static Column of(FactRow f) {
      return new Column(f.measure(), f.stage(), f.year(), f.colNo());
    }
  }

  /**
   * A parent's children summed in one column.
   *
   * @param parent the parent row, or null for a dinas total the table does not print
   * @param printed the parent's printed amount in that column, or null
   * @param parts the children's amounts added
   * @param total whether the parent is the dinas (or urusan) total
   */
  public record Sum(Line parent, FactRow printed, List<FactRow> parts, double sum, boolean total) {
    public boolean disagrees() {
      return printed != null && !printed.malformed()
          && Math.abs(printed.value() - sum) > 0.5 + 1e-9 * Math.abs(sum);
    }
  }

  private TableSums() {}

  static int rank(String level) {
    if (level == null) {
      return -1;
    }
    return switch (level) {
      case "dinas", "urusan" -> 0;
      case "program" -> 1;
      case "kegiatan" -> 2;
      case "sub_kegiatan" -> 3;
      case "jenis_belanja" -> 10;
      default -> -1;
    };
  }

  static boolean isAmount(FactRow f) {
    return MetricKey.ANGGARAN.equals(f.metric()) && f.measure() != null && MEASURES.contains(f.measure()) && f.year() != null
        && !f.has(FactRow.SECONDARY) && (f.unit() == null || f.unit().equals("Rp"));
  }

  /** The sums of one table's facts (all of one document and table). */
  public static List<Sum> of(List<FactRow> tableFacts) {
    List<Line> lines = lines(tableFacts);
    List<Sum> sums = new ArrayList<>();
    Map<Line, List<Line>> children = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.rank() == 2 || line.rank() == 3) {
        Line parent = parentOf(lines, i);
        if (parent != null) {
          children.computeIfAbsent(parent, p -> new ArrayList<>()).add(line);
        }
      }
    }
    List<Line> totals = lines.stream().filter(l -> l.rank() == 0).toList();
    List<Line> programs = lines.stream().filter(l -> l.rank() == 1).toList();
    List<Line> jenis = lines.stream().filter(l -> l.rank() == 10).toList();
    List<Line> totalChildren = List.of();
    if (!programs.isEmpty() && jenis.isEmpty()) {
      totalChildren = programs;
    } else if (programs.isEmpty() && !jenis.isEmpty()) {
      totalChildren = jenisHierarchy(jenis, children);
    }
    for (Map.Entry<Line, List<Line>> e : children.entrySet()) {
      sums.addAll(sums(e.getKey(), e.getValue(), false));
    }
    if (totals.size() == 1) {
      sums.addAll(sums(totals.get(0), totalChildren, true));
    } else if (totals.isEmpty() && totalChildren.size() >= 2) {
      sums.addAll(sums(null, totalChildren, true));
    }
    return sums;
  }

  private static List<Line> lines(List<FactRow> tableFacts) {
    Map<Integer, List<FactRow>> byRow = new TreeMap<>();
    for (FactRow f : tableFacts) {
      if (f.rowNo() != null && rank(f.level()) >= 0) {
        byRow.computeIfAbsent(f.rowNo(), r -> new ArrayList<>()).add(f);
      }
    }
    List<Line> lines = new ArrayList<>();
    byRow.forEach((rowNo, facts) -> {
      FactRow first = facts.get(0);
      List<FactRow> amounts = facts.stream().filter(TableSums::isAmount).toList();
      lines.add(new Line(rowNo, first.level(), first.kode(), first.subject(), amounts));
    });
    return lines;
  }

  /** The kegiatan above a sub-kegiatan, or the program above a kegiatan; null where it is not printed. */
  static Line parentOf(List<Line> lines, int index) {
    Line child = lines.get(index);
    for (int i = index - 1; i >= 0; i--) {
      Line candidate = lines.get(i);
      int rank = candidate.rank();
      if (rank >= child.rank() || rank == 10) {
        continue;
      }
      if (rank == 0) {
        return null;
      }
      boolean coded = candidate.kode() != null && child.kode() != null;
      if (rank == child.rank() - 1 && (!coded || child.kode().startsWith(candidate.kode() + "."))) {
        return candidate;
      }
      if (!coded) {
        return null; // the level between them is missing: do not guess
      }
    }
    return null;
  }

  /** The top jenis belanja rows, with the rows below each recorded as its children. */
  private static List<Line> jenisHierarchy(List<Line> jenis, Map<Line, List<Line>> children) {
    boolean old = jenis.stream().anyMatch(l -> OLD_TOP.contains(l.name()));
    List<String> tops = old ? OLD_TOP : NEW_TOP;
    List<Line> topLines = new ArrayList<>();
    Line current = null;
    for (Line line : jenis) {
      boolean top = tops.contains(line.name())
          && (current == null || !current.name().equals(line.name()));
      if (top) {
        current = line;
        topLines.add(line);
      } else if (current != null) {
        children.computeIfAbsent(current, p -> new ArrayList<>()).add(line);
      }
    }
    return topLines;
  }

  private static List<Sum> sums(Line parent, List<Line> kids, boolean total) {
    Map<Column, List<FactRow>> parts = new LinkedHashMap<>();
    for (Line kid : kids) {
      Map<Column, FactRow> firstPerColumn = new LinkedHashMap<>();
      for (FactRow f : kid.amounts()) {
        firstPerColumn.putIfAbsent(Column.of(f), f);
      }
      firstPerColumn.forEach((c, f) -> parts.computeIfAbsent(c, k -> new ArrayList<>()).add(f));
    }
    List<Sum> sums = new ArrayList<>();
    for (Map.Entry<Column, List<FactRow>> e : parts.entrySet()) {
      List<FactRow> added = e.getValue();
      if (added.stream().anyMatch(FactRow::malformed)) {
        continue; // a malformed child has its own finding; its sum would be noise
      }
      double sum = added.stream().mapToDouble(FactRow::value).sum();
      FactRow printed = parent == null ? null : printedIn(parent, e.getKey());
      if (parent != null && printed == null && parent.amounts().isEmpty()) {
        continue; // a parent row that prints no amounts at all is a heading, not a gap to fill
      }
      sums.add(new Sum(parent, printed, added, sum, total));
    }
    return sums;
  }

  private static FactRow printedIn(Line parent, Column column) {
    for (FactRow f : parent.amounts()) {
      if (Column.of(f).equals(column)) {
        return f;
      }
    }
    List<FactRow> sameValue =
        parent.amounts().stream()
            .filter(f -> Objects.equals(f.measure(), column.measure()) && Objects.equals(f.stage(), column.stage())
                && f.year() == column.year())
            .collect(Collectors.toList());
    return sameValue.size() == 1 ? sameValue.get(0) : null;
  }
}
