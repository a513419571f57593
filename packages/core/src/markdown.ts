/**
 * Markdown for job summaries and pull request bodies. Everything taken from input is escaped,
 * so a tag or service name cannot inject Markdown or HTML, nor end a table row: every line
 * break (LF, CRLF and a lone CR, which GitHub's renderer also ends a line at) becomes a space.
 */

/** Any line break, including a lone CR. */
const LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g;

/** `text` on one line. */
function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+!|<>&~]/g;

/** Escape text for a Markdown table cell or paragraph (also HTML-escapes < > &). */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(MARKDOWN_SPECIAL, (c) => {
    if (c === '<') return '&lt;';
    if (c === '>') return '&gt;';
    if (c === '&') return '&amp;';
    return `\\${c}`;
  });
}

/**
 * Text shown as inline code; backticks inside are neutralised (HTML and Markdown are not read
 * inside a code span, and a table escapes its `|`).
 */
export function inlineCode(text: string): string {
  const clean = oneLine(text).replace(/`/g, "'");
  return clean === '' ? '' : `\`${clean}\``;
}

/**
 * A cell's `|` escaped where not already (`escapeMarkdown` writes `\|`): GFM ends a cell at a
 * pipe after an even number of backslashes, so `\\|` would split the cell.
 */
function escapeCellPipes(cell: string): string {
  return cell.replace(/(\\*)\|/g, (pipe, slashes: string) =>
    slashes.length % 2 === 1 ? pipe : `${slashes}\\|`,
  );
}

/** A Markdown table; cells are kept on one line and their `|` escaped (escape the rest first). */
export function markdownTable(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c) => escapeCellPipes(oneLine(c))).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A digest shortened for reading: `sha256:1234567890ab`. */
export function shortDigest(digest: string | undefined): string {
  if (!digest) return '';
  return digest.startsWith('sha256:') ? digest.slice(0, 19) : digest.slice(0, 19);
}
