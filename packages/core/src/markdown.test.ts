import { describe, expect, test } from 'vitest';
import { escapeMarkdown, inlineCode, markdownTable } from './markdown.js';

/** The pipes GFM splits a row at: those not preceded by a backslash. */
const cellBreaks = (row: string) => row.replace(/\\./g, '').split('|').length - 1;

const HOSTILE = [
  'a\rb',
  'a\r\nb',
  'a\nb',
  'a\u2028b',
  'a|b',
  'a\\|b',
  '`a`',
  '<img src=x onerror=alert(1)>',
  '[click](https://evil.example)',
  '![x](https://evil.example/x.png)',
  '</td></tr></table><script>x</script>',
  '1.0\r| x | y | z |\r',
];

describe('a table row holds whatever its cells carry', () => {
  test.each(HOSTILE)('%j, escaped and as inline code', (value) => {
    const table = markdownTable(
      ['A', 'B', 'C'],
      [[escapeMarkdown(value), inlineCode(value), value]],
    );
    const rows = table.split('\n');
    expect(rows).toHaveLength(3);
    expect(table).not.toMatch(/\r|\u2028/);
    for (const row of rows) expect(cellBreaks(row)).toBe(4);
  });
});

describe('escapeMarkdown', () => {
  test.each([
    ['<img src=x>', '&lt;img src=x&gt;'],
    ['[a](b)', '\\[a\\]\\(b\\)'],
    ['a\rb\r\nc\nd', 'a b c d'],
    ['`x` | y', '\\`x\\` \\| y'],
    ['a&amp;', 'a&amp;amp;'],
  ])('%j → %j', (value, expected) => {
    expect(escapeMarkdown(value)).toBe(expected);
  });
});

describe('inlineCode', () => {
  test.each([
    ['1.0\r::x', '`1.0 ::x`'],
    ['a`b', "`a'b`"],
    ['<b>', '`<b>`'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(inlineCode(value)).toBe(expected);
  });
});
