package id.capaian.facts;

import id.capaian.extract.TableRow;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads each row's level, code and subject, carrying what the layout leaves implicit from row to row:
 * an indicator row without code or name belongs to the row above; a section row ("Tujuan:",
 * "BELANJA TIDAK LANGSUNG", "Rincian :") sets the level of the rows below; a placeholder code
 * ({@code X.XX.01}) takes the urusan of the program its name names. One reader per table.
 */
final class RowReader {
  private static final Pattern PROGRAM = Pattern.compile("^(program|prog\\.?)\\b");
  private static final Pattern SUB_KEGIATAN = Pattern.compile("^sub ?kegiatan\\b");
  private static final Pattern KEGIATAN = Pattern.compile("^kegiatan\\b");
  private static final Pattern URUSAN = Pattern.compile("^(bidang )?urusan\\b");
  private static final Pattern TOTAL =
      Pattern.compile(
          "^(grand )?(jumlah|total|t o t a l)( (total|pagu|pagu indikatif|anggaran|keseluruhan|seluruhnya"
              + "|belanja|belanja daerah|belanja perangkat daerah|anggaran belanja))?:?$");
  private static final Pattern BELANJA = Pattern.compile("^belanja\\b");
  private static final Pattern BARE_CODE = Pattern.compile("^[0-9xX]{1,2}(?:\\.[0-9xX]{1,4}){2,}$");
  private static final Pattern CODE_PREFIX = Pattern.compile("^([0-9xX]+(?:\\.[0-9xX]+)+)\\s+(.*)$");

  private final List<ColumnMeaning> columns;
  private final List<String> headerPaths;
  private final TableContext context;
  private final ProgramNomenklatur nomenklatur;
  private final boolean budgetOnlyWithoutSubject;

  private RowMeaning previous;
  private String section = "";
  private String programKode;
  private String explicitLevel;
  private boolean seenProgram;

  RowReader(
      List<ColumnMeaning> columns,
      List<String> headerPaths,
      TableContext context,
      ProgramNomenklatur nomenklatur) {
    this.columns = columns;
    this.headerPaths = headerPaths;
    this.context = context;
    this.nomenklatur = nomenklatur;
    boolean anySubject = false;
    boolean anyValue = false;
    boolean allBudget = true;
    for (ColumnMeaning c : columns) {
      if (c.role() == ColumnRole.SUBJECT || c.role() == ColumnRole.INDICATOR) {
        anySubject = true;
      }
      if (c.role() == ColumnRole.VALUE) {
        anyValue = true;
        allBudget &= c.budget();
      }
    }
    this.budgetOnlyWithoutSubject = !anySubject && anyValue && allBudget;
  }

  /** Notes a section row's text; it shapes the level of the rows that follow. */
  void section(String text) {
    section = Texts.norm(text);
    explicitLevel = null;
    previous = null;
  }

  RowMeaning read(TableRow row) {
    String codeText = null;
    String subject = null;
    String unit = null;
    int subjectCol = -1;
    for (int c = 0; c < columns.size(); c++) {
      String text = row.text(c);
      if (text.isEmpty()) {
        continue;
      }
      switch (columns.get(c).role()) {
        case CODE -> {
          if (codeText == null && Kode.parse(text) == null && Texts.hasLetter(text) && text.length() > 3) {
            subject = subject == null ? text : subject; // "TOTAL PAGU" printed in the Kode column
          } else {
            codeText = codeText == null ? text : codeText;
          }
        }
        case SUBJECT -> {
          if (BARE_CODE.matcher(text.trim()).matches()) {
            // A code pushed into a name column by a shifted row is still the row's code.
            codeText = codeText == null ? text : codeText;
          } else {
            subject = text;
            subjectCol = c;
          }
        }
        case UNIT -> unit = normalUnit(text);
        case ORDINAL -> {
          // "T O T A L" or "Jumlah Anggaran" printed in the No column.
          if (subject == null && Texts.hasLetter(text) && text.length() > 3) {
            subject = text;
          }
        }
        default -> { }
      }
    }
    Kode kode = codeText != null ? Kode.parse(codeText) : null;
    if (kode == null && subject != null) {
      // "2.17.01 Program ..." printed in one cell.
      var m = CODE_PREFIX.matcher(subject.trim());
      if (m.matches() && Kode.parse(m.group(1)) != null) {
        kode = Kode.parse(m.group(1));
        subject = m.group(2);
      }
    }
    if (kode == null && subject == null) {
      if (budgetOnlyWithoutSubject) {
        return new RowMeaning("dinas", null, null, unit, false);
      }
      // An extra indicator of the row above, or a continuation fragment.
      if (previous != null) {
        return new RowMeaning(previous.level(), previous.kode(), previous.subject(), unit, previous.belowProgram());
      }
      return new RowMeaning(sectionLevel(), null, null, unit, false);
    }
    String name = subject == null ? "" : Texts.norm(subject);
    String level = null;
    String code = null;
    if (kode != null) {
      if (kode.placeholder()) {
        String resolved = PROGRAM.matcher(name).find() ? nomenklatur.kodeOf(subject) : null;
        kode = kode.resolve(resolved != null ? resolved : programKode);
      }
      code = kode.placeholder() ? null : kode.kode();
      level = kode.level();
      if ("program".equals(level) && code != null) {
        programKode = code;
      }
    }
    if (level == null) {
      level = levelOfName(name, subjectCol);
    }
    if (code == null && ("program".equals(level) || "urusan".equals(level))) {
      code = nomenklatur.kodeOf(subject);
      if ("program".equals(level) && code != null) {
        programKode = code;
      }
    }
    boolean below = seenProgram && !"program".equals(level) && !"dinas".equals(level) && !"urusan".equals(level);
    seenProgram |= "program".equals(level);
    RowMeaning meaning = new RowMeaning(level, code, subject == null ? null : subject.trim(), unit, below);
    previous = meaning;
    return meaning;
  }

  private String levelOfName(String name, int subjectCol) {
    if (name.isEmpty()) {
      return sectionLevel();
    }
    if (TOTAL.matcher(name).matches()) {
      return "dinas";
    }
    String agency = Texts.norm(context.agency());
    if (name.startsWith("dinas ") || (!agency.isEmpty() && name.startsWith(agency))) {
      return "dinas";
    }
    if (PROGRAM.matcher(name).find()) {
      explicitLevel = "program";
      return "program";
    }
    if (SUB_KEGIATAN.matcher(name).find()) {
      explicitLevel = "sub_kegiatan";
      return "sub_kegiatan";
    }
    if (KEGIATAN.matcher(name).find()) {
      explicitLevel = "kegiatan";
      return "kegiatan";
    }
    if (URUSAN.matcher(name).find()) {
      return "urusan";
    }
    if (BELANJA.matcher(name).find()) {
      return "jenis_belanja";
    }
    if ("kegiatan".equals(explicitLevel) || "sub_kegiatan".equals(explicitLevel)) {
      // A document that prefixes "Kegiatan" leaves its sub-kegiatan unprefixed.
      return "sub_kegiatan";
    }
    String sectionLevel = sectionLevel();
    if (sectionLevel != null) {
      return sectionLevel;
    }
    return subjectCol >= 0 ? headerLevel(Texts.norm(headerPaths.get(subjectCol))) : null;
  }

  private String sectionLevel() {
    if (section.startsWith("tujuan")) {
      return "tujuan";
    }
    if (section.startsWith("sasaran")) {
      return "sasaran";
    }
    if (section.contains("belanja")) {
      return "jenis_belanja";
    }
    return null;
  }

  /** A name column headed Sasaran (Strategis) or Tujuan names sasaran or tujuan. */
  private static String headerLevel(String header) {
    if (header.contains("program") || header.contains("kegiatan")) {
      return null;
    }
    if (header.contains("sasaran")) {
      return "sasaran";
    }
    if (header.startsWith("tujuan")) {
      return "tujuan";
    }
    return null;
  }

  static String normalUnit(String text) {
    String norm = Texts.norm(text);
    if (norm.isEmpty()) {
      return null;
    }
    if (norm.equals("%") || norm.equals("persen") || norm.equals("(%)")) {
      return "%";
    }
    if (norm.startsWith("rp")) {
      return "Rp";
    }
    return norm;
  }
}
