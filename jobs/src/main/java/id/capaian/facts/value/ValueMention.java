package id.capaian.facts.value;

/**
 * A number found in a sentence, with where it stands.
 *
 * @param value the number
 * @param start index of its first character in the sentence (the Rp or comparator when printed)
 * @param end index just after its last character (its % sign or unit word when printed)
 */
public record ValueMention(ParsedValue value, int start, int end) {}
