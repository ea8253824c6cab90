package id.capaian.reference;

/**
 * A kabupaten or kota with its four-digit Kemendagri/BPS code.
 *
 * @param code four-digit code, e.g. {@code 3374}
 * @param provinceCode two-digit province code, e.g. {@code 33}
 * @param provinceName province name in upper case, e.g. {@code JAWA TENGAH}
 * @param name official name in upper case with its kind, e.g. {@code KOTA SEMARANG}
 */
public record Region(String code, String provinceCode, String provinceName, String name) {

  /** KABUPATEN or KOTA: the two kinds share names (KABUPATEN MOJOKERTO 3516, KOTA MOJOKERTO 3576). */
  public String kind() {
    return name.startsWith("KOTA ") ? "KOTA" : "KABUPATEN";
  }

  /** The name without its kind, e.g. {@code SEMARANG}. */
  public String shortName() {
    return name.substring(kind().length() + 1);
  }
}
