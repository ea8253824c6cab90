package id.capaian.analytics;

import java.util.ArrayList;
import java.util.List;

/** Hand-built facts for rule tests: a mutable builder, copied to vary one thing at a time. */
final class FactBuilder {
  private static int ids;

  String docId = "doc-a";
  String sourceFile = "a.txt";
  String region = "3374";
  String docType = "RENJA";
  Integer docYear = 2023;
  Integer reportYear;
  Integer tableNo = 1;
  String tableLabel = "Tabel 1";
  Integer rowNo = 0;
  Integer colNo = 0;
  int line = 1;
  String level;
  String kode;
  String subject;
  String indicator;
  String metric;
  String measure;
  String stage;
  Integer year;
  double value;
  String unit;
  String raw;
  List<String> flags = new ArrayList<>();

  /** A fact of a document of this type and plan year (first year for a Renstra). */
  static FactBuilder doc(String docId, String docType, int planYear) {
    FactBuilder b = new FactBuilder();
    b.docId = docId;
    b.sourceFile = docId + ".txt";
    b.docType = docType;
    b.docYear = DocumentTime.written(docType, planYear, planYear);
    b.reportYear = DocumentTime.reportYear(docType, planYear);
    return b;
  }

  FactBuilder copy() {
    FactBuilder b = new FactBuilder();
    b.docId = docId;
    b.sourceFile = sourceFile;
    b.region = region;
    b.docType = docType;
    b.docYear = docYear;
    b.reportYear = reportYear;
    b.tableNo = tableNo;
    b.tableLabel = tableLabel;
    b.rowNo = rowNo;
    b.colNo = colNo;
    b.line = line;
    b.level = level;
    b.kode = kode;
    b.subject = subject;
    b.indicator = indicator;
    b.metric = metric;
    b.measure = measure;
    b.stage = stage;
    b.year = year;
    b.value = value;
    b.unit = unit;
    b.raw = raw;
    b.flags = new ArrayList<>(flags);
    return b;
  }

  FactBuilder region(String code) {
    FactBuilder b = copy();
    b.region = code;
    return b;
  }

  FactBuilder table(int no, String label) {
    FactBuilder b = copy();
    b.tableNo = no;
    b.tableLabel = label;
    return b;
  }

  FactBuilder prose() {
    FactBuilder b = copy();
    b.tableNo = null;
    b.tableLabel = null;
    b.rowNo = null;
    b.colNo = null;
    return b;
  }

  /** Body row and the document line it stands on. */
  FactBuilder row(int rowNo, int line) {
    FactBuilder b = copy();
    b.rowNo = rowNo;
    b.line = line;
    return b;
  }

  FactBuilder line(int line) {
    FactBuilder b = copy();
    b.line = line;
    return b;
  }

  FactBuilder col(int colNo) {
    FactBuilder b = copy();
    b.colNo = colNo;
    return b;
  }

  FactBuilder level(String level, String kode) {
    FactBuilder b = copy();
    b.level = level;
    b.kode = kode;
    return b;
  }

  FactBuilder subject(String subject) {
    FactBuilder b = copy();
    b.subject = subject;
    return b;
  }

  FactBuilder indicator(String indicator) {
    FactBuilder b = copy();
    b.indicator = indicator;
    return b;
  }

  FactBuilder metric(String metric, String measure, Integer year) {
    FactBuilder b = copy();
    b.metric = metric;
    b.measure = measure;
    b.year = year;
    return b;
  }

  FactBuilder measure(String measure, Integer year) {
    FactBuilder b = copy();
    b.measure = measure;
    b.year = year;
    return b;
  }

  FactBuilder pagu(String stage, int year) {
    FactBuilder b = metric(MetricKey.ANGGARAN, "pagu", year);
    b.stage = stage;
    b.unit = "Rp";
    return b;
  }

  FactBuilder unit(String unit) {
    FactBuilder b = copy();
    b.unit = unit;
    return b;
  }

  FactBuilder flag(String flag) {
    FactBuilder b = copy();
    b.flags.add(flag);
    return b;
  }

  /** The value and the text it was printed as. */
  FactRow is(double value, String raw) {
    FactBuilder b = copy();
    b.value = value;
    b.raw = raw;
    return b.build();
  }

  FactRow build() {
    return new FactRow("f" + (++ids), docId, sourceFile, region, docType, docYear, reportYear, tableNo,
        tableLabel, rowNo, colNo, line, level, kode, subject, indicator, metric, measure, stage, year, value,
        unit, raw, flags);
  }

  static Candidate candidate(FactRow fact) {
    return Candidate.of(fact, MetricKey.of(fact));
  }
}
