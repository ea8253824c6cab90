package id.capaian.synth;

import java.util.Locale;
import java.util.Map;

/** What every document writer shares: the plan, the region's figures, its draws and the text. */
record Writing(PlannedDocument plan, RegionFigures figures, Draw draw, DocumentText doc, String agency) {

  /** "Kabupaten Tojo Una-Una", as the running text names the region. */
  String wilayah() {
    return Nomenclature.titleCase(plan.region().name());
  }

  String wilayahUpper() {
    return plan.region().name().toUpperCase(Locale.ROOT);
  }

  String agencyTitle() {
    return Nomenclature.titleCase(agency);
  }

  Map<String, String> values() {
    return Map.of(
        "wilayah", wilayah(),
        "dinas", agencyTitle(),
        "tahun", Integer.toString(plan.year()),
        "lalu", Integer.toString(plan.year() - 2));
  }

  void section(String heading, java.util.List<java.util.List<String>> paragraphs) {
    doc.line(heading);
    doc.blank();
    doc.paragraphs(Prose.section(paragraphs, draw, values()));
  }
}
