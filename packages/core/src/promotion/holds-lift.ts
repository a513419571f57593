/**
 * Lifting a hold: the holds file's text with the entries of one service in one environment
 * removed, every other byte (comments, blank lines, quoting, the other entries) unchanged.
 * Found with the parser's ranges, cut by whole lines, then re-parsed and checked to hold
 * exactly the other entries; otherwise nothing is returned but an error. Pure: text in, text out.
 */
import { isSeq, parseDocument, type Node } from 'yaml';
import { FileError } from '../errors.js';
import { type Hold, parseHolds } from './holds.js';

/** The hold to lift: every entry of this service in this environment. */
export interface HoldKey {
  service: string;
  environment: string;
}

export interface LiftedHolds {
  /** The file's new text (the old one when nothing matched). */
  text: string;
  /** The entries removed, in file order; empty when no entry matched. */
  lifted: Hold[];
}

const matches = (hold: Hold, key: HoldKey) =>
  hold.service === key.service && hold.environment === key.environment;

/** The whole lines an entry is written on: from its `- ` line to the end of its last line. */
function entryLines(path: string, text: string, item: Node): [number, number] {
  const [start, end] = item.range ?? [0, 0];
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ ]*-[ ]+$/.test(text.slice(lineStart, start)))
    throw new FileError(
      path,
      0,
      "needs each hold as a block list entry ('- service: …' on its own line) to lift it; " +
        'nothing was written',
    );
  if (text[end - 1] === '\n') return [lineStart, end];
  const lineEnd = text.indexOf('\n', end);
  return [lineStart, lineEnd === -1 ? text.length : lineEnd + 1];
}

/** The block list's entries as the lines they are written on. */
function entrySpans(path: string, text: string): Array<[number, number]> {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const holds = doc.contents && 'get' in doc.contents ? doc.contents.get('holds', true) : null;
  if (!isSeq(holds)) return [];
  if (holds.flow && holds.items.length > 0)
    throw new FileError(
      path,
      0,
      "needs 'holds:' as a block list (one '- service: …' entry per line) to lift a hold; " +
        'nothing was written',
    );
  return holds.items.map((item) => entryLines(path, text, item as Node));
}

/**
 * Remove every entry of `key` from the holds file `text`, byte-exactly; the result is checked
 * to read back as the other entries, in order, else this throws and nothing should be written.
 */
export function liftHold(path: string, text: string | undefined, key: HoldKey): LiftedHolds {
  const current = parseHolds(path, text);
  const lifted = current.holds.filter((hold) => matches(hold, key));
  if (text === undefined || lifted.length === 0) return { text: text ?? '', lifted: [] };
  const spans = entrySpans(path, text);
  if (spans.length !== current.holds.length)
    throw new FileError(path, 0, 'its entries could not be located; nothing was written');
  let result = text;
  for (let i = spans.length - 1; i >= 0; i -= 1) {
    const [start, end] = spans[i] as [number, number];
    if (matches(current.holds[i] as Hold, key)) result = result.slice(0, start) + result.slice(end);
  }
  const kept = current.holds.filter((hold) => !matches(hold, key));
  if (JSON.stringify(parseHolds(path, result).holds) !== JSON.stringify(kept))
    throw new FileError(path, 0, 'lifting the hold would not read back as the other entries');
  return { text: result, lifted };
}
