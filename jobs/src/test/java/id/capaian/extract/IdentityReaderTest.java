package id.capaian.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.reference.Csv;
import id.capaian.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityReaderTest {
  private final IdentityReader reader = IdentityReader.defaults();

  @Test
  void testEveryCorpusDocumentGetsTheGoldIdentity() throws IOException {
    List<String> gold = Files.readAllLines(SharedCorpus.gold("documents.csv"));
    assertThat(gold).hasSizeGreaterThan(1);
    for (String line : gold.subList(1, gold.size())) {
      List<String> f = Csv.split(line);
      Path file = SharedCorpus.corpus().resolve(f.get(0));
      DocumentIdentity id = reader.read(SharedCorpus.lines(file)).identity().orElseThrow();
      assertThat(id.region().code()).as(f.get(0) + " region").isEqualTo(f.get(1));
      assertThat(id.region().name()).as(f.get(0) + " region name").isEqualTo(f.get(2));
      assertThat(id.docType().name()).as(f.get(0) + " type").isEqualTo(f.get(3));
      assertThat(id.planYear()).as(f.get(0) + " year").isEqualTo(intOrNull(f.get(4)));
      assertThat(id.periodStart()).as(f.get(0) + " start").isEqualTo(intOrNull(f.get(5)));
      assertThat(id.periodEnd()).as(f.get(0) + " end").isEqualTo(intOrNull(f.get(6)));
      assertThat(id.agency()).as(f.get(0) + " agency").startsWith("Dinas Koperasi");
    }
  }

  private static Integer intOrNull(String s) {
    return s.isEmpty() ? null : Integer.valueOf(s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "RANCANGAN AKHIR RENCANA KERJA (RANKHIR RENJA)~TAHUN ANGGARAN 2024~DINAS KOPERASI DAN USAHA MIKRO~KABUPATEN MOJOKERTO|RENJA|RANCANGAN_AKHIR|3516|2024",
        "RENCANA KERJA~TAHUN 2025~DINAS KOPERASI DAN USAHA MIKRO~KOTA MOJOKERTO|RENJA||3576|2025",
        "RANCANGAN AWAL~RENCANA KERJA PERANGKAT DAERAH~TAHUN 2023~Dinas Koperasi, Usaha Kecil dan Menengah~Kab. Bantul|RENJA|RANCANGAN_AWAL|3402|2023",
        "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)~TAHUN 2022~DINAS KOPERASI UKM~KOTA BEKASI|LKJIP||3275|2022",
        "Perubahan Rencana Strategis~2016-2021~Dinas Koperasi dan UKM~Kota Bandar Lampung|RENSTRA|PERUBAHAN|1871|",
      })
  void testIdentityFromCoverLines(String cover, String type, String stage, String code, String year) {
    DocumentIdentity id = reader.read(List.of(cover.split("~"))).identity().orElseThrow();
    assertThat(id.docType().name()).isEqualTo(type);
    assertThat(id.docStage()).isEqualTo(stage);
    assertThat(id.region().code()).isEqualTo(code);
    assertThat(id.planYear()).isEqualTo(year == null ? null : Integer.valueOf(year));
  }

  @Test
  void testAgencyWithoutUsahaMikroKeepsItsOwnName() {
    DocumentIdentity id =
        reader
            .read(List.of("RENCANA KERJA", "TAHUN 2024", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH", "KABUPATEN SLEMAN"))
            .identity()
            .orElseThrow();
    assertThat(id.agency()).isEqualTo("Dinas Koperasi, Usaha Kecil dan Menengah");
    assertThat(id.region().code()).isEqualTo("3404");
  }

  @Test
  void testKotaAndKabupatenOfTheSameNameAreDifferentRegions() {
    assertThat(reader.read(List.of("RENJA 2024", "Dinas Koperasi", "Kota Mojokerto")).identity().orElseThrow()
            .region().code()).isEqualTo("3576");
    assertThat(reader.read(List.of("RENJA 2024", "Dinas Koperasi", "Kabupaten Mojokerto")).identity()
            .orElseThrow().region().code()).isEqualTo("3516");
  }

  @Test
  void testNoTitleIsNoIdentity() {
    IdentityReader.Result result = reader.read(List.of("Notulen rapat", "Kota Semarang", "2024"));
    assertThat(result.identity()).isEmpty();
    assertThat(result.problem()).isEqualTo("no recognisable identity: no Renja, Renstra or LKjIP title");
  }

  @Test
  void testNoRegionIsNoIdentity() {
    IdentityReader.Result result = reader.read(List.of("RENCANA KERJA", "TAHUN 2024", "Dinas Koperasi"));
    assertThat(result.problem()).isEqualTo("no recognisable identity: no kabupaten or kota named");
  }

  @Test
  void testMergedAgencyNamesKoperasiAfterOtherWords() {
    DocumentIdentity id = reader.read(List.of("RENCANA STRATEGIS", "DINAS PERDAGANGAN, KOPERASI DAN UMKM",
        "KOTA TEGAL", "TAHUN 2025-2029")).identity().orElseThrow();
    assertThat(id.agency()).isEqualTo("Dinas Perdagangan, Koperasi dan UMKM");
    assertThat(id.periodStart()).isEqualTo(2025);
    assertThat(reader.read(List.of("RENJA 2026", "DINAS TENAGA KERJA, KOPERASI DAN USAHA MIKRO KABUPATEN MALANG"))
        .identity().orElseThrow().agency()).isEqualTo("Dinas Tenaga Kerja, Koperasi dan Usaha Mikro");
  }

  @Test
  void testAgencyAcronymsStayInCapitals() {
    assertThat(reader.read(List.of("PERUBAHAN RENCANA KERJA", "DINAS KOPERASI DAN UMKM KOTA PASURUAN", "TAHUN 2025"))
        .identity().orElseThrow().agency()).isEqualTo("Dinas Koperasi dan UMKM");
  }
}
