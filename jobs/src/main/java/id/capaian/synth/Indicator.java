package id.capaian.synth;

/**
 * The indicators the generated documents report, each with the canonical metric of the gold vocabulary
 * and the wording the documents print (ours; the standard phrasing of these indicators).
 */
enum Indicator {
  KOPERASI_AKTIF_PCT("koperasi_aktif_pct", "Persentase koperasi aktif", "%"),
  KOPERASI_SEHAT_PCT("koperasi_sehat_pct", "Persentase koperasi sehat", "%"),
  KOPERASI_BERKUALITAS_PCT("koperasi_berkualitas_pct", "Persentase koperasi berkualitas", "%"),
  USAHA_MIKRO_WIRAUSAHA_PCT(
      "usaha_mikro_wirausaha_pct", "Persentase usaha mikro yang menjadi wirausaha", "%"),
  WIRAUSAHA_BARU_PERTUMBUHAN_PCT(
      "wirausaha_baru_pertumbuhan_pct", "Persentase pertumbuhan wirausaha baru", "%"),
  NILAI_AKIP("nilai_akip", "Nilai AKIP", "nilai"),
  WIRAUSAHA_PCT("wirausaha_pct", "Persentase wirausaha", "%"),
  WIRAUSAHA_BARU_JUMLAH("wirausaha_baru_jumlah", "Jumlah wirausaha baru", "orang");

  private final String metric;
  private final String label;
  private final String unit;

  Indicator(String metric, String label, String unit) {
    this.metric = metric;
    this.label = label;
    this.unit = unit;
  }

  String metric() {
    return metric;
  }

  String label() {
    return label;
  }

  String unit() {
    return unit;
  }

  boolean isPercent() {
    return unit.equals("%");
  }
}
