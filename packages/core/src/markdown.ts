/**
 * Markdown for job summaries and pull request bodies. Everything taken from input is escaped,
 * so a tag or service name cannot inject Markdown or HTML.
 */

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+!|<>&~]/g;

/** Escape text for a Markdown table cell or paragraph (also HTML-escapes < > &). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(MARKDOWN_SPECIAL, (c) => {
    if (c === '<') return '&lt;';
    if (c === '>') return '&gt;';
    if (c === '&') return '&amp;';
    return `\\${c}`;
  });
}

/** Text shown as inline code; backticks inside are neutralised. */
export function inlineCode(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ').replace(/`/g, "'");
  return clean === '' ? '' : `\`${clean}\``;
}

/** A Markdown table; cells are used as given (escape them first). */
export function markdownTable(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A digest shortened for reading: `sha256:1234567890ab`. */
export function shortDigest(digest: string | undefined): string {
  if (!digest) return '';
  return digest.startsWith('sha256:') ? digest.slice(0, 19) : digest.slice(0, 19);
}
