package id.capaian.serve.report;

import id.capaian.serve.WarehouseDb;
import id.capaian.warehouse.Warehouse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The comparison report: one self-contained HTML file (styles, SVG charts and a few lines of script
 * inline; nothing fetched when it is opened) with the trend of each key metric across regions, target
 * against realisasi, the agencies' budget serapan by year, the comparison tables and the data-quality
 * findings beside the lines they point to.
 */
public final class ReportBuilder {
  private static final String TARGET_GREY = "#9AA5B1";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final ReportData data;
  private final String source;
  private final Instant generated;
  private final Map<String, String> regionColours = new LinkedHashMap<>();

  ReportBuilder(ReportData data, String source, Instant generated) {
    this.data = data;
    this.source = source;
    this.generated = generated;
    TreeSet<String> regions = new TreeSet<>();
    data.indicators().forEach(v -> regions.add(v.regionCode()));
    data.budgets().forEach(b -> regions.add(b.regionCode()));
    int i = 0;
    for (String region : regions) {
      regionColours.put(region, Palette.colour(i++));
    }
  }

  /** Reads the published warehouse and writes the report to {@code out} (temporary name, then renamed). */
  public static Path write(Warehouse warehouse, Path out, Instant generated) throws SQLException, IOException {
    ReportData data;
    try (Connection connection = WarehouseDb.openReadOnly(warehouse)) {
      data = ReportData.read(connection);
    }
    String html = new ReportBuilder(data, warehouse.root().toString(), generated).html();
    Path target = out.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temporary = target.resolveSibling("." + target.getFileName() + ".writing");
    try {
      Files.writeString(temporary, html, StandardCharsets.UTF_8);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
    return target;
  }

  String html() {
    StringBuilder html = new StringBuilder();
    html.append("<!doctype html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Capaian: laporan perbandingan daerah</title>\n<style>\n").append(STYLE).append("</style>\n")
        .append("</head>\n<body>\n");
    header(html);
    trends(html);
    targetVersusRealisasi(html);
    budget(html);
    comparisons(html);
    findings(html);
    html.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private void header(StringBuilder html) {
    ReportData.Summary s = data.summary();
    html.append("<header>\n<h1>Capaian: laporan perbandingan daerah</h1>\n")
        .append("<p class=\"meta\">Gudang data <code>").append(Html.escape(source)).append("</code>, dibuat ")
        .append(STAMP.format(generated)).append(".</p>\n<ul class=\"summary\">\n");
    summaryItem(html, "dokumen", s.documents());
    summaryItem(html, "daerah", s.regions());
    summaryItem(html, "fakta", s.facts());
    summaryItem(html, "nilai terekonsiliasi", s.values());
    summaryItem(html, "temuan error", s.errors());
    summaryItem(html, "temuan peringatan", s.warnings());
    html.append("</ul>\n<nav><a href=\"#tren\">Tren</a> <a href=\"#target-realisasi\">Target dan realisasi</a>")
        .append(" <a href=\"#anggaran\">Serapan anggaran</a> <a href=\"#perbandingan\">Perbandingan</a>")
        .append(" <a href=\"#temuan\">Temuan kualitas data</a></nav>\n</header>\n");
  }

  private static void summaryItem(StringBuilder html, String label, long value) {
    html.append("<li><strong>").append(Html.number((double) value)).append("</strong> ").append(label)
        .append("</li>\n");
  }

  private void trends(StringBuilder html) {
    html.append("<section id=\"tren\">\n<h2>Tren indikator per daerah</h2>\n")
        .append("<p>Realisasi (garis penuh) dan target (garis putus-putus) tiap tahun, satu warna per daerah.</p>\n");
    Map<String, List<ReportData.IndicatorValue>> byMetric = byMetric(data.indicators());
    if (byMetric.isEmpty()) {
      empty(html, "Belum ada nilai indikator di gudang data.");
    }
    for (Map.Entry<String, List<ReportData.IndicatorValue>> metric : byMetric.entrySet()) {
      List<ReportData.IndicatorValue> values = metric.getValue();
      ReportData.IndicatorValue first = values.get(0);
      List<LineChart.Series> series = new ArrayList<>();
      Map<String, Map<String, List<ReportData.IndicatorValue>>> byRegion = values.stream().collect(
          Collectors.groupingBy(ReportData.IndicatorValue::regionCode, TreeMap::new,
              Collectors.groupingBy(ReportData.IndicatorValue::measure, TreeMap::new, Collectors.toList())));
      for (Map.Entry<String, Map<String, List<ReportData.IndicatorValue>>> region : byRegion.entrySet()) {
        for (Map.Entry<String, List<ReportData.IndicatorValue>> measure : region.getValue().entrySet()) {
          List<LineChart.Point> points =
              measure.getValue().stream().map(v -> new LineChart.Point(v.year(), v.value())).toList();
          String title = measure.getValue().get(0).regionTitle();
          boolean target = measure.getKey().equals("target");
          series.add(new LineChart.Series(title + (target ? " (target)" : ""), region.getKey(), target,
              regionColours.get(region.getKey()), points));
        }
      }
      figure(html, "trend-" + metric.getKey(), first.judul(),
          LineChart.svg("trend-" + metric.getKey(), first.judul(), first.satuan(), series),
          legend(byRegion.keySet(), values, true));
    }
    html.append("</section>\n");
  }

  private void targetVersusRealisasi(StringBuilder html) {
    html.append("<section id=\"target-realisasi\">\n<h2>Target dan realisasi</h2>\n")
        .append("<p>Tahun terakhir tiap daerah yang punya target dan realisasi; capaian dihitung ulang")
        .append(" sebagai realisasi / target.</p>\n");
    boolean any = false;
    for (Map.Entry<String, List<ReportData.IndicatorValue>> metric : byMetric(data.indicators()).entrySet()) {
      // per region, the latest year with both measures
      Map<String, Map<Integer, Map<String, Double>>> byRegionYear = new TreeMap<>();
      Map<String, String> titles = new TreeMap<>();
      for (ReportData.IndicatorValue v : metric.getValue()) {
        byRegionYear.computeIfAbsent(v.regionCode(), k -> new TreeMap<>())
            .computeIfAbsent(v.year(), k -> new TreeMap<>()).put(v.measure(), v.value());
        titles.put(v.regionCode(), v.regionTitle());
      }
      List<String> groups = new ArrayList<>();
      List<Double> targets = new ArrayList<>();
      List<Double> realisasi = new ArrayList<>();
      for (Map.Entry<String, Map<Integer, Map<String, Double>>> region : byRegionYear.entrySet()) {
        region.getValue().entrySet().stream()
            .filter(e -> e.getValue().containsKey("target") && e.getValue().containsKey("realisasi"))
            .reduce((a, b) -> b)
            .ifPresent(e -> {
              groups.add(titles.get(region.getKey()) + " " + e.getKey());
              targets.add(e.getValue().get("target"));
              realisasi.add(e.getValue().get("realisasi"));
            });
      }
      if (groups.isEmpty()) {
        continue;
      }
      any = true;
      ReportData.IndicatorValue first = metric.getValue().get(0);
      String id = "target-" + metric.getKey();
      String svg = BarChart.svg(id, first.judul() + ": target dan realisasi", first.satuan(), groups, List.of(
          new BarChart.Series("target", "target", TARGET_GREY, targets),
          new BarChart.Series("realisasi", "realisasi", Palette.colour(0), realisasi)));
      StringBuilder table = new StringBuilder("<table>\n<tr><th>daerah, tahun</th><th>target</th>"
          + "<th>realisasi</th><th>capaian (%)</th></tr>\n");
      for (int i = 0; i < groups.size(); i++) {
        Double capaian = targets.get(i) == 0 ? null : 100 * realisasi.get(i) / targets.get(i);
        table.append("<tr><td>").append(Html.escape(groups.get(i))).append("</td><td class=\"num\">")
            .append(Html.number(targets.get(i))).append("</td><td class=\"num\">").append(Html.number(realisasi.get(i)))
            .append("</td><td class=\"num\">").append(Html.percent(capaian)).append("</td></tr>\n");
      }
      table.append("</table>\n");
      figure(html, id, first.judul() + ": target dan realisasi", svg,
          "<p class=\"legend\"><span class=\"swatch\" style=\"background:" + TARGET_GREY + "\"></span>target "
              + "<span class=\"swatch\" style=\"background:" + Palette.colour(0) + "\"></span>realisasi</p>\n"
              + table);
    }
    if (!any) {
      empty(html, "Belum ada daerah dengan target dan realisasi pada tahun yang sama.");
    }
    html.append("</section>\n");
  }

  private void budget(StringBuilder html) {
    html.append("<section id=\"anggaran\">\n<h2>Serapan anggaran dinas</h2>\n")
        .append("<p>Realisasi sebagai persen pagu akhir (perubahan bila ada, selain itu induk), per daerah")
        .append(" dan tahun; angka tercetak bila dokumen mencetaknya, selain itu hasil hitung.</p>\n");
    List<ReportData.Budget> budgets = data.budgets();
    List<ReportData.Budget> withSerapan =
        budgets.stream().filter(b -> serapan(b) != null).toList();
    if (withSerapan.isEmpty()) {
      empty(html, "Belum ada realisasi anggaran di gudang data.");
    } else {
      List<Integer> years = withSerapan.stream().map(ReportData.Budget::year).distinct().sorted().toList();
      Map<String, String> regions = new TreeMap<>();
      withSerapan.forEach(b -> regions.put(b.regionCode(), b.regionTitle()));
      List<BarChart.Series> series = new ArrayList<>();
      for (Map.Entry<String, String> region : regions.entrySet()) {
        List<Double> values = new ArrayList<>();
        for (int year : years) {
          values.add(withSerapan.stream()
              .filter(b -> b.regionCode().equals(region.getKey()) && b.year() == year)
              .map(ReportBuilder::serapan).findFirst().orElse(null));
        }
        series.add(new BarChart.Series(region.getValue(), "serapan", regionColours.get(region.getKey()), values));
      }
      StringBuilder legend = new StringBuilder("<p class=\"legend\">");
      regions.forEach((code, title) -> legend.append("<span class=\"swatch\" style=\"background:")
          .append(regionColours.get(code)).append("\"></span>").append(Html.escape(title)).append(" "));
      legend.append("</p>\n");
      figure(html, "serapan", "Serapan anggaran dinas (%)", BarChart.svg("serapan", "Serapan anggaran dinas",
          "%", years.stream().map(String::valueOf).toList(), series), legend.toString());
    }
    if (!budgets.isEmpty()) {
      html.append("<table>\n<tr><th>daerah</th><th>tahun</th><th>pagu akhir (Rp)</th><th>tahap pagu</th>")
          .append("<th>realisasi (Rp)</th><th>serapan tercetak (%)</th><th>serapan dihitung (%)</th></tr>\n");
      for (ReportData.Budget b : budgets) {
        html.append("<tr><td>").append(Html.escape(b.regionTitle())).append("</td><td>").append(b.year())
            .append("</td><td class=\"num\">").append(Html.number(b.paguFinal()))
            .append(b.derived() ? " <abbr title=\"dijumlahkan dari baris program\">Σ</abbr>" : "")
            .append("</td><td>").append(Html.escape(b.paguStage())).append("</td><td class=\"num\">")
            .append(b.realisasi() == null ? "<span class=\"missing\">tidak dilaporkan</span>" : Html.number(b.realisasi()))
            .append("</td><td class=\"num\">").append(Html.percent(b.serapanPrinted()))
            .append("</td><td class=\"num\">").append(Html.percent(b.serapanRecomputed())).append("</td></tr>\n");
      }
      html.append("</table>\n");
    }
    html.append("</section>\n");
  }

  private static Double serapan(ReportData.Budget b) {
    return b.serapanPrinted() != null ? b.serapanPrinted() : b.serapanRecomputed();
  }

  private void comparisons(StringBuilder html) {
    html.append("<section id=\"perbandingan\">\n<h2>Perbandingan antar daerah</h2>\n");
    if (data.comparisons().isEmpty()) {
      empty(html, "Belum ada perbandingan antar daerah.");
    }
    Map<String, List<ReportData.Comparison>> tables = new LinkedHashMap<>();
    for (ReportData.Comparison c : data.comparisons()) {
      tables.computeIfAbsent(c.metric() + " " + c.measure() + " " + c.year(), k -> new ArrayList<>()).add(c);
    }
    for (List<ReportData.Comparison> rows : tables.values()) {
      ReportData.Comparison first = rows.get(0);
      html.append("<h3>").append(Html.escape(first.judul())).append(", ").append(Html.escape(first.measure()))
          .append(" ").append(first.year()).append("</h3>\n<table class=\"compare\">\n<tr><th>peringkat</th>")
          .append("<th>daerah</th><th>provinsi</th><th>nilai</th><th>peringkat di provinsi</th>")
          .append("<th>selisih ke terbaik</th></tr>\n");
      for (ReportData.Comparison c : rows) {
        html.append("<tr><td class=\"num\">").append(c.rankOverall()).append(" / ").append(c.nOverall())
            .append("</td><td>").append(Html.escape(c.regionTitle())).append("</td><td>")
            .append(Html.escape(c.provinceName())).append("</td><td class=\"num\">").append(Html.number(c.value()))
            .append(" ").append(Html.escape(c.unit())).append("</td><td class=\"num\">").append(c.rankInProvince())
            .append(" / ").append(c.nInProvince()).append("</td><td class=\"num\">")
            .append(Html.number(c.gapToBest())).append("</td></tr>\n");
      }
      html.append("</table>\n");
    }
    if (!data.latest().isEmpty()) {
      html.append("<h3>Nilai terakhir per daerah</h3>\n<table class=\"latest\">\n<tr><th>daerah</th>")
          .append("<th>indikator</th><th>realisasi terakhir</th><th>tahun</th><th>target terakhir</th>")
          .append("<th>tahun</th></tr>\n");
      for (ReportData.Latest l : data.latest()) {
        html.append("<tr><td>").append(Html.escape(l.regionTitle())).append("</td><td>")
            .append(Html.escape(l.judul())).append("</td><td class=\"num\">").append(Html.number(l.realisasi()))
            .append("</td><td>").append(l.realisasiYear() == null ? "" : l.realisasiYear())
            .append("</td><td class=\"num\">").append(Html.number(l.target())).append("</td><td>")
            .append(l.targetYear() == null ? "" : l.targetYear()).append("</td></tr>\n");
      }
      html.append("</table>\n");
    }
    html.append("</section>\n");
  }

  private void findings(StringBuilder html) {
    html.append("<section id=\"temuan\">\n<h2>Temuan kualitas data</h2>\n")
        .append("<p>Angka yang saling bertentangan di dalam atau antar dokumen, dengan baris sumbernya.</p>\n");
    if (data.findings().isEmpty()) {
      empty(html, "Tidak ada temuan.");
    } else {
      html.append("<table class=\"findings\">\n<tr><th>tingkat</th><th>pemeriksaan</th><th>berkas</th>")
          .append("<th>temuan</th><th>baris sumber</th></tr>\n");
      for (ReportData.Finding f : data.findings()) {
        html.append("<tr class=\"finding ").append(Html.escape(f.severity())).append("\"><td>")
            .append(Html.escape(f.severity())).append("</td><td>").append(Html.escape(f.check())).append("</td><td>")
            .append(Html.escape(f.sourceFile())).append("</td><td>").append(Html.escape(f.message()));
        if (f.expected() != null || f.actual() != null) {
          html.append("<br><small>diharapkan ").append(Html.number(f.expected())).append(", tercetak ")
              .append(Html.number(f.actual())).append("</small>");
        }
        html.append("</td><td><ol class=\"lines\">");
        for (ReportData.Line line : f.lines()) {
          html.append("<li><span class=\"line-no\">").append(line.number()).append("</span>");
          if (line.text() != null) {
            html.append(" <code>").append(Html.escape(line.text().strip())).append("</code>");
          }
          html.append("</li>");
        }
        html.append("</ol></td></tr>\n");
      }
      html.append("</table>\n");
    }
    html.append("</section>\n");
  }

  private String legend(Iterable<String> regionCodes, List<ReportData.IndicatorValue> values, boolean lines) {
    Map<String, String> titles = new TreeMap<>();
    values.forEach(v -> titles.put(v.regionCode(), v.regionTitle()));
    StringBuilder legend = new StringBuilder("<p class=\"legend\">");
    for (String code : regionCodes) {
      legend.append("<span class=\"swatch\" style=\"background:").append(regionColours.get(code))
          .append("\"></span>").append(Html.escape(titles.get(code))).append(" ");
    }
    if (lines) {
      legend.append("<span class=\"key\">── realisasi &nbsp; ╌╌ target</span>");
    }
    return legend.append("</p>\n").toString();
  }

  private static Map<String, List<ReportData.IndicatorValue>> byMetric(List<ReportData.IndicatorValue> values) {
    Map<String, List<ReportData.IndicatorValue>> byMetric = new LinkedHashMap<>();
    for (ReportData.IndicatorValue v : values) {
      byMetric.computeIfAbsent(v.metric(), k -> new ArrayList<>()).add(v);
    }
    return byMetric;
  }

  private static void figure(StringBuilder html, String id, String caption, String svg, String after) {
    html.append("<figure class=\"chart-figure\" data-chart=\"").append(Html.escape(id)).append("\">\n")
        .append("<figcaption>").append(Html.escape(caption)).append("</figcaption>\n")
        .append(svg).append("\n").append(after).append("</figure>\n");
  }

  private static void empty(StringBuilder html, String message) {
    html.append("<p class=\"empty\">").append(Html.escape(message)).append("</p>\n");
  }

  private static final String STYLE = """
      body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 0 auto; max-width: 1100px; padding: 16px;
        color: #1f2933; background: #ffffff; }
      h1 { font-size: 1.6em; margin-bottom: 0.2em; }
      h2 { border-bottom: 2px solid #0072B2; padding-bottom: 4px; margin-top: 1.6em; }
      .meta { color: #52606d; }
      .summary { display: flex; flex-wrap: wrap; gap: 12px; list-style: none; padding: 0; }
      .summary li { background: #f0f4f8; border-radius: 6px; padding: 8px 12px; }
      nav a { margin-right: 12px; }
      figure.chart-figure { margin: 16px 0; padding: 8px; border: 1px solid #d9e2ec; border-radius: 6px; }
      figcaption { font-weight: bold; margin-bottom: 4px; }
      svg.chart { max-width: 100%; height: auto; }
      svg .grid { stroke: #e4e7eb; stroke-width: 1; }
      svg .tick, svg .unit, svg .value { font-size: 11px; fill: #52606d; }
      .legend { font-size: 0.9em; }
      .swatch { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 8px; vertical-align: middle; }
      table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.9em; }
      th, td { border: 1px solid #d9e2ec; padding: 4px 8px; text-align: left; vertical-align: top; }
      th { background: #f0f4f8; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; }
      tr.error td:first-child { color: #b42318; font-weight: bold; }
      tr.warning td:first-child { color: #b54708; }
      ol.lines { margin: 0; padding-left: 0; list-style: none; }
      .line-no { color: #52606d; }
      .line-no::before { content: "baris "; }
      code { font-size: 0.85em; white-space: pre-wrap; }
      .missing, .empty { color: #7b8794; font-style: italic; }
      """;

  /**
   * Marks every chart whose marks the browser laid out with a size, so a test (or a reader's console)
   * can tell the charts drew: {@code data-drawn} on each figure, {@code data-charts-drawn} on the body.
   */
  private static final String SCRIPT = """
      (function () {
        var drawn = 0;
        document.querySelectorAll('figure.chart-figure').forEach(function (figure) {
          var marks = figure.querySelectorAll('svg .series, svg .point, svg .bar');
          var visible = 0;
          marks.forEach(function (mark) {
            var box = mark.getBBox();
            if (box.width > 0 || box.height > 0) { visible++; }
          });
          figure.setAttribute('data-marks', String(visible));
          if (visible > 0) { figure.setAttribute('data-drawn', 'true'); drawn++; }
        });
        document.body.setAttribute('data-charts-drawn', String(drawn));
      })();
      """;
}
