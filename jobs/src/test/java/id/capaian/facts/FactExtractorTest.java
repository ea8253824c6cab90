package id.capaian.facts;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.extract.DocType;
import id.capaian.extract.DocumentIdentity;
import id.capaian.extract.ExtractedDocument;
import id.capaian.extract.ExtractedTable;
import id.capaian.extract.TableCell;
import id.capaian.extract.TableKind;
import id.capaian.extract.TableRow;
import id.capaian.reference.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The facts rules one by one, on small hand-written tables and sentences. */
class FactExtractorTest {
  private final FactExtractor extractor = FactExtractor.defaults();
  private final List<String> prose = new ArrayList<>();
  private final List<ExtractedTable> tables = new ArrayList<>();
  private int line = 100;

  /** Adds a table; each row is printed on its own line, numbered from 100 on. */
  private void table(String caption, List<String> headers, String[]... rows) {
    List<TableRow> body = new ArrayList<>();
    int first = line;
    for (String[] row : rows) {
      List<TableCell> cells = new ArrayList<>();
      for (int c = 0; c < headers.size(); c++) {
        cells.add(new TableCell(c, c < row.length ? row[c] : "", line));
      }
      body.add(new TableRow(body.size(), line, cells));
      line++;
    }
    tables.add(new ExtractedTable(tables.size() + 1, null, caption, TableKind.DATA, first - 2, line - 1, headers, body));
    line += 10;
  }

  private DocumentFacts extract(DocType type, Integer planYear) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < line + 5; i++) {
      lines.add(i < prose.size() ? prose.get(i) : "");
    }
    DocumentIdentity identity = new DocumentIdentity(type, null, "Dinas Koperasi dan Usaha Mikro",
        new Region("3374", "33", "JAWA TENGAH", "KOTA SEMARANG"), planYear, null, null);
    return extractor.extract(new ExtractedDocument("contoh.md", "abc", 1, identity, lines, tables));
  }

  private static List<Fact> where(DocumentFacts facts, Predicate<Fact> p) {
    return facts.facts().stream().filter(p).toList();
  }

  private static Fact one(DocumentFacts facts, Predicate<Fact> p) {
    List<Fact> found = where(facts, p);
    assertThat(found).as("exactly one fact").hasSize(1);
    return found.get(0);
  }

  @Test
  void testBudgetTableGivesAgencyTotalsWithStageAndYear() {
    table("Tabel 2.2 Realisasi Belanja Tahun 2021 s/d 2022",
        List.of("URAIAN", "TA 2021 > INDUK", "TA 2021 > PERUBAHAN", "TA 2021 > REALISASI"),
        new String[] {"Belanja Pegawai", "7.949.014.000", "7.586.914.123", "7.213.775.942"},
        new String[] {"Jumlah Belanja Daerah", "23.706.716.000", "21.742.870.123", "17.634.959.089"});
    DocumentFacts facts = extract(DocType.RENJA, 2024);
    Fact induk = one(facts, f -> "dinas".equals(f.level()) && "induk".equals(f.stage()));
    assertThat(induk.metric()).isEqualTo("anggaran");
    assertThat(induk.measure()).isEqualTo("pagu");
    assertThat(induk.year()).isEqualTo(2021);
    assertThat(induk.value()).isEqualTo(23706716000.0);
    assertThat(induk.unit()).isEqualTo("Rp");
    Fact realisasi = one(facts, f -> "dinas".equals(f.level()) && "realisasi".equals(f.measure()));
    assertThat(realisasi.stage()).isNull();
    assertThat(realisasi.value()).isEqualTo(17634959089.0);
    assertThat(one(facts, f -> "perubahan".equals(f.stage()) && "jenis_belanja".equals(f.level())).subject())
        .isEqualTo("Belanja Pegawai");
  }

  @Test
  void testEachYearsValueGoesToTheIndicatorOfItsPlanPeriod() {
    table("Perbandingan Realisasi Kinerja",
        List.of("No.", "Sasaran Strategis > Uraian", "Sasaran Strategis > Indikator Kinerja 2016-2021",
            "Sasaran Strategis > Indikator Kinerja 2021-2026", "Satuan", "Target > 2021", "Target > 2022",
            "Realisasi > 2021", "Realisasi > 2022"),
        new String[] {"1.", "Meningkatnya daya saing koperasi", "Persentase koperasi Aktif", "Koperasi Berkualitas",
            "%", "81,04", "18,18", "87,79", "56,36"});
    DocumentFacts facts = extract(DocType.LKJIP, 2023);
    Fact old = one(facts, f -> f.year() == 2021 && "realisasi".equals(f.measure()));
    assertThat(old.metric()).isEqualTo("koperasi_aktif_pct");
    assertThat(old.indicator()).isEqualTo("Persentase koperasi Aktif");
    assertThat(old.value()).isEqualTo(87.79);
    Fact current = one(facts, f -> f.year() == 2022 && "realisasi".equals(f.measure()));
    assertThat(current.metric()).isEqualTo("koperasi_berkualitas_pct");
    assertThat(current.level()).isEqualTo("sasaran");
  }

  @Test
  void testCodesAreNormalisedAndPlaceholdersTakeTheProgramsUrusan() {
    table("Tabel 2.1 Evaluasi Renja Tahun 2022",
        List.of("Kode Rekening", "Program/ Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target RenjaTahun 2022"),
        new String[] {"X.XX.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            "Persentase Perencanaan", "100%"},
        new String[] {"X.XX.01.2.01.01", "Penyusunan Dokumen Perencanaan", "Jumlah Dokumen Renja", "2 dok"},
        new String[] {"", "", "Jumlah Dokumen RTP", "1 dok"},
        new String[] {"2 17 8", "PROGRAM PENGEMBANGAN UMKM", "Persentase omset", "20%"});
    DocumentFacts facts = extract(DocType.RENJA, 2024);
    assertThat(one(facts, f -> f.rawText().equals("100%")).kode()).isEqualTo("2.17.01");
    Fact sub = one(facts, f -> f.rawText().equals("2 dok"));
    assertThat(sub.kode()).isEqualTo("2.17.01.2.01.0001");
    assertThat(sub.level()).isEqualTo("sub_kegiatan");
    assertThat(sub.unit()).isEqualTo("dok");
    Fact extra = one(facts, f -> f.rawText().equals("1 dok"));
    assertThat(extra.kode()).isEqualTo("2.17.01.2.01.0001");
    assertThat(extra.indicator()).isEqualTo("Jumlah Dokumen RTP");
    assertThat(one(facts, f -> f.rawText().equals("20%")).kode()).isEqualTo("2.17.08");
  }

  @Test
  void testProgramsWithoutCodeTakeTheirNomenclatureCodeAndTotalsAreTheAgency() {
    table("Tabel 2.1 Alokasi Anggaran Tahun 2022",
        List.of("No", "Nama Program / Kegiatan", "Anggaran (Rp) > APBD", "Anggaran (Rp) > P-APBD"),
        new String[] {"1", "Program Pemberdayaan dan Perlindungan Koperasi", "510.000.000,-", "510.000.000,-"},
        new String[] {"T O T A L", "", "6.071.587.000,-", "8.540.987.000,-"});
    DocumentFacts facts = extract(DocType.RENJA, 2024);
    Fact program = one(facts, f -> "induk".equals(f.stage()) && "program".equals(f.level()));
    assertThat(program.kode()).isEqualTo("2.17.06");
    assertThat(program.year()).isEqualTo(2022);
    assertThat(program.flags()).contains("year_from_caption");
    Fact total = one(facts, f -> "perubahan".equals(f.stage()) && "dinas".equals(f.level()));
    assertThat(total.value()).isEqualTo(8540987000.0);
  }

  @Test
  void testSectionRowsSetTheLevelOfTheRowsBelow() {
    table("Tabel 2.3 Pencapaian Kinerja Tujuan dan Sasaran",
        List.of("TUJUAN / SASARAN", "INDIKATOR", "TARGET RENSTRA > 2022", "REALISASI > 2022"),
        new String[] {"Tujuan:", "", "", ""},
        new String[] {"Meningkatnya kualitas koperasi", "Persentase Koperasi yang Berkualitas", "53,00", "48,22"},
        new String[] {"Sasaran:", "", "", ""},
        new String[] {"Meningkatnya kesehatan koperasi", "Persentase Koperasi aktif", "76,00", "76,64"});
    DocumentFacts facts = extract(DocType.RENJA, 2024);
    assertThat(one(facts, f -> f.value() == 48.22).level()).isEqualTo("tujuan");
    Fact aktif = one(facts, f -> f.value() == 76.64);
    assertThat(aktif.level()).isEqualTo("sasaran");
    assertThat(aktif.metric()).isEqualTo("koperasi_aktif_pct");
    assertThat(facts.skipped()).filteredOn(s -> s.reason() == SkipReason.SECTION_ROW).hasSize(2);
  }

  @Test
  void testEveryCellThatGivesNoFactIsKeptWithItsReason() {
    table("Tabel 2.4 Capaian Kinerja Tahun 2022",
        List.of("NO.", "INDIKATOR KINERJA", "CAPAIAN KINERJA TAHUN 2022 > TARGET",
            "CAPAIAN KINERJA TAHUN 2022 > TINGKAT CAPAIAN", "REALISASI TAHUN 2021", "Rencana TA 2024 > Pagu Indikatif"),
        new String[] {"1.", "Persentase Koperasi sehat", "30 %", "Sangat Tinggi", "NA", "95.000.00"});
    DocumentFacts facts = extract(DocType.RENJA, 2024);
    assertThat(facts.skipped()).extracting(SkippedCell::text, s -> s.reason().code())
        .contains(
            org.assertj.core.groups.Tuple.tuple("1.", "label_column"),
            org.assertj.core.groups.Tuple.tuple("Persentase Koperasi sehat", "label_column"),
            org.assertj.core.groups.Tuple.tuple("Sangat Tinggi", "text_value"),
            org.assertj.core.groups.Tuple.tuple("NA", "missing_marker"));
    Fact target = one(facts, f -> f.rawText().equals("30 %"));
    assertThat(target.metric()).isEqualTo("koperasi_sehat_pct");
    assertThat(target.measure()).isEqualTo("target");
    assertThat(target.year()).isEqualTo(2022);
    // A malformed amount is kept as the parser's best reading, flagged.
    Fact malformed = one(facts, f -> f.rawText().equals("95.000.00"));
    assertThat(malformed.flags()).contains("malformed");
    assertThat(malformed.metric()).isEqualTo("anggaran");
  }

  @Test
  void testTwoNumbersInACellGiveTwoFactsTheSecondFlagged() {
    table("Tabel 2.1 Evaluasi",
        List.of("Kode", "Program", "Indikator Kinerja", "Target RenjaTahun 2022"),
        new String[] {"2.17.03", "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", "Persentase pemeriksaan", "50% (10%)"});
    DocumentFacts facts = extract(DocType.RENJA, 2024);
    List<Fact> both = where(facts, f -> f.rawText().equals("50% (10%)"));
    assertThat(both).extracting(Fact::value).containsExactly(50.0, 10.0);
    assertThat(both.get(1).flags()).contains("secondary_value");
    assertThat(both.get(0).factId()).isNotEqualTo(both.get(1).factId());
  }

  @Test
  void testDifferentValuesForOneClaimAreFlaggedAsConflicts() {
    table("Tabel 2.3", List.of("INDIKATOR", "REALISASI > 2022"),
        new String[] {"Persentase Koperasi Berkualitas", "25,48%"});
    table("Tabel 2.4", List.of("Indikator", "Realisasi Capaian > Tahun 2022 (n-1)"),
        new String[] {"Persentase Koperasi Berkualitas", "23,35%"});
    DocumentFacts facts = extract(DocType.RENJA, 2024);
    assertThat(where(facts, f -> "koperasi_berkualitas_pct".equals(f.metric())))
        .hasSize(2).allSatisfy(f -> assertThat(f.flags()).contains(ConflictFlagger.CONFLICT));
  }

  @Test
  void testKeySentencesGiveFactsWithTheYearTheyName() {
    prose.addAll(Arrays.asList(
        "Pada tahun 2016 jumlah koperasi adalah 778 unit, dengan rincian untuk koperasi aktif adalah 686 unit"
            + " dan tidak aktif sebanyak 92 unit.",
        "",
        "Realisasi anggaran Rp.18.852.082.292 atau sebesar 83,79%.",
        "",
        "Tahun 2023 terealisasi 10.167 jiwa jumlah penduduk produktif yang berwirausaha dibagi dengan total"
            + " jumlah usia produktif 1.371.808 jiwa."));
    DocumentFacts facts = extract(DocType.RENSTRA, null);
    assertThat(one(facts, f -> "koperasi_jumlah".equals(f.metric())).value()).isEqualTo(778);
    Fact aktif = one(facts, f -> "koperasi_aktif".equals(f.metric()));
    assertThat(aktif.value()).isEqualTo(686);
    assertThat(aktif.year()).isEqualTo(2016);
    assertThat(aktif.sourceLine()).isEqualTo(1);
    assertThat(aktif.tableNo()).isNull();
    assertThat(one(facts, f -> "koperasi_tidak_aktif".equals(f.metric())).value()).isEqualTo(92);
    Fact serapan = one(facts, f -> "serapan_pct".equals(f.measure()));
    assertThat(serapan.value()).isEqualTo(83.79);
    assertThat(serapan.level()).isEqualTo("dinas");
    assertThat(serapan.year()).isNull();
    assertThat(one(facts, f -> "wirausaha_jumlah".equals(f.metric())).value()).isEqualTo(10167);
    Fact penduduk = one(facts, f -> "penduduk_usia_produktif".equals(f.metric()));
    assertThat(penduduk.value()).isEqualTo(1371808);
    assertThat(penduduk.year()).isEqualTo(2023);
  }

  @Test
  void testASentenceWrappedOverTwoLinesIsOneSentenceAndItsNumberKeepsItsLine() {
    prose.addAll(Arrays.asList(
        "Sampai dengan akhir tahun 2022 jumlah koperasi di kota ini adalah 732 unit koperasi, dengan",
        "koperasi aktif sebanyak 561 unit koperasi."));
    DocumentFacts facts = extract(DocType.RENJA, 2024);
    Fact aktif = one(facts, f -> "koperasi_aktif".equals(f.metric()));
    assertThat(aktif.year()).isEqualTo(2022);
    assertThat(aktif.sourceLine()).isEqualTo(2);
    assertThat(aktif.rawText()).isEqualTo("koperasi aktif sebanyak 561 unit koperasi.");
    assertThat(one(facts, f -> "koperasi_jumlah".equals(f.metric())).sourceLine()).isEqualTo(1);
  }

  @Test
  void testColumnsWithoutHeaderAreReadByTheirContent() {
    table("Perkembangan UMKM Tahun 2010-2016",
        List.of("", "SATUAN", "TAHUN > 2013", "TAHUN > 2014"),
        new String[] {"Jumlah UMKM", "Unit", "11.383", "11.585"});
    DocumentFacts facts = extract(DocType.RENSTRA, null);
    Fact umkm = one(facts, f -> f.year() != null && f.year() == 2014);
    assertThat(umkm.metric()).isEqualTo("umkm_jumlah");
    assertThat(umkm.value()).isEqualTo(11585);
    assertThat(umkm.subject()).isEqualTo("Jumlah UMKM");
  }

  @Test
  void testAWrappedSentenceKeepsTheYearOfItsFirstLine() {
    prose.addAll(Arrays.asList(
        "Sampai akhir tahun 2024 jumlah koperasi yang tercatat sebanyak 1.214 unit,",
        "dan koperasi aktif sebanyak 987 unit.",
        "Koperasi tidak aktif sebanyak 227 unit."));
    DocumentFacts facts = extract(DocType.RENJA, 2026);
    Fact aktif = one(facts, f -> "koperasi_aktif".equals(f.metric()));
    assertThat(aktif.year()).isEqualTo(2024);
    assertThat(aktif.sourceLine()).isEqualTo(2);
    // A new sentence on the next line names its own year or takes the plan year.
    assertThat(one(facts, f -> "koperasi_tidak_aktif".equals(f.metric())).year()).isEqualTo(2026);
  }

  @Test
  void testBudgetSentencesWithScaleWordsAndAPaguSentence() {
    prose.add("Pagu anggaran belanja dinas setelah perubahan Tahun 2025 adalah Rp 13,48 miliar, dengan realisasi"
        + " anggaran sebesar Rp 12,71 miliar atau 94,29%.");
    DocumentFacts facts = extract(DocType.LKJIP, 2025);
    Fact pagu = one(facts, f -> "pagu".equals(f.measure()));
    assertThat(pagu.value()).isEqualTo(13_480_000_000d);
    assertThat(pagu.stage()).as("'setelah perubahan' names the stage").isEqualTo("perubahan");
    assertThat(one(facts, f -> "realisasi".equals(f.measure())).value()).isEqualTo(12_710_000_000d);
    assertThat(one(facts, f -> "serapan_pct".equals(f.measure())).value()).isEqualTo(94.29);
  }

  @Test
  void testABudgetAllocationSentenceIsTheYearsDinasPaguAndKeepsItsSpelledOutDisagreement() {
    prose.add("Untuk tahun 2025 dinas ini memperoleh alokasi anggaran sebesar Rp. 9.100.250.000,- (sembilan milyar"
        + " seratus juta dua ratus lima puluh ribu rupiah) untuk program dan kegiatan berikut.");
    prose.add("Alokasi dana kelurahan tahun 2025 senilai Rp 2,5 miliar dikelola oleh kecamatan.");
    DocumentFacts facts = extract(DocType.RENJA, 2026);
    // Alokasi Dana Desa/Kelurahan is a transfer to villages, not the agency's budget.
    Fact dinas = one(facts, f -> "pagu".equals(f.measure()) && "anggaran".equals(f.metric()));
    assertThat(dinas.value()).isEqualTo(9_100_250_000d);
    assertThat(dinas.year()).isEqualTo(2025);
    assertThat(dinas.level()).isEqualTo("dinas");
    assertThat(dinas.sourceLine()).isEqualTo(1);
    assertThat(dinas.tableNo()).isNull();
    // The words say 9.100.250.000 too; a sentence whose words disagree is flagged (tested on the parser).
    assertThat(dinas.flags()).doesNotContain("spelled_out_mismatch");
  }

  @Test
  void testAnAllocationWhoseSpelledOutWordsDisagreeKeepsTheNumeralAndTheFlag() {
    prose.add("Pada tahun anggaran 2025 dinas memperoleh alokasi anggaran (di luar belanja pegawai) sebesar"
        + " Rp. 4.250.500.000,- (empat milyar dua ratus lima puluh juta lima ratus ribu lima ratus rupiah)"
        + " untuk sembilan program.");
    DocumentFacts facts = extract(DocType.RENJA, 2026);
    Fact pagu = one(facts, f -> "anggaran".equals(f.metric()));
    assertThat(pagu.measure()).isEqualTo("pagu");
    assertThat(pagu.level()).isEqualTo("dinas");
    assertThat(pagu.year()).isEqualTo(2025);
    assertThat(pagu.value()).as("the printed numeral, not the words").isEqualTo(4_250_500_000d);
    assertThat(pagu.flags()).contains("spelled_out_mismatch", "prose");
    assertThat(pagu.stage()).as("the sentence names no stage").isNull();
  }

  @Test
  void testAPaguSentenceTakesTheStageItsSentenceNamesBeforeTheAmount() {
    prose.add("Dalam APBD murni 2024 dinas mendapat alokasi anggaran sebesar Rp 3.100.000.000.");
    prose.add("Sesudah perubahan APBD 2024 alokasi anggaran dinas naik menjadi sebesar Rp 3.350.000.000.");
    prose.add("Menurut Rancangan Awal RKPD 2026, pagu anggaran dinas adalah Rp 3,6 miliar.");
    prose.add("Anggaran perubahan tahun lalu sudah dipertanggungjawabkan. Total anggaran belanja dinas sebesar"
        + " Rp 3.700.000.000.");
    DocumentFacts facts = extract(DocType.RENJA, 2026);
    assertThat(one(facts, f -> f.sourceLine() == 1).stage()).isEqualTo("induk");
    Fact perubahan = one(facts, f -> f.sourceLine() == 2);
    assertThat(perubahan.stage()).isEqualTo("perubahan");
    assertThat(perubahan.value()).isEqualTo(3_350_000_000d);
    Fact rancangan = one(facts, f -> f.sourceLine() == 3);
    assertThat(rancangan.stage()).isEqualTo("rancangan");
    assertThat(rancangan.year()).isEqualTo(2026);
    assertThat(rancangan.value()).isEqualTo(3_600_000_000d);
    // The stage word of an earlier sentence does not carry over.
    assertThat(one(facts, f -> f.sourceLine() == 4).stage()).isNull();
  }

  @Test
  void testAmountsInJutaByTheirHeaderAndOrdinalYearsOfTheRenstraPeriod() {
    table("Tabel 6.1 Rencana Program dan Pendanaan Tahun 2025-2029",
        List.of("Kode", "Program", "Indikator Kinerja", "Tahun-1 > Target", "Tahun-1 > Rp (juta)", "Th-2 > Target",
            "Th-2 > Rp (juta)"),
        new String[] {"2.17.07", "Program Pemberdayaan UMKM", "Rasio koperasi aktif terhadap total koperasi", "73,5%",
            "415,5", "75%", "1.640"},
        new String[] {"", "JUMLAH", "", "", "2.000", "", "Rp 1,7 M"});
    List<String> lines = new ArrayList<>();
    DocumentIdentity identity = new DocumentIdentity(DocType.RENSTRA, null, "Dinas Koperasi dan Usaha Mikro",
        new Region("3302", "33", "JAWA TENGAH", "KABUPATEN BANYUMAS"), null, 2025, 2029);
    for (int i = 0; i < line + 5; i++) {
      lines.add("");
    }
    DocumentFacts facts = extractor.extract(new ExtractedDocument("contoh.txt", "abc", 1, identity, lines, tables));
    Fact pagu = one(facts, f -> "program".equals(f.level()) && "pagu".equals(f.measure()) && f.year() == 2025);
    assertThat(pagu.value()).isEqualTo(415_500_000d);
    assertThat(pagu.flags()).contains("scale_from_header");
    assertThat(one(facts, f -> "program".equals(f.level()) && "pagu".equals(f.measure()) && f.year() == 2026).value())
        .isEqualTo(1_640_000_000d);
    assertThat(one(facts, f -> "dinas".equals(f.level()) && f.year() == 2025).value()).isEqualTo(2_000_000_000d);
    // A cell that prints its own scale is not scaled again.
    assertThat(one(facts, f -> "dinas".equals(f.level()) && f.year() == 2026).value()).isEqualTo(1_700_000_000d);
    Fact target = one(facts, f -> "koperasi_aktif_pct".equals(f.metric()) && f.year() == 2026);
    assertThat(target.measure()).isEqualTo("target");
    assertThat(target.value()).isEqualTo(75);
  }

  @Test
  void testRatioSentencesWithTheirNumeratorAndDenominatorAndCountsBeforeTheirNoun() {
    prose.add("Pada akhir tahun 2024, dari 612 koperasi yang terdaftar, sebanyak 407 koperasi dinyatakan aktif dan"
        + " 205 koperasi tidak aktif.");
    prose.add("");
    prose.add("Rasio wirausaha tahun 2024 sebesar 2,37% dihitung dari jumlah wirausaha 16.402 orang dibagi jumlah"
        + " penduduk usia produktif 692.118 jiwa.");
    prose.add("");
    prose.add("Rasio wirausaha pada akhir periode ditargetkan sebesar 2,60%.");
    prose.add("");
    prose.add("Realisasi anggaran tahun 2024 sebesar Rp 9. 148.997.610,- atau 94,21 % dari pagu.");
    DocumentFacts facts = extract(DocType.LKJIP, 2024);
    assertThat(one(facts, f -> "koperasi_jumlah".equals(f.metric())).value()).isEqualTo(612);
    assertThat(one(facts, f -> "koperasi_aktif".equals(f.metric())).value()).isEqualTo(407);
    assertThat(one(facts, f -> "koperasi_tidak_aktif".equals(f.metric())).value()).isEqualTo(205);
    Fact ratio = one(facts, f -> "wirausaha_pct".equals(f.metric()));
    assertThat(ratio.value()).isEqualTo(2.37); // the target sentence is no realisasi
    assertThat(ratio.year()).isEqualTo(2024);
    assertThat(one(facts, f -> "wirausaha_jumlah".equals(f.metric())).value()).isEqualTo(16402);
    assertThat(one(facts, f -> "penduduk_usia_produktif".equals(f.metric())).value()).isEqualTo(692118);
    assertThat(one(facts, f -> "realisasi".equals(f.measure()) && "anggaran".equals(f.metric())).value())
        .isEqualTo(9_148_997_610d);
    assertThat(one(facts, f -> "serapan_pct".equals(f.measure())).value()).isEqualTo(94.21);
  }

  @Test
  void testTotalPaguIndikatifAndPrakiraanMajuSentences() {
    prose.add("Total pagu indikatif Dinas Tahun 2025 sebesar Rp 10.482,615 juta, dengan prakiraan maju Tahun 2026"
        + " sebesar Rp 10.950 juta.");
    prose.add("");
    prose.add("Usulan pelatihan senilai Rp 250 juta belum dapat diakomodir dalam pagu indikatif.");
    DocumentFacts facts = extract(DocType.RENJA, 2025);
    Fact pagu = one(facts, f -> "pagu".equals(f.measure()) && f.stage() == null);
    assertThat(pagu.value()).isEqualTo(10_482_615_000d);
    assertThat(pagu.year()).isEqualTo(2025);
    Fact maju = one(facts, f -> "prakiraan".equals(f.stage()));
    assertThat(maju.value()).isEqualTo(10_950_000_000d);
    assertThat(maju.year()).isEqualTo(2026);
    assertThat(where(facts, f -> f.value() == 250_000_000d)).isEmpty(); // a proposal is no pagu
  }

  @Test
  void testAHeaderPrintedAgainInTheBodyGivesNoFactsButOneYearLikeValueStays() {
    table("Rencana Program dan Pendanaan",
        List.of("Kode", "Program", "Indikator", "Tahun 2024 > Target", "Tahun 2024 > (Rp)", "Tahun 2025 > Target",
            "Tahun 2025 > (Rp)"),
        new String[] {"2.17.07", "Program Pemberdayaan Usaha Mikro", "Jumlah usaha mikro binaan", "310 unit",
            "420.000.000", "2025 unit", "455.000.000"},
        new String[] {"", "", "Kondisi awal", "2024", "", "2025", ""},
        new String[] {"", "", "", "Target", "(Rp)", "Target", "(Rp)"},
        new String[] {"2.17.08", "Program Pengembangan UMKM", "Jumlah usaha mikro naik kelas", "40 unit",
            "150.000.000", "45 unit", "160.000.000"});
    DocumentFacts facts = extract(DocType.RENSTRA, null);
    assertThat(where(facts, f -> f.sourceLine() == 101)).as("the repeated header's year labels").isEmpty();
    assertThat(facts.skipped()).filteredOn(s -> s.sourceLine() == 101)
        .extracting(SkippedCell::reason).containsOnly(SkipReason.HEADER_ROW);
    // A single value equal to its column's year in a data row is still a value.
    assertThat(one(facts, f -> f.sourceLine() == 100 && f.year() == 2025 && !"anggaran".equals(f.metric())).value())
        .isEqualTo(2025);
    assertThat(where(facts, f -> f.sourceLine() == 103)).hasSize(4);
  }

  @Test
  void testScoreAbsorptionInWordsAndUmkmCountSentences() {
    prose.add("Nilai SAKIP dinas tahun 2024 mencapai 70,48 dengan predikat BB, naik dari 69,12 pada tahun 2023.");
    prose.add("");
    prose.add("Pada tahun 2023 realisasi keuangan dinas sebesar Rp 8.903.115.200 atau 92,87 persen dari pagu.");
    prose.add("");
    prose.add("Jumlah UMKM di kabupaten ini pada tahun 2024 tercatat sebanyak 68.214 unit.");
    prose.add("");
    prose.add("Nilai SAKIP ditargetkan mencapai 72 pada tahun 2025, dan jumlah UMKM binaan sebanyak 1.200 unit.");
    DocumentFacts facts = extract(DocType.LKJIP, 2024);
    Fact sakip = one(facts, f -> "nilai_akip".equals(f.metric())); // the target sentence is no realisasi
    assertThat(sakip.value()).isEqualTo(70.48);
    assertThat(sakip.year()).isEqualTo(2024);
    Fact serapan = one(facts, f -> "serapan_pct".equals(f.measure()));
    assertThat(serapan.value()).isEqualTo(92.87);
    assertThat(serapan.year()).isEqualTo(2023);
    Fact umkm = one(facts, f -> "umkm_jumlah".equals(f.metric())); // UMKM binaan are not all on record
    assertThat(umkm.value()).isEqualTo(68214);
    assertThat(umkm.year()).isEqualTo(2024);
  }

  @Test
  void testARenstraPeriodEndThatSumsTheYearsIsAPeriodTotalNotTheLastYear() {
    table("Tabel 6.1 Rencana Program Tahun 2025-2029",
        List.of("Kode", "Indikator Kinerja", "2025 > Target", "2026 > Target", "2027 > Target", "2028 > Target",
            "2029 > Target", "Kondisi Akhir Periode Renstra > Target"),
        new String[] {"2.17.07", "Jumlah wirausaha baru", "420 orang", "440 orang", "460 orang", "480 orang",
            "500 orang", "2.300 orang"},
        new String[] {"2.17.03", "Persentase koperasi aktif", "75%", "77%", "79%", "82%", "85%", "85%"});
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < line + 5; i++) {
      lines.add("");
    }
    DocumentIdentity identity = new DocumentIdentity(DocType.RENSTRA, null, "Dinas Koperasi dan Usaha Mikro",
        new Region("3376", "33", "JAWA TENGAH", "KOTA TEGAL"), null, 2025, 2029);
    DocumentFacts facts = extractor.extract(new ExtractedDocument("contoh.txt", "abc", 1, identity, lines, tables));
    Fact total = one(facts, f -> "wirausaha_baru_jumlah".equals(f.metric()) && f.value() == 2300);
    assertThat(total.year()).isNull();
    assertThat(total.flags()).contains("period_total").doesNotContain(ConflictFlagger.CONFLICT);
    Fact last = one(facts, f -> "wirausaha_baru_jumlah".equals(f.metric()) && Integer.valueOf(2029).equals(f.year()));
    assertThat(last.value()).isEqualTo(500);
    assertThat(last.flags()).doesNotContain(ConflictFlagger.CONFLICT);
    // A percentage's end of period is its last year's level: it stays that year's target.
    assertThat(where(facts, f -> "koperasi_aktif_pct".equals(f.metric()) && Integer.valueOf(2029).equals(f.year())))
        .hasSize(2).allSatisfy(f -> assertThat(f.value()).isEqualTo(85));
  }
}
