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
}
