package id.capaian.extract.table;

import java.util.List;

/**
 * A run of consecutive table lines of one kind (pipe or tab) between blank lines or text.
 *
 * @param pipe markdown pipe rows, else tab-separated rows
 * @param firstLine 1-based first line
 * @param lastLine 1-based last line
 * @param rows the rows, cleaned, rule rows already out
 * @param rowsBeforeRule for a pipe segment, how many rows precede its first rule row (its header
 *     rows in markdown), else -1
 */
record Segment(boolean pipe, int firstLine, int lastLine, List<WorkRow> rows, int rowsBeforeRule) {}
