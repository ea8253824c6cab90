package id.capaian.synth;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One row of the generated truth file: the columns of {@code gold/facts.csv}. */
public record TruthFact(
    String file,
    String regionCode,
    String level,
    String kode,
    String metric,
    String measure,
    String stage,
    int year,
    BigDecimal value,
    int line,
    String note) {

  public static final String HEADER = "file,region_code,level,kode,metric,measure,stage,year,value,line,note";

  static TruthFact at(String file, String regionCode, Stated s, int line) {
    return new TruthFact(
        file, regionCode, s.level(), s.kode(), s.metric(), s.measure(), s.stage(), s.year(), s.value(),
        line, s.note());
  }

  public String csvLine() {
    return Stream.of(
            file, regionCode, level, kode, metric, measure, stage, Integer.toString(year),
            value.stripTrailingZeros().toPlainString(), Integer.toString(line), note)
        .map(TruthFact::csvCell)
        .collect(Collectors.joining(","));
  }

  private static String csvCell(String value) {
    if (value == null) {
      return "";
    }
    return value.contains(",") || value.contains("\"")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }

  /** Parses a line written by {@link #csvLine()} (or a gold file line). */
  public static TruthFact parse(List<String> f) {
    return new TruthFact(
        f.get(0), f.get(1), emptyToNull(f.get(2)), emptyToNull(f.get(3)), emptyToNull(f.get(4)),
        emptyToNull(f.get(5)), emptyToNull(f.get(6)), Integer.parseInt(f.get(7)),
        new BigDecimal(f.get(8)), f.get(9).isEmpty() ? 0 : Integer.parseInt(f.get(9)),
        f.size() > 10 ? emptyToNull(f.get(10)) : null);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
