package id.capaian.synth;

import id.capaian.reference.Region;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One region's figures for every year, drawn once from the seed and the region code: the same year's
 * numbers agree across a region's Renja, Renstra and LKjIP (a budget planned in one document is the one
 * realised in the next), and a percentage agrees with the counts it comes from.
 */
final class RegionFigures {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final long seed;
  private final Region region;
  private final double size;
  private final Map<Integer, Budget> budgets = new LinkedHashMap<>();

  RegionFigures(long seed, Region region) {
    this.seed = seed;
    this.region = region;
    this.size = Draw.of(seed, region.code(), "size").fraction(0.4, 3.0);
  }

  Region region() {
    return region;
  }

  // ---- cooperatives and enterprises ----

  long koperasiJumlah(int year) {
    Draw base = Draw.of(seed, region.code(), "koperasi");
    long start = Math.round(base.between(180, 900) * size);
    double growth = base.fraction(-0.01, 0.03);
    double noise = Draw.of(seed, region.code(), "koperasi", year).fraction(-0.02, 0.02);
    return Math.max(60, Math.round(start * Math.pow(1 + growth, year - 2010) * (1 + noise)));
  }

  long koperasiAktif(int year) {
    // Near the plan's target for the year: plans set targets from what the region achieves.
    double share = target(Indicator.KOPERASI_AKTIF_PCT, year).doubleValue() / 100
        + Draw.of(seed, region.code(), "aktif", year).fraction(-0.06, 0.06);
    return Math.round(koperasiJumlah(year) * Math.max(0.4, Math.min(0.98, share)));
  }

  long koperasiTidakAktif(int year) {
    return koperasiJumlah(year) - koperasiAktif(year);
  }

  long anggotaKoperasi(int year) {
    double perKoperasi = Draw.of(seed, region.code(), "anggota").between(110, 380) * (1 + 0.02 * (year - 2010))
        * Draw.of(seed, region.code(), "anggota", year).fraction(0.97, 1.03);
    return Math.round(koperasiJumlah(year) * perKoperasi);
  }

  long umkmJumlah(int year) {
    Draw base = Draw.of(seed, region.code(), "umkm");
    long start = Math.round(base.between(3_000, 40_000) * size);
    return Math.round(start * Math.pow(1.04, year - 2010)
        * (1 + Draw.of(seed, region.code(), "umkm", year).fraction(-0.03, 0.03)));
  }

  long pendudukUsiaProduktif(int year) {
    long base = Math.round(Draw.of(seed, region.code(), "penduduk").between(150_000, 900_000) * size);
    return Math.round(base * Math.pow(1.012, year - 2010));
  }

  long wirausahaJumlah(int year) {
    double share = Draw.of(seed, region.code(), "wirausaha", year).fraction(0.004, 0.035);
    return Math.max(1_000, Math.round(pendudukUsiaProduktif(year) * share));
  }

  // ---- indicators ----

  /** The target a plan sets for {@code year}: a steady path, on quarter points as plans print them. */
  BigDecimal target(Indicator indicator, int year) {
    Draw base = Draw.of(seed, region.code(), indicator, "target");
    double start;
    double step;
    switch (indicator) {
      case KOPERASI_AKTIF_PCT -> { start = base.fraction(60, 85); step = 0.5; }
      case KOPERASI_SEHAT_PCT -> { start = base.fraction(20, 55); step = 1; }
      case KOPERASI_BERKUALITAS_PCT -> { start = base.fraction(15, 50); step = 1; }
      case USAHA_MIKRO_WIRAUSAHA_PCT -> { start = base.fraction(5, 15); step = 1; }
      case WIRAUSAHA_BARU_PERTUMBUHAN_PCT -> { start = base.fraction(0.25, 30); step = 0.25; }
      case NILAI_AKIP -> { start = base.fraction(58, 75); step = 0.5; }
      case WIRAUSAHA_PCT -> { start = base.fraction(0.5, 2.5); step = 0.05; }
      case WIRAUSAHA_BARU_JUMLAH -> {
        return BigDecimal.valueOf(Math.round(base.between(80, 600) * size) + 25L * (year - 2010));
      }
      default -> throw new IllegalArgumentException("Cannot target " + indicator);
    }
    double value = Math.min(99, start + step * (year - 2015));
    return BigDecimal.valueOf(Math.round(value * 4) / 4.0).setScale(2, RoundingMode.HALF_UP);
  }

  /** What a year achieved: from the counts where the documents have them, else near the target. */
  BigDecimal realisasi(Indicator indicator, int year) {
    return switch (indicator) {
      case KOPERASI_AKTIF_PCT -> percent(koperasiAktif(year), koperasiJumlah(year));
      case WIRAUSAHA_PCT -> percent(wirausahaJumlah(year), pendudukUsiaProduktif(year));
      default -> target(indicator, year)
          .multiply(BigDecimal.valueOf(Draw.of(seed, region.code(), indicator, "real", year).fraction(0.8, 1.25)))
          .setScale(2, RoundingMode.HALF_UP);
    };
  }

  /** Realisasi as a share of the target, to two decimals, as the reports print "% capaian". */
  static BigDecimal capaian(BigDecimal realisasi, BigDecimal target) {
    return realisasi.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
  }

  static BigDecimal percent(long part, long whole) {
    return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  // ---- budget ----

  /** Pagu (APBD induk and perubahan) and realisasi of one year, for every budget line. */
  record Amounts(long induk, long perubahan, long realisasi) {
    Amounts plus(Amounts o) {
      return new Amounts(induk + o.induk, perubahan + o.perubahan, realisasi + o.realisasi);
    }

    BigDecimal serapan() {
      return percent(realisasi, perubahan);
    }
  }

  /** The agency's budget of one year by program, kegiatan and sub-kegiatan, and by jenis belanja. */
  record Budget(int year, Map<String, Amounts> byKode, Amounts dinas, Amounts pegawai, Amounts barangJasa,
      Amounts modal, Amounts modalPeralatan, Amounts modalGedung) {
    Amounts of(String kode) {
      return byKode.get(kode);
    }
  }

  synchronized Budget budget(int year) {
    return budgets.computeIfAbsent(year, this::drawBudget);
  }

  private Budget drawBudget(int year) {
    Nomenclature nomenclature = Nomenclature.get();
    Map<String, Amounts> byKode = new LinkedHashMap<>();
    Amounts dinas = new Amounts(0, 0, 0);
    for (Nomenclature.Item program : nomenclature.programs()) {
      Amounts programTotal = new Amounts(0, 0, 0);
      for (Nomenclature.Item item : nomenclature.under(program)) {
        if (!item.isKegiatan()) {
          continue;
        }
        Amounts kegiatanTotal = new Amounts(0, 0, 0);
        for (Nomenclature.Item sub : nomenclature.subKegiatan(item)) {
          Amounts amounts = drawSub(sub.kode(), year);
          byKode.put(sub.kode(), amounts);
          kegiatanTotal = kegiatanTotal.plus(amounts);
        }
        byKode.put(item.kode(), kegiatanTotal);
        programTotal = programTotal.plus(kegiatanTotal);
      }
      byKode.put(program.kode(), programTotal);
      dinas = dinas.plus(programTotal);
    }
    Amounts pegawai = byKode.get("2.17.01.2.02.0001");
    Draw d = Draw.of(seed, region.code(), "belanja", year);
    double modalShare = d.fraction(0.02, 0.09);
    double peralatanShare = d.fraction(0.5, 0.9);
    Amounts rest = new Amounts(dinas.induk - pegawai.induk, dinas.perubahan - pegawai.perubahan,
        dinas.realisasi - pegawai.realisasi);
    Amounts modal = new Amounts(round(rest.induk * modalShare, 1000), round(rest.perubahan * modalShare, 1000),
        round(rest.realisasi * modalShare * 0.97, 1));
    Amounts barangJasa = new Amounts(rest.induk - modal.induk, rest.perubahan - modal.perubahan,
        rest.realisasi - modal.realisasi);
    Amounts peralatan = new Amounts(round(modal.induk * peralatanShare, 1000),
        round(modal.perubahan * peralatanShare, 1000), round(modal.realisasi * peralatanShare, 1));
    Amounts gedung = new Amounts(modal.induk - peralatan.induk, modal.perubahan - peralatan.perubahan,
        modal.realisasi - peralatan.realisasi);
    return new Budget(year, Map.copyOf(byKode), dinas, pegawai, barangJasa, modal, peralatan, gedung);
  }

  private Amounts drawSub(String kode, int year) {
    Draw base = Draw.of(seed, region.code(), kode, "pagu");
    boolean gaji = kode.equals("2.17.01.2.02.0001");
    long level = gaji ? base.between(1_500_000, 5_000_000) : base.between(15_000, 900_000);
    Draw d = Draw.of(seed, region.code(), kode, "pagu", year);
    double yearly = Math.pow(1.03, year - 2015) * d.fraction(0.85, 1.15);
    long induk = round(level * 1000 * size * yearly, 1000);
    long perubahan = round(induk * d.fraction(0.82, 1.12), 1000);
    long realisasi = round(perubahan * d.fraction(0.72, 0.995), 1);
    return new Amounts(induk, perubahan, realisasi);
  }

  private static long round(double value, long unit) {
    return Math.max(unit, Math.round(value / unit) * unit);
  }

  /** Kegiatan and sub-kegiatan rows of a program, in the order plans list them. */
  static List<Nomenclature.Item> rowsOf(Nomenclature.Item program) {
    return Nomenclature.get().under(program);
  }
}
