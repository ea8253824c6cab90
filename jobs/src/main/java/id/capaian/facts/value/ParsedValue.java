package id.capaian.facts.value;

import java.util.Set;

/**
 * One number read from a cell or sentence.
 *
 * @param value the number: Rupiah in rupiah (scales applied), percentages as printed (76,64% is 76.64)
 * @param kind what it is
 * @param unit normalised unit: "%", "Rp", or the unit word as printed in lower case ("koperasi",
 *     "orang", "org/bln"), null when none
 * @param flags why it needs care: "malformed" (e.g. 95.000.00), "secondary_value" (the bracketed second
 *     number of "50% (10%)"), "range_low"/"range_high", "grade" (a letter grade followed it), "multi_value"
 * @param raw the exact text span the number was read from
 */
public record ParsedValue(double value, ValueKind kind, String unit, Set<String> flags, String raw) {
  public ParsedValue {
    flags = Set.copyOf(flags);
  }

  public boolean has(String flag) {
    return flags.contains(flag);
  }
}
