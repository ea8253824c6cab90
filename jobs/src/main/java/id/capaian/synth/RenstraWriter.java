package id.capaian.synth;

import static id.capaian.synth.NumberStyle.ID;

import id.capaian.synth.Nomenclature.Item;
import id.capaian.synth.RegionFigures.Amounts;
import id.capaian.synth.SynthTable.Style;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A Renstra (five-year strategic plan) for the period P..P+5, in TAB tables with two-row headers whose
 * top labels span empty cells: cooperative and enterprise counts of P-6..P, the review of indicators
 * and of the budget over P-5..P-1 (totals in bold tags), the cooperative count of P in a sentence, and
 * the targets of P+1..P+5.
 */
final class RenstraWriter {
  private static final List<Indicator> REVIEWED =
      List.of(Indicator.KOPERASI_AKTIF_PCT, Indicator.KOPERASI_SEHAT_PCT, Indicator.USAHA_MIKRO_WIRAUSAHA_PCT);
  private static final List<Indicator> TARGETED =
      List.of(Indicator.KOPERASI_AKTIF_PCT, Indicator.USAHA_MIKRO_WIRAUSAHA_PCT, Indicator.WIRAUSAHA_BARU_JUMLAH);

  private final Writing w;
  private final int p;

  RenstraWriter(Writing writing) {
    this.w = writing;
    this.p = writing.plan().year();
  }

  void write() {
    DocumentText doc = w.doc();
    doc.line(w.draw().pick(List.of("RENCANA STRATEGIS (RENSTRA)", "RENCANA STRATEGIS")));
    doc.line(w.agency());
    doc.line(w.wilayahUpper());
    doc.line("TAHUN " + p + w.draw().pick(List.of("-", " - ", " – ")) + (p + 5));
    doc.blank();
    doc.line("DAFTAR ISI");
    doc.blank();
    SynthTable toc = new SynthTable(Style.TAB).header(List.of("Kata Pengantar .....", "i"));
    toc.row(List.of("BAB I PENDAHULUAN .....", "1"));
    toc.row(List.of("BAB II GAMBARAN PELAYANAN .....", "9"));
    toc.row(List.of("BAB III PERMASALAHAN DAN ISU STRATEGIS .....", "31"));
    toc.row(List.of("BAB IV TUJUAN DAN SASARAN .....", "38"));
    toc.writeTo(doc);
    doc.blank();
    w.section("BAB I PENDAHULUAN", Prose.PENDAHULUAN);
    w.section("BAB II GAMBARAN PELAYANAN", Prose.TUGAS);
    counts();
    koperasiSentence();
    review();
    budgetReview();
    w.section("BAB III PERMASALAHAN DAN ISU STRATEGIS", Prose.EVALUASI);
    doc.line("BAB IV TUJUAN DAN SASARAN");
    doc.blank();
    targets();
    doc.paragraphs(Prose.section(Prose.RENCANA, w.draw(), w.values()));
  }

  private void caption(String number, String title) {
    w.doc().line(w.draw().chance(0.5) ? "**Tabel " + number + "**  " : "Tabel " + number);
    w.doc().line(title);
    w.doc().blank();
  }

  /** Tabel 2.1: counts of cooperatives, members and enterprises, P-6..P. */
  private void counts() {
    caption("2.1", "Perkembangan Koperasi dan UMKM di " + w.wilayah() + " Tahun " + (p - 6) + " - " + p);
    List<String> top = new ArrayList<>(List.of("Uraian", "Satuan", "TAHUN"));
    List<String> years = new ArrayList<>(List.of("", ""));
    for (int year = p - 6; year <= p; year++) {
      years.add(Integer.toString(year));
      if (year > p - 6) {
        top.add("");
      }
    }
    SynthTable t = new SynthTable(Style.TAB).header(top).header(years);
    countRow(t, "Jumlah Koperasi", "unit", "koperasi_jumlah", w.figures()::koperasiJumlah);
    countRow(t, "Koperasi Aktif", "unit", "koperasi_aktif", w.figures()::koperasiAktif);
    countRow(t, "Koperasi Tidak Aktif", "unit", "koperasi_tidak_aktif", w.figures()::koperasiTidakAktif);
    countRow(t, "Jumlah Anggota Koperasi", "orang", "anggota_koperasi", w.figures()::anggotaKoperasi);
    countRow(t, "Jumlah UMKM", "unit", "umkm_jumlah", w.figures()::umkmJumlah);
    t.writeTo(w.doc());
    w.doc().blank();
    w.doc().line("Sumber: data kelembagaan koperasi dan pendataan usaha mikro dinas.");
    w.doc().blank();
  }

  private void countRow(SynthTable t, String label, String unit, String metric, IntFunction<Long> value) {
    List<String> cells = new ArrayList<>(List.of(label, unit));
    List<Stated> stated = new ArrayList<>();
    for (int year = p - 6; year <= p; year++) {
      long v = value.apply(year);
      cells.add(ID.grouped(v));
      stated.add(Stated.indicator(metric, "realisasi", year, BigDecimal.valueOf(v), "Tabel 2.1 " + label));
    }
    t.row(cells, stated);
  }

  private void koperasiSentence() {
    long j = w.figures().koperasiJumlah(p);
    long a = w.figures().koperasiAktif(p);
    String note = "prose sentence";
    w.doc().line("Pada tahun " + p + " jumlah koperasi di " + w.wilayah() + " sebanyak " + ID.grouped(j)
        + " unit, terdiri atas " + ID.grouped(a) + " koperasi aktif dan " + ID.grouped(j - a)
        + " koperasi tidak aktif.",
        List.of(Stated.indicator("koperasi_jumlah", "realisasi", p, BigDecimal.valueOf(j), note),
            Stated.indicator("koperasi_aktif", "realisasi", p, BigDecimal.valueOf(a), note),
            Stated.indicator("koperasi_tidak_aktif", "realisasi", p, BigDecimal.valueOf(j - a), note)));
    w.doc().blank();
  }

  /** Tabel 2.2: targets, realisasi and their ratio for P-5..P-1. */
  private void review() {
    caption("2.2", "Pencapaian Kinerja Pelayanan " + w.agencyTitle() + " Tahun " + (p - 5) + " - " + (p - 1));
    List<String> top = new ArrayList<>(List.of("No", "Indikator", "Satuan"));
    List<String> years = new ArrayList<>(List.of("", "", ""));
    for (String label : List.of("Target Tahun", "Realisasi Tahun", "Rasio Capaian (%)")) {
      top.add(label);
      top.addAll(List.of("", "", "", ""));
      for (int year = p - 5; year <= p - 1; year++) {
        years.add(Integer.toString(year));
      }
    }
    SynthTable t = new SynthTable(Style.TAB).header(top).header(years);
    int no = 0;
    for (Indicator ind : REVIEWED) {
      List<String> targets = new ArrayList<>();
      List<String> reals = new ArrayList<>();
      List<String> ratios = new ArrayList<>();
      List<Stated> stated = new ArrayList<>();
      String note = "review table " + ind.label();
      for (int year = p - 5; year <= p - 1; year++) {
        BigDecimal target = w.figures().target(ind, year);
        BigDecimal real = w.figures().realisasi(ind, year);
        BigDecimal ratio = RegionFigures.capaian(real, target);
        targets.add(ID.decimal(target, 2));
        reals.add(ID.decimal(real, 2));
        ratios.add(ID.decimal(ratio, 2));
        stated.add(Stated.indicator(ind.metric(), "target", year, target, note));
        stated.add(Stated.indicator(ind.metric(), "realisasi", year, real, note));
        stated.add(Stated.indicator(ind.metric(), "capaian", year, ratio, note));
      }
      List<String> cells = new ArrayList<>(List.of(Integer.toString(++no), ind.label(), "%"));
      cells.addAll(targets);
      cells.addAll(reals);
      cells.addAll(ratios);
      t.row(cells, stated);
    }
    t.writeTo(w.doc());
    w.doc().blank();
  }

  /** Tabel 2.3: pagu (after revision) and realisasi of each program, P-5..P-1, total in bold tags. */
  private void budgetReview() {
    caption("2.3", "Anggaran dan Realisasi Pendanaan Pelayanan Tahun " + (p - 5) + " - " + (p - 1));
    List<String> top = new ArrayList<>(List.of("No", "Uraian"));
    List<String> years = new ArrayList<>(List.of("", ""));
    for (String label : List.of("Anggaran pada Tahun", "Realisasi Anggaran pada Tahun")) {
      top.add(label);
      top.addAll(List.of("", "", "", ""));
      for (int year = p - 5; year <= p - 1; year++) {
        years.add(Integer.toString(year));
      }
    }
    SynthTable t = new SynthTable(Style.TAB).header(top).header(years);
    int no = 0;
    for (Item program : Nomenclature.get().programs()) {
      List<String> cells = new ArrayList<>(List.of(Integer.toString(++no), program.titleName()));
      t.row(budgetCells(cells, program.kode(), false), budgetFacts("program", program.kode()));
    }
    List<String> total = new ArrayList<>(List.of("", "<b>JUMLAH</b>"));
    t.row(budgetCells(total, null, true), budgetFacts("dinas", null));
    t.writeTo(w.doc());
    w.doc().blank();
  }

  private Amounts amounts(String kode, int year) {
    return kode == null ? w.figures().budget(year).dinas() : w.figures().budget(year).of(kode);
  }

  private List<String> budgetCells(List<String> cells, String kode, boolean bold) {
    for (int pass = 0; pass < 2; pass++) {
      for (int year = p - 5; year <= p - 1; year++) {
        Amounts a = amounts(kode, year);
        String v = ID.grouped(pass == 0 ? a.perubahan() : a.realisasi());
        cells.add(bold ? "<b>" + v + "</b>" : v);
      }
    }
    return cells;
  }

  private List<Stated> budgetFacts(String level, String kode) {
    List<Stated> stated = new ArrayList<>();
    String note = kode == null ? "Tabel 2.3 total" : "Tabel 2.3 program named without code";
    for (int year = p - 5; year <= p - 1; year++) {
      Amounts a = amounts(kode, year);
      stated.add(Stated.budget(level, kode, "pagu", null, year, a.perubahan(), note));
      stated.add(Stated.budget(level, kode, "realisasi", null, year, a.realisasi(), note));
    }
    return stated;
  }

  /** Tabel 4.1: the starting point P and the targets P+1..P+5. */
  private void targets() {
    caption("4.1", "Indikator Kinerja " + w.agencyTitle() + " yang Mengacu pada Tujuan dan Sasaran RPJMD");
    List<String> top = new ArrayList<>(List.of("No", "Indikator", "Kondisi Kinerja pada Awal Periode",
        "Target Capaian Setiap Tahun", "", "", "", "", "Kondisi Kinerja pada Akhir Periode"));
    List<String> years = new ArrayList<>(List.of("", "", Integer.toString(p)));
    for (int year = p + 1; year <= p + 5; year++) {
      years.add(Integer.toString(year));
    }
    years.add(Integer.toString(p + 5));
    SynthTable t = new SynthTable(Style.TAB).header(top).header(years);
    int no = 0;
    for (Indicator ind : TARGETED) {
      boolean count = !ind.isPercent();
      List<String> cells = new ArrayList<>(List.of(Integer.toString(++no), ind.label()));
      BigDecimal start = count ? w.figures().target(ind, p) : w.figures().realisasi(ind, p);
      cells.add(count ? ID.grouped(start.longValue()) : ID.decimal(start, 2));
      List<Stated> stated = new ArrayList<>();
      for (int year = p + 1; year <= p + 5; year++) {
        BigDecimal target = w.figures().target(ind, year);
        cells.add(count ? ID.grouped(target.longValue()) : ID.decimal(target, 2));
        stated.add(Stated.indicator(ind.metric(), "target", year, target, "Tabel 4.1 " + ind.label()));
      }
      cells.add(cells.get(cells.size() - 1));
      t.row(cells, stated);
    }
    t.writeTo(w.doc());
    w.doc().blank();
  }
}
