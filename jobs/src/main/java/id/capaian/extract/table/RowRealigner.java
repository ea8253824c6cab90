package id.capaian.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts every row on the table's columns. Rows whose fields drift (a missing leading cell, extra
 * padding, a label written one cell early) are realigned by content, not position: each column has
 * a profile of what it holds (labels, values, amounts, codes), learnt from the rows that fill the
 * table's width and from its header, and a row's non-empty cells are placed, in order, on the
 * columns that fit them best, keeping the spacing the source printed between them.
 */
public final class RowRealigner {
  private RowRealigner() {}

  // Kind groups.
  static final int LABEL = 0;
  static final int VALUE = 1;
  static final int MONEY = 2;
  static final int CODE = 3;
  static final int DASH = 4;
  private static final int GROUPS = 5;

  /** Cost of a cell of group [row] in a column holding group [col]. */
  private static final double[][] DIST = {
    // LABEL VALUE MONEY CODE DASH
    {0.0, 2.5, 3.0, 2.5, 1.5}, // LABEL
    {2.5, 0.0, 1.2, 2.0, 0.3}, // VALUE
    {3.0, 1.2, 0.0, 2.5, 0.3}, // MONEY
    {2.0, 2.0, 2.5, 0.0, 1.0}, // CODE
    {1.2, 0.1, 0.1, 0.6, 0.0}, // DASH
  };

  /** Cost per column of changing the spacing the source printed between two cells. */
  private static final double SPACING = 0.7;

  /** Cost per column of moving a cell from where the source put it; breaks ties only. */
  private static final double DISPLACEMENT = 0.05;

  /** Dropping a placeholder dash that has no column left (padding overflow). */
  private static final double DROP_DASH = 1.5;

  private static final double DROP_TRAILING_DASH = 0.2;

  /** A row stays where the source put it unless content placement is this much better. */
  private static final double KEEP_MARGIN = 0.3;

  private static final double HINT_WEIGHT = 2.0;

  /** Cost of putting content in a column that rows of this sort leave empty. */
  private static final double EMPTY_PENALTY = 1.0;

  /** Rows of a sort needed before their own profile is trusted. */
  private static final int MIN_SORT_ROWS = 3;

  /**
   * Rows of one table come in sorts that fill different columns: coded rows, extra indicator rows
   * (values, no code), itemised amount rows, label-only rows. A sort is three bits: has a code,
   * has an amount, has any value.
   */
  private static final int SORTS = 8;

  static int sortOf(WorkRow row, int codeCol) {
    boolean code = false;
    boolean money = false;
    boolean value = false;
    for (int c = 0; c < row.size(); c++) {
      CellKind kind = row.kind(c);
      code |= kind == CellKind.CODE && (c == codeCol || c == row.codeCell);
      money |= kind == CellKind.AMOUNT;
      value |= kind.isValue() && kind != CellKind.DASH;
    }
    return (code ? 1 : 0) | (money ? 2 : 0) | (value ? 4 : 0);
  }

  private static final double SMOOTHING = 0.1;

  static int group(CellKind kind) {
    return switch (kind) {
      case TEXT -> LABEL;
      case PERCENT, UNIT, NUMBER -> VALUE;
      case AMOUNT -> MONEY;
      case CODE -> CODE;
      case DASH -> DASH;
      case EMPTY -> -1;
    };
  }

  /** Per column: weight of each kind group it holds. */
  static final class Profile {
    final double[][] weights;
    /** Per column, how often rows left it empty: all rows, and rows of each sort. */
    final double[] empty;
    final double[][] emptyBySort;
    final int width;
    int rows;
    final int[] rowsBySort = new int[SORTS];
    int codeCol = -1;

    Profile(int width) {
      this.width = width;
      this.weights = new double[width][GROUPS];
      this.empty = new double[width];
      this.emptyBySort = new double[SORTS][width];
    }

    double cost(int g, int col) {
      return cost(g, col, -1);
    }

    /** Fit of a cell of group g in column col, for a row of the given sort (-1: any). */
    double cost(int g, int col, int sort) {
      double[] cached = costs[sort + 1][g];
      if (cached == null) {
        cached = new double[width];
        for (int c = 0; c < width; c++) {
          cached[c] = computeCost(g, c, sort);
        }
        costs[sort + 1][g] = cached;
      }
      return cached[col];
    }

    /** Costs are looked up in the placement's inner loop; the profile is fixed once learnt. */
    private final double[][][] costs = new double[SORTS + 1][GROUPS][];

    private double computeCost(int g, int col, int sort) {
      double[] w = weights[col];
      double total = 0;
      for (double x : w) {
        total += x;
      }
      double cost = 1.0;
      if (total > 0) {
        cost = 0;
        for (int k = 0; k < GROUPS; k++) {
          cost += w[k] / total * DIST[g][k];
        }
      }
      int codeBitRows = 0;
      double codeBitEmpty = 0;
      if (sort >= 0) {
        for (int other = 0; other < SORTS; other++) {
          if ((other & 1) == (sort & 1)) {
            codeBitRows += rowsBySort[other];
            codeBitEmpty += emptyBySort[other][col];
          }
        }
      }
      if (sort >= 0 && rowsBySort[sort] >= MIN_SORT_ROWS) {
        cost += EMPTY_PENALTY * emptyBySort[sort][col] / rowsBySort[sort];
      } else if (codeCol >= 0 && codeBitRows >= MIN_SORT_ROWS) {
        // too few rows of this very sort: rows with (or without) a code like it
        cost += EMPTY_PENALTY * codeBitEmpty / codeBitRows;
      } else if (rows >= MIN_SORT_ROWS) {
        cost += EMPTY_PENALTY * empty[col] / rows;
      }
      return cost;
    }

    /** The group that dominates a column, or -1. */
    int dominant(int col) {
      int best = -1;
      double bestWeight = 0;
      for (int k = 0; k < GROUPS; k++) {
        if (weights[col][k] > bestWeight) {
          best = k;
          bestWeight = weights[col][k];
        }
      }
      return best;
    }
  }

  /** Learns the profile from rows that fill the table's width, plus what the header names. */
  static Profile profile(List<WorkRow> rows, List<String> headerPaths, int width, int codeCol) {
    Profile p = new Profile(width);
    p.codeCol = codeCol;
    for (int c = 0; c < width; c++) {
      int hint = hint(c < headerPaths.size() ? headerPaths.get(c) : "");
      if (hint >= 0) {
        p.weights[c][hint] += HINT_WEIGHT;
      }
    }
    for (WorkRow row : rows) {
      if (row.width() > width) {
        continue;
      }
      int sort = sortOf(row, codeCol);
      p.rows++;
      p.rowsBySort[sort]++;
      for (int c = 0; c < width; c++) {
        int g = group(row.kind(c));
        if (g >= 0) {
          p.weights[c][g] += 1;
        } else {
          p.empty[c]++;
          p.emptyBySort[sort][c]++;
        }
      }
    }
    for (int c = 0; c < width; c++) {
      for (int k = 0; k < GROUPS; k++) {
        p.weights[c][k] += SMOOTHING;
      }
    }
    return p;
  }

  /** What a header label says its column holds, or -1. */
  static int hint(String path) {
    String last = path;
    int sep = path.lastIndexOf(" > ");
    if (sep >= 0) {
      last = path.substring(sep + 3);
    }
    String h = last.toLowerCase(Locale.ROOT);
    if (h.isEmpty()) {
      return -1;
    }
    if (h.startsWith("kode") || h.equals("kode rekening")) {
      return CODE;
    }
    if (containsAny(h, "lokasi", "sumber", "keterangan", "catatan", "uraian", "nama", "program",
        "kegiatan", "indikator", "sasaran", "tujuan", "urusan", "kondisi", "strategi", "kebijakan",
        "satuan", "usulan", "bidang", "jabatan", "status", "predikat", "kategori")) {
      return LABEL;
    }
    if (containsAny(h, "anggaran", "pagu", "dana", "(rp", "rp.", "rupiah", "belanja", "kebutuhan",
        "efisiensi", "apbd", "induk", "perubahan")) {
      return MONEY;
    }
    if (containsAny(h, "%", "persen", "target", "realisasi", "capaian", "tingkat", "rasio", "jumlah",
        "volume") || CellClassifier.isYearLike(last)) {
      return VALUE;
    }
    return -1;
  }

  private static boolean containsAny(String h, String... words) {
    for (String w : words) {
      if (h.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Places each row on exactly {@code width} columns. Tables whose rows all have the same shape
   * are taken as printed; otherwise each row is placed by content when that fits clearly better.
   */
  static void realign(List<WorkRow> rows, Profile profile, int width, boolean drifting) {
    if (!drifting) {
      for (WorkRow row : rows) {
        pad(row, width);
      }
      return;
    }
    int[] segment = new int[rows.size()];
    int[] rawSize = new int[rows.size()];
    int seg = 0;
    for (int r = 0; r < rows.size(); r++) {
      seg += rows.get(r).afterBreak ? 1 : 0;
      segment[r] = seg;
      rawSize[r] = rows.get(r).size();
    }
    List<WorkRow> labelOnly = new ArrayList<>();
    List<Integer> labelOnlyIndex = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      WorkRow row = rows.get(r);
      if (hasValue(row)) {
        place(row, profile, width);
      } else {
        labelOnly.add(new WorkRow(row.line, row.texts, row.cellLines, row.lines, row.afterBreak));
        labelOnlyIndex.add(r);
        place(row, profile, width);
      }
    }
    // Labels alone do not say where they belong: a row of labels takes the layout of the rows
    // printed like it (same page segment, same number of cells) that carry values.
    if (labelOnly.isEmpty()) {
      return;
    }
    java.util.Map<Long, java.util.Map<Integer, Integer>> votes = new java.util.HashMap<>();
    for (int o = 0; o < rows.size(); o++) {
      WorkRow other = rows.get(o);
      if (other.placedAt == null || !hasValue(other)) {
        continue;
      }
      for (int i = 0; i < other.placedAt.length; i++) {
        if (other.placedAt[i] >= 0) {
          votes.computeIfAbsent(layoutKey(segment[o], rawSize[o], i), x -> new java.util.HashMap<>())
              .merge(other.placedAt[i], 1, Integer::sum);
        }
      }
    }
    for (int k = 0; k < labelOnly.size(); k++) {
      int r = labelOnlyIndex.get(k);
      WorkRow original = labelOnly.get(k);
      int[] columns = sharedLayout(votes, segment[r], rawSize[r], original);
      if (columns == null) {
        continue;
      }
      WorkRow row = rows.get(r);
      for (int c = 0; c < width; c++) {
        row.texts.set(c, "");
        row.cellLines.set(c, row.line);
      }
      for (int i = 0; i < original.size(); i++) {
        if (!original.text(i).isEmpty()) {
          row.texts.set(columns[i], original.text(i));
          row.cellLines.set(columns[i], original.cellLines.get(i));
        }
      }
      row.placedAt = columns;
    }
  }

  private static long layoutKey(int segment, int rawSize, int index) {
    return ((long) segment << 32) | ((long) rawSize << 16) | index;
  }

  /**
   * For each printed cell of a label row, the column that rows with values of the same segment and
   * cell count put their cell of that position in (majority); null when some label has no such
   * column or the columns would not keep the printed order.
   */
  private static int[] sharedLayout(
      java.util.Map<Long, java.util.Map<Integer, Integer>> votes, int segment, int rawSize, WorkRow original) {
    int[] columns = new int[original.size()];
    java.util.Arrays.fill(columns, -1);
    int last = -1;
    boolean moved = false;
    for (int i = 0; i < original.size(); i++) {
      if (original.text(i).isEmpty()) {
        continue;
      }
      java.util.Map<Integer, Integer> v = votes.get(layoutKey(segment, rawSize, i));
      int best = -1;
      int bestVotes = 0;
      if (v != null) {
        for (java.util.Map.Entry<Integer, Integer> e : v.entrySet()) {
          if (e.getValue() > bestVotes) {
            best = e.getKey();
            bestVotes = e.getValue();
          }
        }
      }
      if (bestVotes < 2 || best <= last) {
        return null;
      }
      columns[i] = best;
      moved |= best != i;
      last = best;
    }
    return moved ? columns : null;
  }

  private static boolean hasValue(WorkRow row) {
    for (int c = 0; c < row.size(); c++) {
      CellKind kind = row.kind(c);
      if (kind != CellKind.EMPTY && kind != CellKind.TEXT) {
        return true;
      }
    }
    return false;
  }

  /**
   * Realigns in two passes: the first profile comes from rows as printed (the majority layout
   * wins), the second from the rows as the first pass placed them, which sharpens columns that
   * shifted blocks of rows had blurred.
   */
  static Profile realign(List<WorkRow> rows, List<String> headerPaths, int width, int codeCol) {
    Profile first = profile(rows, headerPaths, width, codeCol);
    if (!isDrifting(rows, width)) {
      realign(rows, first, width, false);
      return first;
    }
    List<WorkRow> trial = new ArrayList<>(rows.size());
    for (WorkRow row : rows) {
      WorkRow copy = new WorkRow(row.line, row.texts, row.cellLines, row.lines, row.afterBreak);
      copy.codeCell = row.codeCell;
      trial.add(copy);
    }
    realign(trial, first, width, true);
    Profile second = profile(trial, headerPaths, width, codeCol);
    realign(rows, second, width, true);
    return second;
  }

  /** True when the rows' shapes differ: their field counts vary or exceed the header's width. */
  static boolean isDrifting(List<WorkRow> rows, int width) {
    int size = -1;
    for (WorkRow row : rows) {
      if (row.width() > width) {
        return true;
      }
      if (size >= 0 && row.size() != size) {
        return true;
      }
      size = row.size();
    }
    return false;
  }

  private static void pad(WorkRow row, int width) {
    while (row.texts.size() < width) {
      row.texts.add("");
      row.cellLines.add(row.line);
    }
    if (row.texts.size() > width) {
      // Only empty cells live past the width here (isDrifting checked it).
      row.texts.subList(width, row.texts.size()).clear();
      row.cellLines.subList(width, row.cellLines.size()).clear();
    }
  }

  static void place(WorkRow row, Profile profile, int width) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      if (!row.text(i).isEmpty()) {
        idx.add(i);
      }
    }
    int k = idx.size();
    if (k == 0) {
      pad(row, width);
      return;
    }
    int[] groups = new int[k];
    for (int i = 0; i < k; i++) {
      groups[i] = group(row.kind(idx.get(i)));
    }
    int sort = sortOf(row, profile.codeCol);
    double positional =
        row.width() <= width ? positionalCost(idx, groups, profile, sort) : Double.POSITIVE_INFINITY;
    int[] assign = new int[k];
    // Costs are never negative: a row that already fits within the margin cannot be bettered.
    double best = positional <= KEEP_MARGIN ? positional : bestPlacement(idx, groups, profile, width, assign, sort);
    row.placedAt = identity(row.size(), width);
    if (best == Double.POSITIVE_INFINITY || positional <= best + KEEP_MARGIN) {
      if (row.width() <= width) {
        pad(row, width);
      } else {
        overflow(row, width);
      }
      return;
    }
    List<String> texts = new ArrayList<>(width);
    List<Integer> lines = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      texts.add("");
      lines.add(row.line);
    }
    int codeCell = -1;
    for (int i = 0; i < k; i++) {
      if (assign[i] >= 0) {
        texts.set(assign[i], row.text(idx.get(i)));
        lines.set(assign[i], row.cellLines.get(idx.get(i)));
        if (idx.get(i) == row.codeCell) {
          codeCell = assign[i];
        }
      }
    }
    row.codeCell = codeCell;
    int[] placedAt = new int[row.size()];
    java.util.Arrays.fill(placedAt, -1);
    for (int i = 0; i < k; i++) {
      placedAt[idx.get(i)] = assign[i];
    }
    row.texts.clear();
    row.texts.addAll(texts);
    row.cellLines.clear();
    row.cellLines.addAll(lines);
    row.placedAt = placedAt;
  }

  private static int[] identity(int size, int width) {
    int[] at = new int[size];
    for (int i = 0; i < size; i++) {
      at[i] = i < width ? i : -1;
    }
    return at;
  }

  /** Content that cannot be placed is kept: overflow cells join the last column's text. */
  private static void overflow(WorkRow row, int width) {
    StringBuilder last = new StringBuilder(row.text(width - 1));
    for (int i = width; i < row.size(); i++) {
      String t = row.text(i);
      if (!t.isEmpty() && !CellClassifier.isDash(t)) {
        last.append(last.length() > 0 ? " " : "").append(t);
      }
    }
    row.texts.subList(width, row.texts.size()).clear();
    row.cellLines.subList(width, row.cellLines.size()).clear();
    row.texts.set(width - 1, last.toString());
  }

  private static double positionalCost(List<Integer> idx, int[] groups, Profile profile, int sort) {
    double cost = 0;
    for (int i = 0; i < idx.size(); i++) {
      cost += profile.cost(groups[i], idx.get(i), sort);
    }
    return cost;
  }

  /**
   * Dynamic programme over (cell, column): each non-empty cell goes to a strictly later column
   * than the one before it; only placeholder dashes may be left out. Cost = content fit + spacing
   * changes + a small displacement term. Fills {@code assign} (-1 for a dropped dash).
   */
  static double bestPlacement(
      List<Integer> idx, int[] groups, Profile profile, int width, int[] assign, int sort) {
    int k = idx.size();
    double inf = Double.POSITIVE_INFINITY;
    double[][] dp = new double[k][width];
    int[][] fromCell = new int[k][width];
    int[][] fromCol = new int[k][width];
    // lastKeepable[i]: cells before i that may be dropped run back to here
    int lastSolid = -1;
    int[] solidBefore = new int[k];
    for (int i = 0; i < k; i++) {
      solidBefore[i] = lastSolid;
      if (groups[i] != DASH) {
        lastSolid = i;
      }
    }
    int lastSolidCell = lastSolid;
    // Only dashes may be dropped, so a run of drops costs DROP_DASH per cell when it holds no
    // solid cell (checked through solidBefore) and is impossible otherwise.
    int[] solidPrefix = new int[k + 1];
    for (int i = 0; i < k; i++) {
      solidPrefix[i + 1] = solidPrefix[i] + (groups[i] == DASH ? 0 : 1);
    }
    for (int i = 0; i < k; i++) {
      int r = idx.get(i);
      for (int c = 0; c < width; c++) {
        double here = profile.cost(groups[i], c, sort) + DISPLACEMENT * Math.abs(c - r);
        double bestPrev = solidPrefix[i] == 0 ? DROP_DASH * i : inf; // every earlier cell dropped
        int bestCell = -1;
        int bestCol = -1;
        int from = Math.max(0, solidBefore[i]);
        for (int p = i - 1; p >= from; p--) {
          if (solidPrefix[i] - solidPrefix[p + 1] > 0) {
            break;
          }
          double drops = DROP_DASH * (i - p - 1);
          int rp = idx.get(p);
          for (int q = 0; q < c; q++) {
            if (dp[p][q] == inf) {
              continue;
            }
            double v = dp[p][q] + drops + SPACING * Math.abs((c - q) - (r - rp));
            if (v < bestPrev) {
              bestPrev = v;
              bestCell = p;
              bestCol = q;
            }
          }
        }
        dp[i][c] = bestPrev == inf ? inf : here + bestPrev;
        fromCell[i][c] = bestCell;
        fromCol[i][c] = bestCol;
      }
    }
    double best = inf;
    int endCell = -1;
    int endCol = -1;
    for (int i = Math.max(0, lastSolidCell); i < k; i++) {
      double trailing = 0;
      for (int t = i + 1; t < k; t++) {
        trailing += DROP_TRAILING_DASH;
      }
      for (int c = 0; c < width; c++) {
        if (dp[i][c] + trailing < best) {
          best = dp[i][c] + trailing;
          endCell = i;
          endCol = c;
        }
      }
    }
    java.util.Arrays.fill(assign, -1);
    int i = endCell;
    int c = endCol;
    while (i >= 0) {
      assign[i] = c;
      int pi = fromCell[i][c];
      int pc = fromCol[i][c];
      i = pi;
      c = pc;
    }
    return best;
  }
}
