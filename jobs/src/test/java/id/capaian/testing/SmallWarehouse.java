package id.capaian.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A tiny warehouse written by hand for the serving tests: two documents (Kota Semarang's Renja 2024 and
 * Kota Depok's LKjIP 2023) with a few of the facts such documents state, in our own words.
 */
public final class SmallWarehouse {
  public static final String SEMARANG_DOC = "a1".repeat(32);
  public static final String DEPOK_DOC = "b2".repeat(32);

  private SmallWarehouse() {}

  public static void writeIngest(Path root) throws Exception {
    ParquetFixture.write(root, "documents", List.of(
        Map.ofEntries(Map.entry("doc_id", SEMARANG_DOC), Map.entry("source_file", "semarang-renja-2024.txt"),
            Map.entry("sha256", SEMARANG_DOC), Map.entry("bytes", 1200), Map.entry("doc_type", "RENJA"),
            Map.entry("region_code", "3374"), Map.entry("region_name", "KOTA SEMARANG"),
            Map.entry("province_code", "33"), Map.entry("plan_year", 2024), Map.entry("n_tables", 1),
            Map.entry("status", "accepted")),
        Map.ofEntries(Map.entry("doc_id", DEPOK_DOC), Map.entry("source_file", "depok-lkjip-2023.txt"),
            Map.entry("sha256", DEPOK_DOC), Map.entry("bytes", 900), Map.entry("doc_type", "LKJIP"),
            Map.entry("region_code", "3276"), Map.entry("region_name", "KOTA DEPOK"),
            Map.entry("province_code", "32"), Map.entry("plan_year", 2023), Map.entry("n_tables", 1),
            Map.entry("status", "accepted")),
        Map.of("doc_id", "c3".repeat(32), "source_file", "notes.txt", "sha256", "c3".repeat(32), "bytes", 10,
            "n_tables", 0, "status", "rejected", "error", "no title page")));
    ParquetFixture.write(root, "doc_text", List.of(
        Map.of("doc_id", SEMARANG_DOC, "source_file", "semarang-renja-2024.txt",
            "text", "RENJA 2024\r\nKoperasi aktif tahun 2022 ada 561 unit dari 732 unit.\r\n"),
        Map.of("doc_id", DEPOK_DOC, "source_file", "depok-lkjip-2023.txt",
            "text", "LKjIP 2023\n| Tahun | Pagu | Realisasi | % |\n| 2023 | 100 | 90,5 | 90,50 |\n")));
    // The reader's lines of those texts (carriage returns dropped), sorted by doc_id, as ingest writes them.
    ParquetFixture.write(root, "document_lines", List.of(
        line(SEMARANG_DOC, "semarang-renja-2024.txt", 1, "RENJA 2024"),
        line(SEMARANG_DOC, "semarang-renja-2024.txt", 2, "Koperasi aktif tahun 2022 ada 561 unit dari 732 unit."),
        line(DEPOK_DOC, "depok-lkjip-2023.txt", 1, "LKjIP 2023"),
        line(DEPOK_DOC, "depok-lkjip-2023.txt", 2, "| Tahun | Pagu | Realisasi | % |"),
        line(DEPOK_DOC, "depok-lkjip-2023.txt", 3, "| 2023 | 100 | 90,5 | 90,50 |")));
  }

  private static Map<String, Object> line(String doc, String file, int number, String text) {
    return Map.of("doc_id", doc, "source_file", file, "source_line", number, "line", text);
  }

  public static void writeFacts(Path root) throws Exception {
    ParquetFixture.write(root, "facts", List.of(
        fact("f1", SEMARANG_DOC, "semarang-renja-2024.txt", "3374", "RENJA", 2, "koperasi_aktif", "realisasi",
            null, 2022, 561, "unit", "ada 561 unit"),
        fact("f2", SEMARANG_DOC, "semarang-renja-2024.txt", "3374", "RENJA", 2, "koperasi_jumlah", "realisasi",
            null, 2022, 732, "unit", "dari 732 unit"),
        fact("f3", DEPOK_DOC, "depok-lkjip-2023.txt", "3276", "LKJIP", 3, "anggaran", "serapan_pct",
            null, 2023, 90.50, "%", "90,50")));
  }

  public static Map<String, Object> fact(String id, String doc, String file, String region, String type, int line,
      String metric, String measure, String stage, int year, double value, String unit, String raw) {
    java.util.HashMap<String, Object> row = new java.util.HashMap<>();
    row.put("fact_id", id);
    row.put("doc_id", doc);
    row.put("source_file", file);
    row.put("region_code", region);
    row.put("doc_type", type);
    row.put("source_line", line);
    row.put("level", "dinas");
    row.put("metric", metric);
    row.put("measure", measure);
    row.put("stage", stage);
    row.put("year", year);
    row.put("value", value);
    row.put("unit", unit);
    row.put("raw_text", raw);
    row.put("flags", List.of());
    return row;
  }

  /** Key-value pairs as a row; nulls allowed. */
  public static Map<String, Object> row(Object... keysAndValues) {
    java.util.HashMap<String, Object> row = new java.util.HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  /**
   * What the analytics stage would make of two regions: cooperatives of Semarang (2021-2022, a
   * realisasi series and targets), wirausaha of Depok, both agencies' budgets, rankings, latest values
   * and two findings.
   */
  public static void writeAnalytics(Path root) throws Exception {
    String sem = "semarang-renja-2024.txt";
    String dep = "depok-lkjip-2023.txt";
    ParquetFixture.write(root, "metric_values", List.of(
        value("3374", "koperasi_aktif_pct", "realisasi", 2021, 75.1, "%", SEMARANG_DOC, sem, "RENJA", 4),
        value("3374", "koperasi_aktif_pct", "realisasi", 2022, 76.64, "%", SEMARANG_DOC, sem, "RENJA", 4),
        value("3374", "koperasi_aktif_pct", "target", 2022, 76.0, "%", SEMARANG_DOC, sem, "RENJA", 4),
        value("3374", "koperasi_aktif_pct", "target", 2023, 77.0, "%", SEMARANG_DOC, sem, "RENJA", 4),
        value("3374", "koperasi_aktif", "realisasi", 2022, 561, "unit", SEMARANG_DOC, sem, "RENJA", 2),
        value("3374", "koperasi_jumlah", "realisasi", 2022, 732, "unit", SEMARANG_DOC, sem, "RENJA", 2),
        value("3276", "koperasi_aktif_pct", "realisasi", 2022, 70.2, "%", DEPOK_DOC, dep, "LKJIP", 5),
        value("3276", "koperasi_aktif_pct", "target", 2022, 72.0, "%", DEPOK_DOC, dep, "LKJIP", 5),
        value("3276", "wirausaha_pct", "realisasi", 2022, 0.70, "%", DEPOK_DOC, dep, "LKJIP", 6),
        value("3276", "wirausaha_pct", "realisasi", 2023, 0.74, "%", DEPOK_DOC, dep, "LKJIP", 6),
        value("3276", "wirausaha_pct", "target", 2023, 0.72, "%", DEPOK_DOC, dep, "LKJIP", 6),
        value("3276", "anggaran", "serapan_pct", 2023, 90.50, "%", DEPOK_DOC, dep, "LKJIP", 3)));
    ParquetFixture.write(root, "metric_candidates", List.of(
        row("region_code", "3276", "metric", "anggaran", "measure", "serapan_pct", "year", 2023, "level", "dinas",
            "fact_id", "f3", "doc_id", DEPOK_DOC, "source_file", dep, "doc_type", "LKJIP", "table_no", 1,
            "source_line", 3, "value", 90.50, "decimals", 2, "unit", "%", "raw_text", "90,50", "flags", List.of(),
            "origin", "table", "rank", 1, "chosen", true),
        row("region_code", "3276", "metric", "anggaran", "measure", "serapan_pct", "year", 2023, "level", "dinas",
            "fact_id", "f9", "doc_id", DEPOK_DOC, "source_file", dep, "doc_type", "LKJIP", "source_line", 2,
            "value", 90.5, "decimals", 1, "unit", "%", "raw_text", "90,5", "flags", List.of(), "origin", "prose",
            "rank", 2, "chosen", false)));
    ParquetFixture.write(root, "trend_koperasi_aktif", List.of(
        row("region_code", "3374", "region_name", "KOTA SEMARANG", "year", 2021, "aktif_pct_realisasi", 75.1,
            "segment", 1, "break_before", false, "conflict", false),
        row("region_code", "3374", "region_name", "KOTA SEMARANG", "year", 2022, "koperasi_jumlah", 732.0,
            "koperasi_aktif", 561.0, "aktif_pct_target", 76.0, "aktif_pct_realisasi", 76.64,
            "aktif_pct_from_counts", 76.64, "capaian_recomputed", 100.84, "yoy_change", 1.54, "segment", 1,
            "break_before", false, "cagr_pct", 2.05, "conflict", false),
        row("region_code", "3276", "region_name", "KOTA DEPOK", "year", 2022, "aktif_pct_target", 72.0,
            "aktif_pct_realisasi", 70.2, "segment", 1, "break_before", false, "conflict", false)));
    ParquetFixture.write(root, "trend_wirausaha", List.of(
        row("region_code", "3276", "region_name", "KOTA DEPOK", "metric", "wirausaha_pct", "year", 2022,
            "unit", "%", "realisasi", 0.70, "segment", 1, "break_before", false, "conflict", false),
        row("region_code", "3276", "region_name", "KOTA DEPOK", "metric", "wirausaha_pct", "year", 2023,
            "unit", "%", "target", 0.72, "realisasi", 0.74, "capaian_recomputed", 102.78, "numerator", 10167.0,
            "denominator", 1371808.0, "ratio_recomputed", 0.74, "yoy_change", 0.04, "segment", 1,
            "break_before", false, "conflict", false)));
    ParquetFixture.write(root, "trend_budget_realization", List.of(
        budget("3374", "KOTA SEMARANG", 2021, 20.0e9, 16.222e9, 81.11),
        budget("3374", "KOTA SEMARANG", 2022, 22.5e9, 18.852082292e9, 83.79),
        budget("3276", "KOTA DEPOK", 2022, 30.0e9, 26.586e9, 88.62),
        budget("3276", "KOTA DEPOK", 2023, 32.300612788e9, 29.232e9, 90.50),
        row("region_code", "3276", "region_name", "KOTA DEPOK", "year", 2023, "level", "program", "kode", "2.17.07",
            "pagu_final", 4.5e9, "pagu_final_stage", "induk", "pagu_induk", 4.5e9, "derived", false,
            "segment", 1, "break_before", false, "conflict", false)));
    ParquetFixture.write(root, "compare_regions", List.of(
        compare("3374", "KOTA SEMARANG", "33", "JAWA TENGAH", 76.64, 1),
        compare("3276", "KOTA DEPOK", "32", "JAWA BARAT", 70.2, 2)));
    ParquetFixture.write(root, "latest_values", List.of(
        row("region_code", "3374", "region_name", "KOTA SEMARANG", "metric", "koperasi_aktif_pct", "unit", "%",
            "latest_realisasi", 76.64, "latest_realisasi_year", 2022, "latest_target", 77.0,
            "latest_target_year", 2023)));
    ParquetFixture.write(root, "dq_findings", List.of(
        row("finding_id", "q1", "doc_id", DEPOK_DOC, "source_file", dep, "region_code", "3276",
            "check_name", "total_sum", "severity", "error", "metric", "anggaran", "measure", "pagu", "year", 2023,
            "message", "Tabel 1: rows sum to 100 while the total prints 90,5 (lines 2-3)",
            "source_lines", List.of(2, 3), "expected", 100.0, "actual", 90.5),
        row("finding_id", "q2", "doc_id", SEMARANG_DOC, "source_file", sem, "related_doc_id", DEPOK_DOC,
            "region_code", "3374", "check_name", "same_key_values", "severity", "warning",
            "message", "two documents disagree", "source_lines", List.of(2, 3))));
  }

  private static Map<String, Object> value(String region, String metric, String measure, int year, double value,
      String unit, String doc, String file, String type, int line) {
    return row("region_code", region, "metric", metric, "measure", measure, "year", year, "value", value,
        "unit", unit, "n_candidates", 1, "n_documents", 1, "min_value", value, "max_value", value,
        "conflict", false, "rule", "only_candidate", "doc_id", doc, "source_file", file, "doc_type", type,
        "source_line", line, "derived", false, "level", metric.equals("anggaran") ? "dinas" : null);
  }

  private static Map<String, Object> budget(String region, String name, int year, double pagu, double realisasi,
      double serapan) {
    return row("region_code", region, "region_name", name, "year", year, "level", "dinas", "pagu_perubahan", pagu,
        "pagu_final", pagu, "pagu_final_stage", "perubahan", "realisasi", realisasi, "serapan_pct_printed", serapan,
        "serapan_pct_recomputed", Math.round(10000 * realisasi / pagu) / 100.0, "derived", false, "segment", 1,
        "break_before", false, "conflict", false);
  }

  private static Map<String, Object> compare(String region, String name, String province, String provinceName,
      double value, int rank) {
    return row("metric", "koperasi_aktif_pct", "measure", "realisasi", "year", 2022, "region_code", region,
        "region_name", name, "province_code", province, "province_name", provinceName, "value", value, "unit", "%",
        "rank_in_province", 1, "n_in_province", 1, "rank_overall", rank, "n_overall", 2, "best_value", 76.64,
        "gap_to_best", Math.round(100 * (76.64 - value)) / 100.0);
  }
}
