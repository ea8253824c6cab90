package id.capaian.synth;

import static id.capaian.synth.NumberStyle.ID;

import id.capaian.synth.Nomenclature.Item;
import id.capaian.synth.RegionFigures.Amounts;
import id.capaian.synth.RegionFigures.Budget;
import id.capaian.synth.SynthTable.PageBreak;
import id.capaian.synth.SynthTable.Style;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An LKjIP (annual performance report) for year Y, in TAB tables: the key indicators with target,
 * realisasi and capaian, the entrepreneurship ratio's counts in a sentence, the budget of Y-1 and Y
 * side by side (Indonesian numbers), and the program/kegiatan master table with its money in the
 * document's own convention (often US style), cut by the report's running header and footer and losing
 * its leading empty cell on the last page.
 */
final class LkjipWriter {
  private static final List<Indicator> IKU =
      List.of(Indicator.NILAI_AKIP, Indicator.KOPERASI_BERKUALITAS_PCT, Indicator.WIRAUSAHA_PCT,
          Indicator.KOPERASI_AKTIF_PCT);

  private final Writing w;
  private final int y;
  private final NumberStyle money;
  private final NumberStyle decimals;

  LkjipWriter(Writing writing) {
    this.w = writing;
    this.y = writing.plan().year();
    this.money = writing.draw().chance(0.6) ? NumberStyle.US : NumberStyle.ID;
    this.decimals = writing.draw().chance(0.5) ? NumberStyle.US : NumberStyle.ID;
  }

  void write() {
    DocumentText doc = w.doc();
    doc.line(w.draw().pick(List.of("LAPORAN KINERJA INSTANSI PEMERINTAH", "LAPORAN KINERJA")));
    doc.line("(LKjIP)");
    doc.line(w.agency());
    doc.line(w.wilayahUpper());
    doc.line("TAHUN " + y);
    doc.blank();
    contents();
    w.section("BAB I PENDAHULUAN", Prose.PENDAHULUAN);
    w.section("1.2 Tugas Pokok dan Fungsi", Prose.TUGAS);
    doc.line("BAB III AKUNTABILITAS KINERJA");
    doc.blank();
    iku();
    wirausahaSentence();
    w.section("3.2 Analisis Capaian Kinerja", Prose.EVALUASI);
    comparison();
    master();
    doc.line("BAB IV PENUTUP");
    doc.blank();
    doc.paragraphs(Prose.section(Prose.RENCANA, w.draw(), w.values()));
  }

  private void contents() {
    DocumentText doc = w.doc();
    doc.line("DAFTAR ISI");
    doc.blank();
    SynthTable toc = new SynthTable(Style.TAB).header(List.of("KATA PENGANTAR", "i"));
    toc.row(List.of("BAB I PENDAHULUAN", "1"));
    toc.row(List.of("BAB II PERENCANAAN KINERJA", "7"));
    toc.row(List.of("BAB III AKUNTABILITAS KINERJA", "12"));
    toc.row(List.of("BAB IV PENUTUP", "" + w.draw().between(30, 48)));
    toc.writeTo(doc);
    doc.blank();
  }

  private void iku() {
    DocumentText doc = w.doc();
    doc.line("3.1 Capaian Indikator Kinerja Utama Tahun " + y);
    doc.blank();
    doc.line("Perbandingan antara target dan realisasi indikator kinerja utama tahun ini adalah sebagai berikut:");
    doc.blank();
    SynthTable t = new SynthTable(Style.TAB)
        .header(List.of("No", "Sasaran Strategis", "Indikator Kinerja", "Sumber Data", "Target", "Realisasi",
            "% Capaian"));
    List<String> sasaran = List.of("Meningkatnya akuntabilitas kinerja perangkat daerah",
        "Meningkatnya daya saing koperasi dan usaha mikro", "", "");
    List<String> sumber = List.of("Hasil evaluasi SAKIP", "Data kelembagaan koperasi", "Basis data usaha mikro",
        "Data kelembagaan koperasi");
    for (int i = 0; i < IKU.size(); i++) {
      Indicator ind = IKU.get(i);
      BigDecimal target = w.figures().target(ind, y);
      BigDecimal real = w.figures().realisasi(ind, y);
      BigDecimal capaian = RegionFigures.capaian(real, target);
      String pct = ind.isPercent() ? "%" : "";
      String note = "IKU table " + ind.label();
      t.row(List.of(i < 2 ? (i + 1) + "." : "", sasaran.get(i), ind.label(), sumber.get(i),
              decimals.compact(target) + pct, decimals.decimal(real, 2) + pct, decimals.decimal(capaian, 2) + "%"),
          List.of(Stated.indicator(ind.metric(), "target", y, target, note),
              Stated.indicator(ind.metric(), "realisasi", y, real, note),
              Stated.indicator(ind.metric(), "capaian", y, capaian, note)));
    }
    t.writeTo(doc);
    doc.blank();
  }

  private void wirausahaSentence() {
    long jumlah = w.figures().wirausahaJumlah(y);
    long penduduk = w.figures().pendudukUsiaProduktif(y);
    String note = "prose sentence";
    w.doc().line("Persentase wirausaha tahun " + y + " dihitung dari " + ID.grouped(jumlah)
        + " jiwa penduduk usia produktif yang berwirausaha dibagi " + ID.grouped(penduduk)
        + " jiwa penduduk usia produktif " + w.wilayah() + ", atau sebesar "
        + ID.decimal(w.figures().realisasi(Indicator.WIRAUSAHA_PCT, y), 2) + "%.",
        List.of(Stated.indicator("wirausaha_jumlah", "realisasi", y, BigDecimal.valueOf(jumlah), note),
            Stated.indicator("penduduk_usia_produktif", "realisasi", y, BigDecimal.valueOf(penduduk), note)));
    w.doc().blank();
  }

  /** The agency's budget of Y-1 and Y side by side, Indonesian numbers, no % sign. */
  private void comparison() {
    DocumentText doc = w.doc();
    doc.line("Tabel Perbandingan Realisasi Keuangan");
    doc.blank();
    Amounts last = w.figures().budget(y - 1).dinas();
    Amounts now = w.figures().budget(y).dinas();
    String note = "comparison table";
    new SynthTable(Style.TAB)
        .header(List.of("TA. " + (y - 1), "", "", "TA. " + y, "", ""))
        .header(List.of("Anggaran", "Realisasi", "%", "Anggaran", "Realisasi", "%"))
        .row(List.of(ID.grouped(last.perubahan()), ID.grouped(last.realisasi()), ID.decimal(last.serapan(), 2),
                ID.grouped(now.perubahan()), ID.grouped(now.realisasi()), ID.decimal(now.serapan(), 2)),
            List.of(Stated.budget("dinas", null, "pagu", null, y - 1, last.perubahan(), note),
                Stated.budget("dinas", null, "realisasi", null, y - 1, last.realisasi(), note),
                Stated.serapan("dinas", null, y - 1, last.serapan(), note),
                Stated.budget("dinas", null, "pagu", null, y, now.perubahan(), note),
                Stated.budget("dinas", null, "realisasi", null, y, now.realisasi(), note),
                Stated.serapan("dinas", null, y, now.serapan(), note)))
        .writeTo(doc);
    doc.blank();
  }

  /** Every program, kegiatan and sub-kegiatan: performance and budget of Y; programs named, not coded. */
  private void master() {
    DocumentText doc = w.doc();
    doc.line("Realisasi kinerja dan anggaran program, kegiatan dan sub kegiatan tahun " + y
        + " adalah sebagai berikut:");
    doc.blank();
    String running = "LAPORAN KINERJA " + w.agency() + " " + w.wilayahUpper();
    SynthTable t = new SynthTable(Style.TAB)
        .header(List.of("No.", "PROGRAM/ KEGIATAN/ SUBKEGIATAN", "INDIKATOR KINERJA PROGRAM (outcome)/ KEGIATAN (output)",
            "KINERJA PROGRAM/ KEGIATAN/ SUBKEGIATAN", "", "", "KINERJA KEUANGAN", "", "", "EFISIENSI ANGGARAN",
            "KETERANGAN"))
        .header(List.of("", "", "", "Target", "Realisasi", "%", "Target", "Realisasi", "%", "", ""))
        .pages(w.draw().between(12, 18), PageBreak.FURNITURE)
        .furniture(List.of(running, Integer.toString(y)))
        .lastPageLosesLeadingCell();
    Budget b = w.figures().budget(y);
    Amounts d = b.dinas();
    String note = "master table";
    t.row(List.of("", w.agencyTitle(), "", "", "", "", money.grouped(d.perubahan()), money.grouped(d.realisasi()),
            decimals.decimal(d.serapan(), 2) + "%", "", ""),
        List.of(Stated.budget("dinas", null, "pagu", null, y, d.perubahan(), note),
            Stated.budget("dinas", null, "realisasi", null, y, d.realisasi(), note),
            Stated.serapan("dinas", null, y, d.serapan(), note)));
    for (Item program : Nomenclature.get().programs()) {
      masterRow(t, program, b.of(program.kode()), true);
      for (Item item : Nomenclature.get().under(program)) {
        masterRow(t, item, b.of(item.kode()), false);
      }
    }
    t.writeTo(doc);
    doc.blank();
  }

  private void masterRow(SynthTable t, Item item, Amounts a, boolean program) {
    String name = program ? titleProgram(item.name())
        : item.isKegiatan() ? "Kegiatan " + item.name() : item.name();
    long target = item.satuan().equals("%") ? 100 : w.draw().between(1, 300);
    long real = Math.max(0, Math.round(target * w.draw().fraction(0.7, 1.1)));
    String unit = item.satuan().equals("%") ? "%" : "";
    String keterangan = a.realisasi() < a.perubahan() ? "Kegiatan terlaksana, terdapat efisiensi anggaran" : "";
    List<String> cells = List.of("", name, item.indikator(), target + unit, real + unit,
        decimals.decimal(RegionFigures.percent(real, target), 2) + "%", money.grouped(a.perubahan()),
        money.grouped(a.realisasi()), decimals.decimal(a.serapan(), 2) + "%",
        money.grouped(a.perubahan() - a.realisasi()), program ? "" : keterangan);
    if (!program) {
      t.row(cells);
      return;
    }
    String note = "master table program named without code";
    t.row(cells, List.of(
        Stated.budget("program", item.kode(), "pagu", null, y, a.perubahan(), note),
        Stated.budget("program", item.kode(), "realisasi", null, y, a.realisasi(), note),
        Stated.serapan("program", item.kode(), y, a.serapan(), note)));
  }

  /** "Program Pemberdayaan Usaha Menengah, Usaha Kecil, Dan Usaha Mikro (Umkm)": every word capitalised. */
  private static String titleProgram(String upper) {
    StringBuilder sb = new StringBuilder();
    for (String word : upper.split(" ")) {
      String lower = word.toLowerCase(Locale.ROOT);
      int first = 0;
      while (first < lower.length() && !Character.isLetter(lower.charAt(first))) {
        first++;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(first < lower.length()
          ? lower.substring(0, first) + Character.toUpperCase(lower.charAt(first)) + lower.substring(first + 1)
          : lower);
    }
    return sb.toString();
  }
}
