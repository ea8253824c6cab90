package id.capaian.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricDictionaryTest {
  private final MetricDictionary metrics = MetricDictionary.defaults();

  private String metric(String indicator) {
    return metrics.metricOf(indicator, "", null);
  }

  @Test
  void testSpellingsOfTheSameIndicatorMapToOneMetric() {
    assertThat(metric("Persentase Koperasi aktif")).isEqualTo("koperasi_aktif_pct");
    assertThat(metric("Prosentase Koperasi aktif (2010-2015)")).isEqualTo("koperasi_aktif_pct");
    assertThat(metric("Persentase wirausaha")).isEqualTo("wirausaha_pct");
    assertThat(metric("Presentase Wirausaha")).isEqualTo("wirausaha_pct");
    assertThat(metric("Persentase Wirasaha")).isEqualTo("wirausaha_pct");
    assertThat(metric("Koperasi Berkualitas")).isEqualTo("koperasi_berkualitas_pct");
    assertThat(metric("Persentase Koperasi yang Berkualitas")).isEqualTo("koperasi_berkualitas_pct");
    assertThat(metric("Nilai SAKIP DKUM")).isEqualTo("nilai_akip");
    assertThat(metric("Nilai evaluasi AKIP")).isEqualTo("nilai_akip");
  }

  @Test
  void testGrowthOfNewEntrepreneursIsNotGrowthOfEntrepreneurs() {
    assertThat(metric("Persentase pertumbuhan wirausaha baru yang berskala mikro"))
        .isEqualTo("wirausaha_baru_pertumbuhan_pct");
    assertThat(metric("Persentase Pertumbuhan Wirausaha")).isEqualTo("wirausaha_pertumbuhan_pct");
    assertThat(metric("Jumlah Wirausaha Baru")).isEqualTo("wirausaha_baru_jumlah");
  }

  @Test
  void testContextDecidesShortIndicators() {
    assertThat(metrics.metricOf("Anggota", "Tabel Perkembangan Karyawan dan Anggota Koperasi", "orang"))
        .isEqualTo("anggota_koperasi");
    assertThat(metrics.metricOf("Anggota", "Susunan Tim Penyusun", null)).isNull();
    assertThat(metrics.metricOf("Koperasi aktif", "", "%")).isEqualTo("koperasi_aktif_pct");
    assertThat(metrics.metricOf("Koperasi aktif", "", "unit")).isEqualTo("koperasi_aktif");
  }

  @Test
  void testUnmappedIndicatorsKeepNoMetric() {
    assertThat(metric("Persentase Pertumbuhan Koperasi Sehat dan Berkualitas")).isNull();
    assertThat(metric("Jumlah UMKM (Usaha Mikro Kecil dan Menengah ) yang memiliki IUMK")).isNull();
    assertThat(metric("Peningkatan volume usaha")).isNull();
    assertThat(metric("")).isNull();
  }
}
