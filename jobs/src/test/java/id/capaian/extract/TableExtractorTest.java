package id.capaian.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole extraction on small hand-written documents, one rule each. */
class TableExtractorTest {
  private final TableExtractor extractor = new TableExtractor();

  private List<ExtractedTable> extract(String... lines) {
    return extractor.extract(List.of(lines));
  }

  @Test
  void testPipeTableRepeatedHeaderAndPageFurnitureDropped() {
    List<ExtractedTable> tables = extract(
        "LAPORAN DINAS CONTOH",
        "Tabel 2.1",
        "Anggaran Dinas",
        "",
        "| Uraian | TA 2022 | |",
        "|---|---|---|",
        "| | Pagu | Realisasi |",
        "| Belanja Pegawai | 1.000.000.000 | 900.000.000 |",
        "",
        "LAPORAN DINAS CONTOH",
        "12",
        "",
        "| Uraian | TA 2022 | |",
        "|---|---|---|",
        "| | Pagu | Realisasi |",
        "| Belanja Barang | 2.000.000.000 | 1.500.000.000 |",
        "",
        "LAPORAN DINAS CONTOH",
        "Sumber: DPA");
    assertThat(tables).hasSize(1);
    ExtractedTable t = tables.get(0);
    assertThat(t.number()).isEqualTo("2.1");
    assertThat(t.caption()).isEqualTo("Tabel 2.1 Anggaran Dinas");
    assertThat(t.headerPaths()).containsExactly("Uraian", "TA 2022 > Pagu", "TA 2022 > Realisasi");
    assertThat(t.rows()).extracting(TableRow::sourceLine).containsExactly(8, 16);
    assertThat(t.rows().get(1).text(1)).isEqualTo("2.000.000.000");
    assertThat(t.firstLine()).isEqualTo(5);
    assertThat(t.lastLine()).isEqualTo(16);
  }

  @Test
  void testInsertedEmptyHeaderAndTailRenderedAsHeaderContinueTheTable() {
    List<ExtractedTable> tables = extract(
        "| No | Program | Pagu (Rp) |",
        "|---|---|---|",
        "| 1 | Penyediaan Jasa Pemeliharaan, Biaya | 40.000.000 |",
        "",
        "| | Pemeliharaan Kendaraan Dinas | |",
        "|---|---|---|",
        "| 2 | Pengadaan Mebel | 23.000.000 |",
        "",
        "| | | |",
        "|---|---|---|",
        "| 3 | Pemeliharaan Gedung | 12.000.000 |");
    assertThat(tables).hasSize(1);
    List<TableRow> rows = tables.get(0).rows();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).text(1)).isEqualTo("Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan Kendaraan Dinas");
    assertThat(rows.get(0).lines()).containsExactly(3, 5);
    assertThat(rows.get(2).text(2)).isEqualTo("12.000.000"); // first row after the break is kept
  }

  @Test
  void testTabTableContinuesAfterABlankLineWithoutHeader() {
    List<ExtractedTable> tables = extract(
        "No\tProgram\tTarget\tPagu",
        "1\tProgram Penunjang\t100%\t4.000.000.000",
        "\tPenyediaan Gaji\t14 bulan\t3.000.000.000",
        "",
        "\tPenyediaan Jasa\t12 bulan\t500.000.000",
        "2\tProgram Pengawasan\t25%\t75.000.000",
        "T O T A L\t\t\t4.075.000.000");
    assertThat(tables).hasSize(1);
    assertThat(tables.get(0).rows()).hasSize(5);
    assertThat(tables.get(0).rows().get(2).sourceLine()).isEqualTo(5);
  }

  @Test
  void testACaptionBetweenSegmentsStartsAnotherTable() {
    List<ExtractedTable> tables = extract(
        "Tabel a. Pegawai menurut jenis kelamin",
        "No.\tJenis Kelamin\tJumlah",
        "1.\tLaki-laki\t20 Orang",
        "",
        "Tabel b. Pegawai menurut status",
        "No.\tStatus\tJumlah",
        "1.\tPNS\t34 Orang",
        "",
        "No.\tGolongan\tJumlah",
        "1.\tIV\t6 Orang");
    assertThat(tables).extracting(ExtractedTable::number).containsExactly("a", "b", null);
    assertThat(tables).allSatisfy(t -> assertThat(t.rows()).hasSize(1));
  }

  @Test
  void testStrayRuleRowsAndMarkupAreGone() {
    List<ExtractedTable> tables = extract(
        "NO\tKENDALA\tSTRATEGI",
        "1\t<ol><p>Modal <i>terbatas</i></p></ol>\t<p>Akses pembiayaan</p>",
        "2\tRumus $\\frac{a}{b} \\times 100\\%$\t<b>Pendampingan</b>",
        "--\t--\t---");
    ExtractedTable t = tables.get(0);
    assertThat(t.rows()).hasSize(2);
    assertThat(t.rows().get(0).text(1)).isEqualTo("Modal terbatas");
    assertThat(t.rows().get(1).text(1)).isEqualTo("Rumus a / b × 100%");
    assertThat(t.rows().get(1).text(2)).isEqualTo("Pendampingan");
  }

  @Test
  void testContentsTablesAreNotData() {
    List<ExtractedTable> tables = extract(
        "DAFTAR ISI",
        "",
        "| | |",
        "|---|---|",
        "| KATA PENGANTAR..... | i |",
        "| BAB I PENDAHULUAN | 1 |",
        "| BAB II EVALUASI | 8 |");
    assertThat(tables).hasSize(1);
    assertThat(tables.get(0).kind()).isEqualTo(TableKind.CONTENTS);
    assertThat(tables.get(0).headerPaths()).containsExactly("", "");
    assertThat(tables.get(0).rows()).hasSize(3);
  }

  @Test
  void testSplitCodesAreJoinedAndTheHeaderKodeSpansThem() {
    List<ExtractedTable> tables = extract(
        "Kode\t\t\t\tProgram / Kegiatan\tTarget\tPagu",
        "1\t\t\t\t2\t3\t4",
        "2\t17\t03\t\tProgram Pengawasan\t35%\t150.000.000",
        "2\t17\t03\t2\tPemeriksaan Koperasi\t50%\t150.000.000",
        "\t\t\t\t\tIndikator kedua\t70%\t");
    ExtractedTable t = tables.get(0);
    assertThat(t.headerPaths()).containsExactly("Kode", "Program / Kegiatan", "Target", "Pagu");
    assertThat(t.rows()).extracting(r -> r.text(0)).containsExactly("2.17.03", "2.17.03.2", "");
    assertThat(t.rows().get(2).text(1)).isEqualTo("Indikator kedua");
    assertThat(t.rows().get(2).text(2)).isEqualTo("70%");
  }

  @Test
  void testRunningTitlePrintedOnceBesideAPageNumberStillJoinsThePages() {
    List<ExtractedTable> tables = extract(
        "Tabel 4.1",
        "Rencana Program",
        "",
        "| Kode | Program | Pagu |",
        "|---|---|---|",
        "| 2.17.03 | Program Pengawasan | 400.000.000 |",
        "",
        "- 21 -",
        "",
        "Renja Dinas Koperasi Contoh 2026",
        "",
        "| Kode | Program | Pagu |",
        "|---|---|---|",
        "| 2.17.07 | Program Pemberdayaan | 900.000.000 |");
    assertThat(tables).hasSize(1);
    assertThat(tables.get(0).rows()).extracting(TableRow::sourceLine).containsExactly(6, 14);
  }

  @Test
  void testTextBetweenSegmentsWithoutAPageNumberStillSeparatesTables() {
    List<ExtractedTable> tables = extract(
        "| Kode | Program | Pagu |",
        "|---|---|---|",
        "| 2.17.03 | Program Pengawasan | 400.000.000 |",
        "",
        "Renja Dinas Koperasi Contoh 2026",
        "",
        "| Kode | Program | Pagu |",
        "|---|---|---|",
        "| 2.17.07 | Program Pemberdayaan | 900.000.000 |");
    assertThat(tables).hasSize(2);
  }

  @Test
  void testTabRunningTitleWithItsPageNumberIsFurniture() {
    List<ExtractedTable> tables = extract(
        "Kode\tProgram\tTarget",
        "2.17.03\tProgram Pengawasan\t75%",
        "",
        "Renstra Dinas Contoh 2025-2029\t53",
        "",
        "Kode\tProgram\tTarget",
        "2.17.07\tProgram Pemberdayaan\t2%");
    assertThat(tables).hasSize(1);
    assertThat(tables.get(0).rows()).extracting(r -> r.text(0)).containsExactly("2.17.03", "2.17.07");
  }

  @Test
  void testThreeHeaderRowsWithCurrencyLabelsAndASpanEndingAtTheNextGroup() {
    List<ExtractedTable> tables = extract(
        "Kode\tIndikator\tTarget dan Pendanaan\t\t\t\tKondisi Akhir\t",
        "\t\t2025\t\t2026\t\t\t",
        "\t\tTarget\tRp\tTarget\tRp\tTarget\tRp",
        "2.17.03\tKoperasi aktif\t75%\t310.000.000\t77%\t325.000.000\t77%\t635.000.000");
    assertThat(tables).hasSize(1);
    ExtractedTable t = tables.get(0);
    assertThat(t.headerPaths()).containsExactly("Kode", "Indikator", "Target dan Pendanaan > 2025 > Target",
        "Target dan Pendanaan > 2025 > Rp", "Target dan Pendanaan > 2026 > Target",
        "Target dan Pendanaan > 2026 > Rp", "Kondisi Akhir > Target", "Kondisi Akhir > Rp");
    assertThat(t.rows()).hasSize(1);
  }

  @Test
  void testOneRowWithItsCodeSpreadOverCellsInATableOfOneCodeCell() {
    List<ExtractedTable> tables = extract(
        "Kode\tSub Kegiatan\tPagu Indikatif",
        "2 17 7\tProgram Pemberdayaan\t1.600.000.000",
        "2\t17\t7\t2\t1\t5\tKoordinasi Usaha Mikro\t1.600.000.000");
    ExtractedTable t = tables.get(0);
    assertThat(t.columnCount()).isEqualTo(3);
    assertThat(t.rows()).extracting(r -> r.text(0)).containsExactly("2.17.7", "2.17.7.2.1.5");
    assertThat(t.rows().get(1).text(2)).isEqualTo("1.600.000.000");
  }

  @Test
  void testANumberedHeadingAfterAPageNumberStartsAnotherTable() {
    List<ExtractedTable> tables = extract(
        "Tabel 3.1 Capaian IKU",
        "Indikator\tTarget\tRealisasi",
        "Koperasi aktif\t70\t68",
        "",
        "21",
        "",
        "3.2. Perbandingan Realisasi Keuangan",
        "",
        "\tTA. 2023\t",
        "\tPagu\tRealisasi",
        "Belanja\t15.000.000.000\t14.000.000.000");
    assertThat(tables).hasSize(2);
    assertThat(tables.get(1).caption()).isEqualTo("3.2. Perbandingan Realisasi Keuangan");
  }

  @Test
  void testALabelBlockPrintedLeftOfTheCodeColumnIsMovedBackByContent() {
    List<ExtractedTable> tables = extract(
        "Tabel 6.1",
        "Rencana Kegiatan dan Pendanaan",
        "",
        "Tujuan\tSasaran\tKode\tKegiatan\tIndikator\t2026 > Target\t2026 > Rp\t2027 > Target\t2027 > Rp",
        "Tumbuhnya usaha mikro\tUsaha mikro naik kelas\t3.31.02.07.001\tPelatihan Pengemasan Produk\t"
            + "Peserta pelatihan\t40 orang\t85.000.000\t45 orang\t90.000.000",
        "3.31.02.07.002\tKlinik Konsultasi Usaha\tUsaha mikro terlayani\t\t\t60 unit\t70.000.000\t"
            + "65 unit\t72.500.000",
        "3.31.02.07.003\tTemu Usaha dan Pameran\t\t\t\t3 kali\t120.000.000\t3 kali\t125.000.000",
        "\t\t3.31.02.07.004\tGelar Produk Daerah\tPameran terselenggara\t2 kali\t50.000.000\t2 kali\t55.000.000");
    assertThat(tables).hasSize(1);
    ExtractedTable t = tables.get(0);
    assertThat(t.headerPaths()).element(2).isEqualTo("Kode");
    TableRow shifted = t.rows().get(1);
    assertThat(shifted.text(0)).isEmpty();
    assertThat(shifted.text(2)).isEqualTo("3.31.02.07.002");
    assertThat(shifted.text(3)).isEqualTo("Klinik Konsultasi Usaha");
    assertThat(shifted.text(4)).isEqualTo("Usaha mikro terlayani");
    assertThat(shifted.text(5)).isEqualTo("60 unit");
    assertThat(shifted.text(8)).isEqualTo("72.500.000");
    // A block without its indicator moves too; the values stay under their own headers.
    assertThat(t.rows().get(2).text(3)).isEqualTo("Temu Usaha dan Pameran");
    assertThat(t.rows().get(2).text(6)).isEqualTo("120.000.000");
    assertThat(t.rows().get(3).text(2)).isEqualTo("3.31.02.07.004");
  }
}
