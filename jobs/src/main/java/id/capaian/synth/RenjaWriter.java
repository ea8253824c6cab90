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

/**
 * A Renja (annual work plan) for plan year Y: the budget of Y-3 to Y by stage, the goal indicators with
 * Renstra targets and the realisasi of Y-2, the cooperative count of Y-2 in a sentence, and the program
 * plan of Y with the prakiraan maju of Y+1. Pipe layout: budget by jenis belanja, codes in one cell,
 * empty or repeated headers at page breaks. TAB layout: budget by program with no codes (programs are
 * named), code segments in cells of their own, blank lines or repeated headers at page breaks.
 */
final class RenjaWriter {
  private static final List<Indicator> INDICATORS =
      List.of(
          Indicator.KOPERASI_BERKUALITAS_PCT,
          Indicator.USAHA_MIKRO_WIRAUSAHA_PCT,
          Indicator.KOPERASI_AKTIF_PCT,
          Indicator.WIRAUSAHA_BARU_PERTUMBUHAN_PCT,
          Indicator.NILAI_AKIP);

  private final Writing w;
  private final Style style;
  private final int y;

  RenjaWriter(Writing writing) {
    this.w = writing;
    this.style = writing.plan().pipeTables() ? Style.PIPE : Style.TAB;
    this.y = writing.plan().year();
  }

  void write() {
    DocumentText doc = w.doc();
    boolean md = w.plan().file().endsWith(".md");
    String title = w.draw().pick(List.of("RENCANA KERJA (RENJA)", "RENCANA KERJA PERANGKAT DAERAH", "RENJA"));
    doc.line(md ? "# " + title : title);
    doc.line(md ? "**TAHUN " + y + "**" : "TAHUN " + y);
    doc.blank();
    doc.line(w.agency());
    doc.line(w.wilayahUpper());
    doc.blank();
    contents();
    w.section("BAB I PENDAHULUAN", Prose.PENDAHULUAN);
    w.section("1.2 Tugas dan Fungsi", Prose.TUGAS);
    doc.line("BAB II EVALUASI PELAKSANAAN RENJA TAHUN LALU");
    doc.blank();
    doc.paragraphs(Prose.section(Prose.EVALUASI, w.draw(), w.values()));
    budgetSentence();
    if (style == Style.PIPE) {
      budgetByJenis();
    } else {
      budgetByProgram();
    }
    indicators();
    koperasiSentence();
    w.section("BAB III TUJUAN DAN SASARAN", Prose.RENCANA);
    doc.line("BAB IV RENCANA KERJA DAN PENDANAAN");
    doc.blank();
    plan();
    doc.line("BAB V PENUTUP");
    doc.blank();
    doc.line("Demikian Rencana Kerja " + w.agencyTitle() + " " + w.wilayah() + " Tahun " + y
        + " disusun untuk menjadi pedoman pelaksanaan program dan kegiatan.");
  }

  private void contents() {
    List<String[]> entries =
        List.of(new String[] {"KATA PENGANTAR", "i"}, new String[] {"BAB I PENDAHULUAN", "1"},
            new String[] {"BAB II EVALUASI PELAKSANAAN RENJA TAHUN LALU", "6"},
            new String[] {"BAB III TUJUAN DAN SASARAN", "21"},
            new String[] {"BAB IV RENCANA KERJA DAN PENDANAAN", "27"}, new String[] {"BAB V PENUTUP", "40"});
    w.doc().line("DAFTAR ISI");
    w.doc().blank();
    SynthTable toc = new SynthTable(style);
    if (style == Style.PIPE) {
      toc.header(List.of("", ""));
      entries.forEach(e -> toc.row(List.of(e[0], e[1])));
    } else {
      toc.header(List.of(entries.get(0)[0] + " .....", entries.get(0)[1]));
      entries.subList(1, entries.size()).forEach(e -> toc.row(List.of(e[0] + " .....", e[1])));
    }
    toc.writeTo(w.doc());
    w.doc().blank();
  }

  private void budgetSentence() {
    Amounts a = w.figures().budget(y - 2).dinas();
    w.doc().line("Pada tahun " + (y - 2) + " dinas melaksanakan 8 program dengan pagu APBD Perubahan sebesar Rp. "
        + ID.grouped(a.perubahan()) + " dan realisasi anggaran Rp. " + ID.grouped(a.realisasi())
        + " atau sebesar " + ID.decimal(a.serapan(), 2) + "%.");
    w.doc().blank();
  }

  /** Tabel 2.1 of the pipe layout: the budget of Y-3 to Y by jenis belanja. */
  private void budgetByJenis() {
    DocumentText doc = w.doc();
    doc.line("Tabel 2.1");
    doc.line("Realisasi dan Proyeksi Belanja " + w.agencyTitle() + " " + w.wilayah() + " Tahun " + (y - 3)
        + " s/d " + y);
    doc.blank();
    SynthTable t = new SynthTable(Style.PIPE)
        .header(List.of("URAIAN", "TA " + (y - 3), "", "", "TA " + (y - 2), "", "", "TA " + (y - 1), "TA " + y))
        .header(List.of("", "Induk", "Perubahan", "Realisasi", "Induk", "Perubahan", "Realisasi", "Induk",
            "Target RKPD"));
    Budget b3 = w.figures().budget(y - 3);
    Budget b2 = w.figures().budget(y - 2);
    Budget b1 = w.figures().budget(y - 1);
    Budget b0 = w.figures().budget(y);
    t.row(List.of("BELANJA DAERAH", "", "", "", "", "", "", "", ""));
    jenisRow(t, "Belanja Operasi", "jenis_belanja", b3, b2, b1, b0, Budget::pegawai, Budget::barangJasa);
    jenisRow(t, "Belanja Pegawai", "jenis_belanja", b3, b2, b1, b0, Budget::pegawai);
    jenisRow(t, "Belanja Barang dan Jasa", "jenis_belanja", b3, b2, b1, b0, Budget::barangJasa);
    jenisRow(t, "Belanja Modal", "jenis_belanja", b3, b2, b1, b0, Budget::modal);
    jenisRow(t, "Belanja Modal Peralatan dan Mesin", "jenis_belanja", b3, b2, b1, b0, Budget::modalPeralatan);
    jenisRow(t, "Belanja Modal Gedung dan Bangunan", "jenis_belanja", b3, b2, b1, b0, Budget::modalGedung);
    String total = w.draw().pick(List.of("Jumlah Belanja Daerah", "Jumlah Belanja", "JUMLAH BELANJA"));
    jenisRow(t, total, "dinas", b3, b2, b1, b0, Budget::dinas);
    t.writeTo(doc);
    doc.blank();
    doc.line("Sumber: DPA dan laporan realisasi anggaran dinas.");
    doc.blank();
  }

  @SafeVarargs
  private void jenisRow(SynthTable t, String label, String level, Budget b3, Budget b2, Budget b1, Budget b0,
      java.util.function.Function<Budget, Amounts>... parts) {
    Amounts a3 = sum(b3, parts);
    Amounts a2 = sum(b2, parts);
    Amounts a1 = sum(b1, parts);
    Amounts a0 = sum(b0, parts);
    String note = "Tabel 2.1 " + label;
    List<Stated> stated = List.of(
        Stated.budget(level, null, "pagu", "induk", y - 3, a3.induk(), note),
        Stated.budget(level, null, "pagu", "perubahan", y - 3, a3.perubahan(), note),
        Stated.budget(level, null, "realisasi", null, y - 3, a3.realisasi(), note),
        Stated.budget(level, null, "pagu", "induk", y - 2, a2.induk(), note),
        Stated.budget(level, null, "pagu", "perubahan", y - 2, a2.perubahan(), note),
        Stated.budget(level, null, "realisasi", null, y - 2, a2.realisasi(), note),
        Stated.budget(level, null, "pagu", "induk", y - 1, a1.induk(), note));
    t.row(List.of(label, ID.grouped(a3.induk()), ID.grouped(a3.perubahan()), ID.grouped(a3.realisasi()),
        ID.grouped(a2.induk()), ID.grouped(a2.perubahan()), ID.grouped(a2.realisasi()), ID.grouped(a1.induk()),
        ID.grouped(a0.induk())), stated);
  }

  @SafeVarargs
  private static Amounts sum(Budget b, java.util.function.Function<Budget, Amounts>... parts) {
    Amounts total = new Amounts(0, 0, 0);
    for (var part : parts) {
      total = total.plus(part.apply(b));
    }
    return total;
  }

  /** Tabel 2.1 of the TAB layout: the budget of Y-2 before and after the revision, by program. */
  private void budgetByProgram() {
    DocumentText doc = w.doc();
    int ev = y - 2;
    doc.line("Tabel 2.1");
    doc.line("Alokasi Anggaran Tahun " + ev);
    doc.line(w.agencyTitle() + " " + w.wilayah());
    doc.blank();
    SynthTable t = new SynthTable(Style.TAB)
        .header(List.of("No", "Nama Program / Kegiatan", "Target Kinerja", "", "Anggaran (Rp)", ""))
        .header(List.of("", "", "Sebelum Perubahan", "Setelah Perubahan", "APBD", "P-APBD"))
        .pages(w.draw().between(14, 22), PageBreak.BLANK_LINE);
    Budget b = w.figures().budget(ev);
    int no = 0;
    for (Item program : Nomenclature.get().programs()) {
      Amounts a = b.of(program.kode());
      String target = targetText(program, ev, false);
      String note = "Tabel 2.1 program named without code";
      t.row(List.of(Integer.toString(++no), program.titleName(), target, target, rupiah(a.induk()),
              rupiah(a.perubahan())),
          List.of(Stated.budget("program", program.kode(), "pagu", "induk", ev, a.induk(), note),
              Stated.budget("program", program.kode(), "pagu", "perubahan", ev, a.perubahan(), note)));
      for (Item item : Nomenclature.get().under(program)) {
        Amounts ia = b.of(item.kode());
        String it = targetText(item, ev, false);
        t.row(List.of("", item.name(), it, it, rupiah(ia.induk()), rupiah(ia.perubahan())));
      }
    }
    Amounts d = b.dinas();
    t.row(List.of(w.draw().pick(List.of("T O T A L", "TOTAL", "JUMLAH")), "", "", "", rupiah(d.induk()),
            rupiah(d.perubahan())),
        List.of(Stated.budget("dinas", null, "pagu", "induk", ev, d.induk(), "Tabel 2.1 total APBD"),
            Stated.budget("dinas", null, "pagu", "perubahan", ev, d.perubahan(), "Tabel 2.1 total P-APBD")));
    t.writeTo(doc);
    doc.blank();
    doc.line("Sumber data : DPA dan DPPA " + w.agencyTitle() + " Tahun " + ev);
    doc.blank();
  }

  private static String rupiah(long value) {
    return ID.grouped(value) + ",-";
  }

  /** Tabel 2.2: goal indicators, Renstra targets Y-2..Y+1, realisasi of Y-2, projections. */
  private void indicators() {
    DocumentText doc = w.doc();
    int ev = y - 2;
    doc.line("Tabel 2.2");
    doc.line("Pencapaian Kinerja Tujuan dan Sasaran " + w.agencyTitle() + " Sampai Dengan Tahun " + ev);
    doc.blank();
    SynthTable t = new SynthTable(style)
        .header(List.of("TUJUAN / SASARAN", "INDIKATOR", "TARGET RENSTRA", "", "", "", "REALISASI", "",
            "PROYEKSI", ""))
        .header(List.of("", "", "" + ev, "" + (ev + 1), "" + (ev + 2), "" + (ev + 3), "" + ev, "" + (ev + 1),
            "" + (ev + 2), "" + (ev + 3)));
    t.row(List.of("Tujuan:", "", "", "", "", "", "", "", "", ""));
    t.row(List.of("Meningkatnya peran koperasi dan usaha mikro dalam perekonomian daerah", "", "", "", "", "",
        "", "", "", ""));
    t.row(List.of("Sasaran:", "", "", "", "", "", "", "", "", ""));
    List<String> sasaran = List.of(
        "Meningkatnya kualitas kelembagaan koperasi",
        "Meningkatnya daya saing usaha mikro",
        "Meningkatnya kesehatan dan keaktifan koperasi",
        "Tumbuhnya wirausaha baru berskala mikro",
        "Meningkatnya akuntabilitas kinerja perangkat daerah");
    boolean percentSign = style == Style.TAB;
    for (int i = 0; i < INDICATORS.size(); i++) {
      Indicator ind = INDICATORS.get(i);
      List<String> cells = new ArrayList<>(List.of(sasaran.get(i), ind.label()));
      List<Stated> stated = new ArrayList<>();
      String note = "Tabel 2.2 " + ind.label();
      for (int year = ev; year <= ev + 3; year++) {
        BigDecimal target = w.figures().target(ind, year);
        cells.add(indicatorValue(ind, target, percentSign));
        stated.add(Stated.indicator(ind.metric(), "target", year, target, note));
      }
      BigDecimal real = w.figures().realisasi(ind, ev);
      cells.add(indicatorValue(ind, real, percentSign));
      stated.add(Stated.indicator(ind.metric(), "realisasi", ev, real, note));
      cells.add("-");
      cells.add(indicatorValue(ind, w.figures().target(ind, ev + 2), percentSign));
      cells.add(indicatorValue(ind, w.figures().target(ind, ev + 3), percentSign));
      t.row(cells, stated);
    }
    t.writeTo(doc);
    doc.blank();
    doc.line("Sumber: Renstra dan LKjIP dinas (diolah).");
    doc.blank();
  }

  private static String indicatorValue(Indicator ind, BigDecimal v, boolean percentSign) {
    return percentSign && ind.isPercent() ? ID.compact(v) + "%" : ID.decimal(v, 2);
  }

  /** The Y-2 cooperative count, in one sentence of one line (three wordings). */
  private void koperasiSentence() {
    int ev = y - 2;
    long j = w.figures().koperasiJumlah(ev);
    long a = w.figures().koperasiAktif(ev);
    long t = j - a;
    String note = "prose sentence";
    Stated jumlah = Stated.indicator("koperasi_jumlah", "realisasi", ev, BigDecimal.valueOf(j), note);
    Stated aktif = Stated.indicator("koperasi_aktif", "realisasi", ev, BigDecimal.valueOf(a), note);
    Stated tidak = Stated.indicator("koperasi_tidak_aktif", "realisasi", ev, BigDecimal.valueOf(t), note);
    switch (w.draw().between(0, 2)) {
      case 0 -> w.doc().line("Sampai dengan akhir tahun " + ev + " jumlah koperasi di " + w.wilayah()
          + " tercatat " + ID.grouped(j) + " unit, dengan koperasi aktif sebanyak " + ID.grouped(a) + " unit.",
          List.of(jumlah, aktif));
      case 1 -> w.doc().line("Pada akhir tahun " + ev + " tercatat " + ID.grouped(j) + " koperasi di "
          + w.wilayah() + ", " + ID.grouped(a) + " unit di antaranya berstatus koperasi aktif.",
          List.of(jumlah, aktif));
      default -> w.doc().line("Jumlah koperasi pada tahun " + ev + " sebanyak " + ID.grouped(j)
          + " unit, terdiri atas " + ID.grouped(a) + " koperasi aktif dan " + ID.grouped(t)
          + " koperasi tidak aktif.", List.of(jumlah, aktif, tidak));
    }
    w.doc().blank();
  }

  /** Tabel 4.1: programs, kegiatan and sub-kegiatan of Y with pagu, and the prakiraan maju of Y+1. */
  private void plan() {
    DocumentText doc = w.doc();
    doc.line("Tabel 4.1");
    doc.line("Rumusan Rencana Program dan Kegiatan Tahun " + y + " dan Prakiraan Maju Tahun " + (y + 1));
    doc.line(w.agencyTitle() + " " + w.wilayah());
    doc.blank();
    Budget now = w.figures().budget(y);
    Budget next = w.figures().budget(y + 1);
    SynthTable t = style == Style.PIPE ? pipePlanHeader() : tabPlanHeader();
    String sumber = "APBD " + w.wilayah();
    boolean padded = w.draw().chance(0.5);
    if (style == Style.PIPE) {
      t.row(List.of("2.17", Nomenclature.get().urusan(), "", "", "", ID.grouped(now.dinas().induk()), "", "", "",
              ID.grouped(next.dinas().induk())),
          dinasPlan(now, next, "Tabel 4.1 urusan row"));
    }
    for (Item program : Nomenclature.get().programs()) {
      for (Item item : prepend(program, Nomenclature.get().under(program))) {
        long pagu = now.of(item.kode()).induk();
        long maju = next.of(item.kode()).induk();
        String note = "Tabel 4.1 " + item.level();
        List<Stated> stated = List.of(
            Stated.budget(item.level(), item.kode(), "pagu", null, y, pagu, note),
            Stated.budget(item.level(), item.kode(), "pagu", "prakiraan", y + 1, maju, note + " prakiraan maju"));
        String name = style == Style.PIPE && item.isProgram() ? item.name() : item.titleName();
        List<String> rest = List.of(name, item.indikator(), w.wilayah(), targetText(item, y, true),
            ID.grouped(pagu), sumber, "", targetText(item, y + 1, true), ID.grouped(maju));
        List<String> cells = new ArrayList<>();
        if (style == Style.PIPE) {
          cells.add(item.kode());
        } else {
          cells.addAll(codeCells(item.kode(), padded));
        }
        cells.addAll(rest);
        t.row(cells, stated);
      }
    }
    if (style == Style.TAB) {
      List<String> total = new ArrayList<>(List.of(w.draw().pick(List.of("TOTAL PAGU", "JUMLAH", "TOTAL"))));
      for (int i = 1; i < 6 + 4; i++) {
        total.add("");
      }
      total.addAll(List.of(ID.grouped(now.dinas().induk()), "", "", "", ID.grouped(next.dinas().induk())));
      t.row(total, dinasPlan(now, next, "Tabel 4.1 total row"));
    }
    t.writeTo(doc);
    doc.blank();
    doc.line("Sumber: hasil analisis kebutuhan " + w.agencyTitle() + " Tahun " + y);
    doc.blank();
  }

  private List<Stated> dinasPlan(Budget now, Budget next, String note) {
    return List.of(
        Stated.budget("dinas", null, "pagu", null, y, now.dinas().induk(), note),
        Stated.budget("dinas", null, "pagu", "prakiraan", y + 1, next.dinas().induk(), note + " prakiraan maju"));
  }

  private SynthTable pipePlanHeader() {
    PageBreak kind = w.draw().chance(0.5) ? PageBreak.REPEAT_HEADER : PageBreak.EMPTY_HEADER;
    return new SynthTable(Style.PIPE)
        .header(List.of("Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja",
            "Rencana Tahun " + y, "", "", "", "Catatan", "Prakiraan Maju Tahun " + (y + 1), ""))
        .header(List.of("", "", "", "Lokasi", "Target Kinerja", "Pagu Indikatif (Rp)", "Sumber Dana", "",
            "Target Kinerja", "Pagu Indikatif (Rp)"))
        .pages(w.draw().between(12, 20), kind);
  }

  private SynthTable tabPlanHeader() {
    PageBreak kind = w.draw().chance(0.5) ? PageBreak.REPEAT_HEADER : PageBreak.BLANK_LINE;
    return new SynthTable(Style.TAB)
        .header(List.of("Kode", "", "", "", "", "", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja",
            "Rencana Tahun " + y, "", "", "", "Catatan", "Prakiraan Maju Tahun " + (y + 1), ""))
        .header(List.of("", "", "", "", "", "", "", "", "Lokasi", "Target Kinerja", "Pagu Indikatif (Rp)",
            "Sumber Dana", "", "Target Kinerja", "Pagu Indikatif (Rp)"))
        .pages(w.draw().between(12, 20), kind);
  }

  /** A code in six cells, one segment each: zero-padded ("2 17 01") or not ("2 17 1"), as plans print them. */
  private static List<String> codeCells(String kode, boolean padded) {
    List<String> cells = new ArrayList<>();
    for (String segment : kode.split("\\.")) {
      cells.add(padded ? segment : Integer.toString(Integer.parseInt(segment)));
    }
    while (cells.size() < 6) {
      cells.add("");
    }
    return cells;
  }

  private static List<Item> prepend(Item program, List<Item> items) {
    List<Item> all = new ArrayList<>();
    all.add(program);
    all.addAll(items);
    return all;
  }

  /** A performance target for an item: a percentage or a count with its unit. */
  private String targetText(Item item, int year, boolean planTable) {
    Draw d = w.draw();
    if (item.satuan().equals("%")) {
      return d.between(1, 100) + (d.chance(0.3) ? " %" : "%");
    }
    return d.between(1, 400) + " " + item.satuan();
  }
}
