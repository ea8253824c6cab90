package id.capaian.facts.value;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One number read from a cell or sentence.
 *
 * @param exact the number, exactly as printed: Rupiah in rupiah (scales applied), percentages as
 *     printed (76,64% is 76.64)
 * @param kind what it is
 * @param unit normalised unit: "%", "Rp" (or "Rp/bulan"), or the unit words as printed in lower case
 *     ("koperasi", "unit usaha", "org/bln"); null when none
 * @param flags why it needs care or what role it plays, from {@link ValueFlags}
 * @param raw the exact text span the number was read from
 * @param grade the letter grade printed with a score ("A", "BB"), else null
 */
public record ParsedValue(
    BigDecimal exact, ValueKind kind, String unit, Set<String> flags, String raw, String grade) {
  public ParsedValue {
    flags = Set.copyOf(flags);
  }

  /** The number as a double (the warehouse's value column). */
  public double value() {
    return exact.doubleValue();
  }

  public boolean has(String flag) {
    return flags.contains(flag);
  }
}
