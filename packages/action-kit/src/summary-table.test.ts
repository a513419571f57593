/** Summary tables show their first rows and say how many more there are. */
import { describe, expect, test } from 'vitest';
import { SUMMARY_ROWS, hiddenRowsNote, summaryTable, summaryTableOf } from './summary-table.js';

const rows = (n: number) => Array.from({ length: n }, (_, i) => [`svc-${i}`, `${i}`]);

describe('summaryTable', () => {
  test.each([
    [0, 0, ''],
    [3, 3, ''],
    [SUMMARY_ROWS, SUMMARY_ROWS, ''],
    [SUMMARY_ROWS + 1, SUMMARY_ROWS, '… and 1 more row, in the file.'],
    [5_000, SUMMARY_ROWS, '… and 4800 more rows, in the file.'],
  ])('%i rows show %i', (total, shown, note) => {
    const text = summaryTable(['Service', 'N'], rows(total), 'in the file');
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('| svc-'))).toHaveLength(shown);
    expect(text.endsWith(note === '' ? '|' : `\n\n${note}`)).toBe(true);
  });

  test('a smaller limit', () => {
    expect(summaryTable(['A'], rows(5), 'below', 2)).toBe(
      '| A |\n| --- |\n| svc-0 | 0 |\n| svc-1 | 1 |\n\n… and 3 more rows, below.',
    );
  });
});

describe('summaryTableOf', () => {
  test.each([3, SUMMARY_ROWS + 1, 5_000])('%i items: the table summaryTable makes', (total) => {
    const items = Array.from({ length: total }, (_, i) => i);
    const formatted: number[] = [];
    const row = (i: number) => {
      formatted.push(i);
      return [`svc-${i}`, `${i}`];
    };
    expect(summaryTableOf(['Service', 'N'], items, row, 'in the file')).toBe(
      summaryTable(['Service', 'N'], rows(total), 'in the file'),
    );
    // Only the rows shown are formatted.
    expect(formatted).toEqual(items.slice(0, SUMMARY_ROWS));
  });
});

test('hiddenRowsNote is empty when nothing was left out', () => {
  expect(hiddenRowsNote(0, 'anywhere')).toBe('');
});
