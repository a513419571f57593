/**
 * Job summary tables that fit GitHub's limits: a step's summary is capped at 1 MiB (past that
 * it is not shown), so a table shows its first SUMMARY_ROWS rows and says how many more there
 * are and where they all are.
 */
import { markdownTable } from '@gitops-promote/core';

/**
 * The most rows a summary table shows. Each row is a service or a change (a few hundred bytes
 * at most: tags are 128 characters at most), so 200 rows stay well below 1 MiB together with
 * the summary's other parts.
 */
export const SUMMARY_ROWS = 200;

/** The first `max` of `rows`, and how many were left out. */
export function firstRows<T>(
  rows: readonly T[],
  max = SUMMARY_ROWS,
): { shown: T[]; hidden: number } {
  return { shown: rows.slice(0, max), hidden: Math.max(0, rows.length - max) };
}

/** `… and 4800 more rows, <where>.`, or '' when none was left out. */
export function hiddenRowsNote(hidden: number, where: string): string {
  if (hidden === 0) return '';
  return `… and ${hidden} more ${hidden === 1 ? 'row' : 'rows'}, ${where}.`;
}

/**
 * A Markdown table of the first `max` rows (cells escaped by the caller), followed by a line
 * saying how many more there are and `where` they all are (e.g. `every one in the file named by
 * the changes-file output`).
 */
export function summaryTable(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  where: string,
  max = SUMMARY_ROWS,
): string {
  return summaryTableOf(headers, rows, (row) => row, where, max);
}

/**
 * summaryTable of `items`, each made into a row by `row` only when it is shown: a summary of
 * 60,000 changes formats the 200 it shows, not every one.
 */
export function summaryTableOf<T>(
  headers: readonly string[],
  items: readonly T[],
  row: (item: T) => readonly string[],
  where: string,
  max = SUMMARY_ROWS,
): string {
  const { shown, hidden } = firstRows(items, max);
  const table = markdownTable(headers, shown.map(row));
  const note = hiddenRowsNote(hidden, where);
  return note === '' ? table : `${table}\n\n${note}`;
}
