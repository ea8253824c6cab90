package id.capaian.analytics.job;

import id.capaian.analytics.BudgetTrend;
import id.capaian.analytics.Candidate;
import id.capaian.analytics.Finding;
import id.capaian.analytics.KoperasiTrend;
import id.capaian.analytics.LatestValues;
import id.capaian.analytics.MetricKey;
import id.capaian.analytics.Reconciled;
import id.capaian.analytics.RegionRanking;
import id.capaian.analytics.WirausahaTrend;
import id.capaian.reference.Region;
import id.capaian.reference.Regions;
import id.capaian.warehouse.RowBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;

/** The analytics records as rows of their datasets (columns by name, checked against the contracts). */
final class OutputRows {
  private OutputRows() {}

  static String regionName(String code) {
    return Regions.defaults().byCode(code).map(Region::name).orElse(null);
  }

  static Optional<Region> region(String code) {
    return Regions.defaults().byCode(code);
  }

  private static RowBuilder key(RowBuilder b, MetricKey k, boolean withStageAndItem) {
    b.set("region_code", k.regionCode()).set("metric", k.metric()).set("measure", k.measure())
        .set("year", k.year()).set("level", k.level()).set("kode", k.kode());
    if (withStageAndItem) {
      b.set("stage", k.stage()).set("item", k.item());
    }
    return b;
  }

  static Row metricValue(Reconciled r) {
    Candidate c = r.chosen();
    return key(RowBuilder.of("metric_values"), r.key(), true)
        .set("region_name", regionName(r.key().regionCode()))
        .set("value", r.value()).set("unit", c.unit())
        .set("n_candidates", r.ranked().size()).set("n_documents", r.documents())
        .set("min_value", r.min()).set("max_value", r.max())
        .set("conflict", r.conflict()).set("rule", r.rule())
        .set("fact_id", c.factId()).set("doc_id", c.docId()).set("source_file", c.sourceFile())
        .set("doc_type", c.docType()).set("table_no", c.tableNo()).set("source_line", c.sourceLine())
        .set("derived", c.derived())
        .build();
  }

  static List<Row> candidates(Reconciled r) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < r.ranked().size(); i++) {
      Candidate c = r.ranked().get(i);
      rows.add(key(RowBuilder.of("metric_candidates"), r.key(), true)
          .set("fact_id", c.factId()).set("doc_id", c.docId()).set("source_file", c.sourceFile())
          .set("doc_type", c.docType()).set("doc_year", c.docYear()).set("table_no", c.tableNo())
          .set("row_no", c.rowNo()).set("source_line", c.sourceLine()).set("value", c.value())
          .set("decimals", c.decimals()).set("unit", c.unit()).set("raw_text", c.rawText())
          .set("flags", c.flags()).set("origin", c.origin().label()).set("rank", i + 1).set("chosen", i == 0)
          .build());
    }
    return rows;
  }

  static Row finding(Finding f) {
    return RowBuilder.of("dq_findings")
        .set("finding_id", f.findingId()).set("doc_id", f.docId()).set("source_file", f.sourceFile())
        .set("related_doc_id", f.relatedDocId()).set("region_code", f.regionCode())
        .set("check_name", f.check().label()).set("severity", f.severity()).set("metric", f.metric())
        .set("measure", f.measure()).set("year", f.year()).set("kode", f.kode()).set("message", f.message())
        .set("source_lines", f.sourceLines()).set("expected", f.expected()).set("actual", f.actual())
        .build();
  }

  static Row koperasi(KoperasiTrend.Row t) {
    return RowBuilder.of("trend_koperasi_aktif")
        .set("region_code", t.regionCode()).set("region_name", regionName(t.regionCode())).set("year", t.year())
        .set("koperasi_jumlah", t.jumlah()).set("koperasi_aktif", t.aktif())
        .set("koperasi_tidak_aktif", t.tidakAktif()).set("aktif_pct_target", t.pctTarget())
        .set("aktif_pct_realisasi", t.pctRealisasi()).set("aktif_pct_capaian", t.pctCapaian())
        .set("aktif_pct_from_counts", t.pctFromCounts()).set("capaian_recomputed", t.capaianRecomputed())
        .set("yoy_change", t.yoyChange()).set("segment", t.segment()).set("break_before", t.breakBefore())
        .set("break_reason", t.breakReason()).set("cagr_pct", t.cagrPct()).set("conflict", t.conflict())
        .build();
  }

  static Row wirausaha(WirausahaTrend.Row t) {
    return RowBuilder.of("trend_wirausaha")
        .set("region_code", t.regionCode()).set("region_name", regionName(t.regionCode()))
        .set("metric", t.metric()).set("year", t.year()).set("unit", t.unit()).set("target", t.target())
        .set("realisasi", t.realisasi()).set("capaian_printed", t.capaianPrinted())
        .set("capaian_recomputed", t.capaianRecomputed()).set("numerator", t.numerator())
        .set("denominator", t.denominator()).set("ratio_recomputed", t.ratioRecomputed())
        .set("yoy_change", t.yoyChange()).set("segment", t.segment()).set("break_before", t.breakBefore())
        .set("break_reason", t.breakReason()).set("cagr_pct", t.cagrPct()).set("conflict", t.conflict())
        .build();
  }

  static Row budget(BudgetTrend.Row t) {
    return RowBuilder.of("trend_budget_realization")
        .set("region_code", t.regionCode()).set("region_name", regionName(t.regionCode())).set("year", t.year())
        .set("level", t.level()).set("kode", t.kode()).set("item", t.item())
        .set("pagu_induk", t.paguInduk()).set("pagu_perubahan", t.paguPerubahan())
        .set("pagu_rancangan", t.paguRancangan()).set("pagu_penetapan", t.paguPenetapan())
        .set("pagu_prakiraan", t.paguPrakiraan()).set("pagu_unstaged", t.paguUnstaged())
        .set("pagu_final", t.paguFinal()).set("pagu_final_stage", t.paguFinalStage())
        .set("realisasi", t.realisasi()).set("serapan_pct_printed", t.serapanPrinted())
        .set("serapan_pct_recomputed", t.serapanRecomputed()).set("derived", t.derived())
        .set("derived_from", t.derivedFrom()).set("yoy_change_pct", t.yoyChangePct())
        .set("segment", t.segment()).set("break_before", t.breakBefore()).set("break_reason", t.breakReason())
        .set("cagr_pct", t.cagrPct()).set("conflict", t.conflict())
        .build();
  }

  static Row comparison(RegionRanking.Row c) {
    MetricKey k = c.key();
    Optional<Region> region = region(k.regionCode());
    return RowBuilder.of("compare_regions")
        .set("metric", k.metric()).set("measure", k.measure()).set("year", k.year()).set("stage", k.stage())
        .set("region_code", k.regionCode()).set("region_name", region.map(Region::name).orElse(null))
        .set("province_code", c.provinceCode())
        .set("province_name", region.map(Region::provinceName).orElse(null))
        .set("value", c.value()).set("unit", c.unit()).set("rank_in_province", c.rankInProvince())
        .set("n_in_province", c.nInProvince()).set("rank_overall", c.rankOverall())
        .set("n_overall", c.nOverall()).set("best_value", c.bestValue()).set("gap_to_best", c.gapToBest())
        .build();
  }

  static Row latest(LatestValues.Row l) {
    MetricKey k = l.line();
    return RowBuilder.of("latest_values")
        .set("region_code", k.regionCode()).set("region_name", regionName(k.regionCode()))
        .set("metric", k.metric()).set("level", k.level()).set("kode", k.kode()).set("item", k.item())
        .set("unit", l.unit()).set("latest_realisasi", l.realisasi())
        .set("latest_realisasi_year", l.realisasiYear()).set("latest_target", l.target())
        .set("latest_target_year", l.targetYear()).set("latest_target_stage", l.targetStage())
        .build();
  }

  static Row region(Region r) {
    return RowBuilder.of("regions")
        .set("region_code", r.code()).set("region_name", r.name()).set("kind", r.kind())
        .set("short_name", r.shortName()).set("province_code", r.provinceCode())
        .set("province_name", r.provinceName())
        .build();
  }
}
