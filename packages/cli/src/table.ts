/** Aligned plain-text tables for human output: columns padded to their widest cell. */
import type { Paint, Style } from './terminal.js';

/** A cell, optionally styled (the style does not count towards the width). */
export type Cell = string | { text: string; style: Style };

function textOf(cell: Cell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

/** The table's lines: a bold header, then the rows; the last column is not padded. */
export function formatTable(headers: string[], rows: Cell[][], paint: Paint): string {
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => textOf(r[i] ?? '').length)),
  );
  const line = (cells: Cell[], header: boolean) =>
    cells
      .map((cell, i) => {
        const text = textOf(cell);
        const padded = i === cells.length - 1 ? text : text.padEnd(widths[i] ?? 0);
        if (header) return paint('bold', padded);
        return typeof cell === 'string' ? padded : paint(cell.style, padded);
      })
      .join('  ')
      .trimEnd();
  return [line(headers, true), ...rows.map((r) => line(r, false))].join('\n');
}
