package id.capaian.serve.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.serve.Publisher;
import id.capaian.serve.SqlScripts;
import id.capaian.serve.WarehouseDb;
import id.capaian.testing.CorpusWarehouse;
import id.capaian.testing.SharedCorpus;
import id.capaian.testing.SmallWarehouse;
import id.capaian.warehouse.Warehouse;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a small warehouse, rendered by headless Chromium with the network off: every chart
 * drew (the page's own check of its marks' sizes) and the screenshot shows them. The HTML and PNG are
 * kept in {@code target/report/} as build artifacts.
 */
class ReportTest {
  private static final Path ARTIFACTS = SharedCorpus.projectDir().resolve("target/report");
  @TempDir static Path warehouseDir;
  private static Path page;
  private static String html;

  @BeforeAll
  static void writeReport() throws Exception {
    SmallWarehouse.writeIngest(warehouseDir);
    SmallWarehouse.writeFacts(warehouseDir);
    SmallWarehouse.writeAnalytics(warehouseDir);
    new Publisher(new Warehouse(warehouseDir), SqlScripts.bundled()).publish();
    page = ReportBuilder.write(new Warehouse(warehouseDir), ARTIFACTS.resolve("report.html"),
        Instant.parse("2024-06-30T08:00:00Z"));
    html = Files.readString(page);
  }

  @Test
  void testPageIsSelfContained() {
    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"(https?:)?//")
        .doesNotContainPattern("(?i)<link\\b").doesNotContainPattern("(?i)url\\(")
        .doesNotContainPattern("(?i)@import");
  }

  @Test
  void testPageHasEveryChartAndTable() {
    assertThat(html)
        .contains("data-chart=\"trend-koperasi_aktif_pct\"", "data-chart=\"trend-wirausaha_pct\"",
            "data-chart=\"target-koperasi_aktif_pct\"", "data-chart=\"serapan\"")
        // Semarang's realisasi line over 2021-2022 and its dashed target
        .containsPattern("<polyline class=\"series realisasi\" data-region=\"3374\" points=\"[0-9.]+,[0-9.]+ [0-9.]+,[0-9.]+\"")
        .contains("<polyline class=\"series target\" data-region=\"3374\"")
        .contains("<title>Kota Depok, 2023: 90,5 %</title>")
        .contains("<td>Kota Depok</td><td>2023</td><td class=\"num\">32.300.612.788</td><td>perubahan</td>")
        .contains("<td class=\"num\">88,62</td>")
        .contains("<span class=\"line-no\">3</span> <code>| 2023 | 100 | 90,5 | 90,50 |</code>")
        .contains("<td>Kota Semarang</td><td>JAWA TENGAH</td><td class=\"num\">76,64 %</td>");
  }

  @Test
  void testChromiumDrawsEveryChartWithTheNetworkOff() throws Exception {
    HeadlessChromium.require();
    int figures = count(html, "<figure class=\"chart-figure\"");

    String dom = HeadlessChromium.dumpDom(page);

    assertThat(figures).as("4 trends, 2 target-vs-realisasi, 1 serapan").isEqualTo(7);
    assertThat(dom).contains("data-charts-drawn=\"" + figures + "\"");
    assertThat(count(dom, "data-drawn=\"true\"")).isEqualTo(figures);
    Matcher marks = Pattern.compile("data-chart=\"serapan\" data-marks=\"(\\d+)\"").matcher(dom);
    assertThat(marks.find()).as("serapan chart marks counted").isTrue();
    assertThat(Integer.parseInt(marks.group(1))).as("4 bars: two regions, two years each").isEqualTo(4);
  }

  /**
   * The report of the warehouse {@code capaian run} builds from the real corpus draws every chart too:
   * one serapan bar per region and year that has a serapan, Depok's 2023 at 90,5 %, and the findings
   * beside the lines they quote. Kept as {@code target/report/report-corpus.html}.
   */
  @Test
  void testReportOfTheCorpusDrawsEveryChart() throws Exception {
    HeadlessChromium.require();
    Warehouse corpus = CorpusWarehouse.withFacts();
    Path corpusPage = ReportBuilder.write(corpus, ARTIFACTS.resolve("report-corpus.html"),
        Instant.parse("2024-06-30T08:00:00Z"));
    String corpusHtml = Files.readString(corpusPage);
    int figures = count(corpusHtml, "<figure class=\"chart-figure\"");

    String dom = HeadlessChromium.dumpDom(corpusPage);

    assertThat(corpusHtml).contains("data-chart=\"trend-koperasi_aktif_pct\"", "data-chart=\"trend-wirausaha_pct\"",
        "data-chart=\"target-koperasi_aktif_pct\"", "data-chart=\"serapan\"",
        "<title>Kota Depok, 2023: 90,5 %</title>", "<title>Kota Semarang, 2022: 83,79 %</title>",
        "25,48%", "23,35%");
    assertThat(dom).contains("data-charts-drawn=\"" + figures + "\"");
    assertThat(count(dom, "data-drawn=\"true\"")).isEqualTo(figures);
    Matcher marks = Pattern.compile("data-chart=\"serapan\" data-marks=\"(\\d+)\"").matcher(dom);
    assertThat(marks.find()).as("serapan chart marks counted").isTrue();
    assertThat(Integer.parseInt(marks.group(1))).isEqualTo(serapanYears(corpus)).isGreaterThanOrEqualTo(10);
  }

  /** Region-years whose dinas budget has a serapan, printed or recomputed. */
  private static int serapanYears(Warehouse warehouse) throws Exception {
    try (Connection connection = WarehouseDb.openReadOnly(warehouse);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from trend_budget_realization where level = 'dinas'"
            + " and coalesce(serapan_pct_printed, serapan_pct_recomputed) is not null")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /**
   * The chromium the report is checked in cannot reach the network: an image by host name and one by
   * IP address both fail to load (so "draws with the network off" means off, not merely unused).
   */
  @Test
  void testChromiumHasNoNetwork(@TempDir Path dir) throws Exception {
    HeadlessChromium.require();
    Path probe = dir.resolve("probe.html");
    Files.writeString(probe, """
        <!doctype html><html><body data-loaded="0" data-failed="0">
        <img src="http://example.com/favicon.ico" onload="mark('loaded')" onerror="mark('failed')">
        <img src="http://93.184.215.14/favicon.ico" onload="mark('loaded')" onerror="mark('failed')">
        <script>
        function mark(what) { document.body.dataset[what] = Number(document.body.dataset[what]) + 1; }
        </script>
        </body></html>
        """);

    String dom = HeadlessChromium.dumpDom(probe);

    assertThat(dom).contains("data-failed=\"2\"").contains("data-loaded=\"0\"");
  }

  @Test
  void testScreenshotShowsTheCharts() throws Exception {
    HeadlessChromium.require();
    Path png = ARTIFACTS.resolve("report.png");
    Files.deleteIfExists(png);

    HeadlessChromium.screenshot(page, png, 1200, 2400);

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    long ink = 0;
    long chartBlue = 0;
    long chartOrange = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        if (rgb != 0xFFFFFF) {
          ink++;
        }
        chartBlue += near(rgb, 0x0072B2) ? 1 : 0;
        chartOrange += near(rgb, 0xD55E00) ? 1 : 0;
      }
    }
    assertThat(ink).as("non-white pixels").isGreaterThan(image.getWidth() * image.getHeight() / 50);
    assertThat(chartBlue).as("pixels of the first region's colour").isGreaterThan(500);
    assertThat(chartOrange).as("pixels of the second region's colour").isGreaterThan(500);
  }

  private static boolean near(int rgb, int colour) {
    return Math.abs(((rgb >> 16) & 0xFF) - ((colour >> 16) & 0xFF)) < 12
        && Math.abs(((rgb >> 8) & 0xFF) - ((colour >> 8) & 0xFF)) < 12
        && Math.abs((rgb & 0xFF) - (colour & 0xFF)) < 12;
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
