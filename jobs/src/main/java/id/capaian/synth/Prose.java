package id.capaian.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The running text of the generated documents: paragraphs we wrote in the register of Indonesian
 * planning documents, with the region, agency and years filled in. Each paragraph has a few wordings
 * so documents of one corpus do not repeat each other line for line.
 */
final class Prose {
  private Prose() {}

  static final List<List<String>> PENDAHULUAN =
      List.of(
          List.of(
              "Dokumen ini disusun sebagai pedoman kerja {dinas} {wilayah} dalam melaksanakan urusan"
                  + " pemerintahan bidang koperasi dan usaha mikro. Penyusunannya mengacu pada rencana"
                  + " pembangunan daerah dan memperhatikan hasil evaluasi pelaksanaan program pada"
                  + " tahun-tahun sebelumnya.",
              "Sebagai perangkat daerah yang membidangi koperasi dan usaha mikro, {dinas} {wilayah}"
                  + " menyusun dokumen ini untuk menjadi acuan bagi seluruh bidang dalam merencanakan,"
                  + " melaksanakan dan mengendalikan program serta kegiatan."),
          List.of(
              "Koperasi dan usaha mikro merupakan penopang ekonomi rakyat di {wilayah}. Keduanya menyerap"
                  + " tenaga kerja dalam jumlah besar, menjadi sumber penghidupan rumah tangga, dan"
                  + " memperluas pemerataan pendapatan antarwilayah kecamatan.",
              "Perekonomian {wilayah} banyak ditopang oleh usaha skala kecil. Penguatan kelembagaan"
                  + " koperasi dan peningkatan kapasitas pelaku usaha mikro karena itu menjadi bagian"
                  + " penting dari agenda pembangunan daerah."),
          List.of(
              "Penyusunan dokumen dilakukan secara partisipatif dengan melibatkan para pemangku"
                  + " kepentingan, antara lain gerakan koperasi, asosiasi pelaku usaha, perguruan tinggi"
                  + " dan perangkat daerah terkait, melalui forum konsultasi publik.",
              "Rancangan dokumen dibahas bersama pemangku kepentingan dalam forum perangkat daerah,"
                  + " sehingga usulan masyarakat yang sesuai kewenangan dapat ditampung dalam program"
                  + " dan kegiatan."),
          List.of(
              "Landasan hukum penyusunan dokumen antara lain Undang-Undang tentang Perkoperasian,"
                  + " Undang-Undang tentang Usaha Mikro, Kecil dan Menengah, Undang-Undang tentang Sistem"
                  + " Perencanaan Pembangunan Nasional, serta peraturan menteri dalam negeri tentang"
                  + " tata cara perencanaan pembangunan daerah.",
              "Dasar hukum dokumen ini meliputi peraturan perundang-undangan di bidang perkoperasian dan"
                  + " usaha mikro, peraturan tentang perencanaan pembangunan daerah, serta peraturan"
                  + " daerah tentang pembentukan dan susunan perangkat daerah."));

  static final List<List<String>> TUGAS =
      List.of(
          List.of(
              "{dinas} mempunyai tugas membantu kepala daerah melaksanakan urusan pemerintahan bidang"
                  + " koperasi dan usaha mikro yang menjadi kewenangan daerah serta tugas pembantuan"
                  + " yang diberikan kepada daerah.",
              "Tugas pokok dinas adalah melaksanakan urusan koperasi dan usaha mikro yang menjadi"
                  + " kewenangan daerah, ditambah tugas pembantuan yang ditugaskan kepadanya."),
          List.of(
              "Dalam melaksanakan tugasnya dinas menyelenggarakan fungsi perumusan kebijakan teknis,"
                  + " pelaksanaan kebijakan, pembinaan dan pengawasan koperasi, pemberdayaan usaha mikro,"
                  + " evaluasi dan pelaporan, serta administrasi kedinasan.",
              "Fungsi yang diselenggarakan meliputi perumusan kebijakan, pembinaan kelembagaan koperasi,"
                  + " pengawasan simpan pinjam, fasilitasi usaha mikro, serta pelaporan kinerja."),
          List.of(
              "Susunan organisasi dinas terdiri atas kepala dinas, sekretariat dengan subbagian umum dan"
                  + " kepegawaian serta subbagian keuangan, bidang kelembagaan dan pengawasan koperasi,"
                  + " bidang pemberdayaan usaha mikro, dan kelompok jabatan fungsional.",
              "Organisasi dinas dipimpin kepala dinas, dibantu sekretaris dan para kepala bidang yang"
                  + " menangani kelembagaan koperasi, pengawasan, serta pemberdayaan usaha mikro."));

  static final List<List<String>> EVALUASI =
      List.of(
          List.of(
              "Secara umum program dan kegiatan tahun {lalu} terlaksana sesuai rencana. Sebagian besar"
                  + " indikator mencapai atau melampaui target, sedangkan indikator yang belum tercapai"
                  + " dianalisis penyebabnya untuk perbaikan pada tahun berikutnya.",
              "Evaluasi atas pelaksanaan tahun {lalu} menunjukkan capaian yang baik pada sebagian besar"
                  + " indikator. Indikator yang tertinggal dicermati bersama bidang terkait."),
          List.of(
              "Kendala yang dihadapi antara lain keterbatasan data koperasi yang mutakhir, belum"
                  + " meratanya kemampuan pengurus dalam menyusun laporan keuangan, serta rendahnya akses"
                  + " usaha mikro kepada pembiayaan formal.",
              "Permasalahan utama masih berkisar pada kualitas data kelembagaan, kepatuhan koperasi"
                  + " menyelenggarakan rapat anggota tahunan, dan akses pembiayaan bagi usaha mikro."),
          List.of(
              "Untuk mengatasi kendala tersebut dinas memperkuat pendataan berbasis aplikasi, menambah"
                  + " frekuensi pendampingan, dan menjalin kemitraan dengan lembaga keuangan serta"
                  + " perguruan tinggi di {wilayah}.",
              "Langkah perbaikan yang ditempuh adalah pemutakhiran data secara berkala, pendampingan"
                  + " langsung ke koperasi, serta kerja sama dengan perbankan dan lembaga pendidikan."));

  static final List<List<String>> RENCANA =
      List.of(
          List.of(
              "Arah kebijakan tahun {tahun} difokuskan pada peningkatan kualitas kelembagaan koperasi,"
                  + " perluasan akses pasar dan pembiayaan bagi usaha mikro, serta percepatan"
                  + " digitalisasi layanan perizinan dan pendataan.",
              "Prioritas tahun {tahun} adalah koperasi yang sehat dan berkualitas, usaha mikro yang naik"
                  + " kelas, serta pelayanan yang semakin mudah dijangkau melalui layanan digital."),
          List.of(
              "Program dan kegiatan disusun berdasarkan nomenklatur yang berlaku, dengan indikator"
                  + " kinerja yang terukur dan pagu indikatif yang mempertimbangkan kemampuan keuangan"
                  + " daerah.",
              "Setiap program dilengkapi indikator kinerja dan target yang terukur, sedangkan pagu"
                  + " indikatifnya disesuaikan dengan kemampuan keuangan daerah."),
          List.of(
              "Keberhasilan pelaksanaan rencana memerlukan dukungan seluruh pemangku kepentingan,"
                  + " terutama gerakan koperasi dan pelaku usaha mikro sebagai sasaran utama program.",
              "Rencana ini hanya akan berhasil dengan dukungan gerakan koperasi, pelaku usaha mikro,"
                  + " dan perangkat daerah lain yang terkait."));

  /** The paragraphs of one section, one wording of each drawn with {@code draw}. */
  static List<String> section(List<List<String>> section, Draw draw, Map<String, String> values) {
    List<String> out = new ArrayList<>();
    for (List<String> wordings : section) {
      out.add(fill(draw.pick(wordings), values));
    }
    return out;
  }

  static String fill(String template, Map<String, String> values) {
    String out = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    return out;
  }
}
