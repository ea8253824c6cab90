/**
 * Numbers as Indonesian planning documents print them. {@link id.capaian.facts.value.ValueParser}
 * reads a table cell ({@code parse}) or every number of a sentence ({@code parseAll}) into exact
 * {@link id.capaian.facts.value.ParsedValue}s with their kind, unit and {@link
 * id.capaian.facts.value.ValueFlags flags}; {@link id.capaian.facts.value.Expect} carries what the
 * column header or unit cell says. Pure Java, no Spark, no regular expressions on the hot path.
 *
 * <p>Which separator is the decimal mark: the last of two different ones; a repeated one groups
 * thousands; a lone one is decimal unless exactly three digits follow it, and then the value's own
 * signs decide (%, grade: decimal; Rp, unit word: thousands), then the context, and without either it
 * is read as thousands and flagged {@code ambiguous_separator} (every such number in the corpus is a
 * count or an amount).
 */
package id.capaian.facts.value;
