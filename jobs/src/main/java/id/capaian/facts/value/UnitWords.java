package id.capaian.facts.value;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Unit words of counts as Indonesian planning documents print them, and their normalisation: lower
 * case, single spaces, no space around "/", and fragments a line wrap split ("Orang/Bu lan", "uni t")
 * joined again when neither fragment is a unit word and their join is.
 */
final class UnitWords {
  private UnitWords() {}

  /** Words that, after a number in prose, are its unit. Lower case. */
  private static final Set<String> KNOWN =
      Set.of(
          "orang", "org", "jiwa", "unit", "usaha", "koperasi", "kop", "dokumen", "dok", "laporan",
          "kegiatan", "keg", "bulan", "bln", "tahun", "thn", "hari", "minggu", "kali", "paket",
          "buah", "kelompok", "klmpr", "peserta", "pelaku", "umkm", "um", "ukm", "kumkm", "wub",
          "ksp", "usp", "ksp/usp", "kecamatan", "kelurahan", "lokasi", "jenis", "jrnis", "set",
          "buku", "web", "klinik", "bisnis", "pameran", "provinsi", "event", "produk", "pengusaha",
          "wirausaha", "pekerja", "sertifikat", "izin", "ijin", "naskah", "rekomendasi", "inovasi",
          "aplikasi", "sistem", "sarana", "gerai", "outlet", "toko", "pasar", "mikro", "kecil",
          "menengah", "startup", "start-up", "inkubasi", "pelatihan", "diklat", "angkatan",
          "lembaga", "badan", "sekolah", "desa", "ha", "m2", "km", "meter", "rt", "rw", "ls",
          "layanan", "eksemplar", "berkas", "surat", "rapat", "forum", "stand", "stan", "titik",
          "akun", "bidang", "seksi", "pegawai", "asn", "pns", "tenaga", "anggota", "pengurus",
          "pengelola", "pendamping", "konsultan", "fasilitator");

  static boolean isKnown(String lowerWord) {
    if (KNOWN.contains(lowerWord)) {
      return true;
    }
    // "Org/bln", "orang/bulan": every part a unit word.
    int slash = lowerWord.indexOf('/');
    if (slash > 0 && slash < lowerWord.length() - 1) {
      for (String part : lowerWord.split("/")) {
        if (!part.isEmpty() && !KNOWN.contains(part)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Whether a header or unit cell's text names a count unit ("Orang", "Unit Usaha", "Dokumen"). */
  static boolean isCountUnitText(String lowerText) {
    int i = 0;
    for (int k = 0; k < lowerText.length(); k++) {
      if (Character.isDigit(lowerText.charAt(k))) {
        return false; // "Tahun 2022" is a header, not a unit
      }
    }
    int n = lowerText.length();
    boolean any = false;
    while (i < n) {
      while (i < n && !Character.isLetter(lowerText.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && (Character.isLetter(lowerText.charAt(i)) || lowerText.charAt(i) == '/')) {
        i++;
      }
      if (i > s) {
        String w = lowerText.substring(s, i);
        if (!isKnown(w)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * Joins unit words into one normalised unit: {@code ["Orang/Bu", "lan"]} gives "orang/bulan",
   * {@code ["orang", "/", "bulan"]} gives "orang/bulan", {@code ["Unit", "Usaha"]} gives "unit usaha".
   */
  static String normalise(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String raw : words) {
      String w = raw.toLowerCase(Locale.ROOT);
      if (sb.length() == 0) {
        sb.append(w);
        continue;
      }
      char last = sb.charAt(sb.length() - 1);
      if (w.equals("/") || last == '/' || w.startsWith("/")) {
        sb.append(w);
        continue;
      }
      int tailStart = Math.max(sb.lastIndexOf("/"), sb.lastIndexOf(" ")) + 1;
      String tail = sb.substring(tailStart);
      int headEnd = w.indexOf('/');
      String head = headEnd < 0 ? w : w.substring(0, headEnd);
      if (!KNOWN.contains(tail) && !KNOWN.contains(head) && KNOWN.contains(tail + head)) {
        sb.append(w);
      } else {
        sb.append(' ').append(w);
      }
    }
    return sb.toString();
  }
}
