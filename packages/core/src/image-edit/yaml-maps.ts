/**
 * Helpers over parsed YAML maps: key lookup, the offset of a pair's `:`, and where a new key
 * goes so that it sits on its own line after a given pair (or after it in a flow map).
 */
import { isScalar, type Pair, type YAMLMap } from 'yaml';
import type { KeyInsertion, PathSegment } from './image-occurrence.js';
import type { ParsedYamlFile } from './yaml-file.js';

/** The key of a pair as a path segment: a scalar key's text; `undefined` for complex keys. */
export function pairKey(pair: Pair): string | undefined {
  const key = pair.key;
  if (!isScalar(key)) return undefined;
  if (key.value === null || key.value === undefined) return '';
  return typeof key.value === 'string' ? key.value : String(key.value);
}

/** The pairs of `map` by key (the first pair wins for a repeated key). */
export function pairsByKey(map: YAMLMap): Map<string, Pair> {
  const pairs = new Map<string, Pair>();
  for (const item of map.items) {
    const key = pairKey(item);
    if (key !== undefined && !pairs.has(key)) pairs.set(key, item);
  }
  return pairs;
}

/**
 * Offset of the `:` that separates a pair's key from its value, if the source shows one: the
 * first `:` after the key, past only white space, line breaks and comments.
 */
export function colonOffset(pair: Pair, text: string): number | undefined {
  const keyEnd = (pair.key as { range?: [number, number, number] } | null)?.range?.[1];
  if (keyEnd === undefined) return undefined;
  for (let i = keyEnd; i < text.length; i++) {
    const c = text[i];
    if (c === ':') return i;
    if (c === '#') {
      const newline = text.indexOf('\n', i);
      if (newline < 0) return undefined;
      i = newline;
    } else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return undefined;
  }
  return undefined;
}

/** Offset just after a pair's value bytes (or after its `:` when it has no value). */
function valueEnd(pair: Pair, text: string): number | undefined {
  const range = (pair.value as { range?: [number, number, number] } | null)?.range;
  if (range && range[1] > range[0]) return range[1];
  const colon = colonOffset(pair, text);
  return colon === undefined ? range?.[1] : colon + 1;
}

/** Offset where the line holding `offset` ends (before its `\r\n` or `\n`), and that ending. */
function lineEnd(text: string, offset: number, fallbackEol: string): { at: number; eol: string } {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return { at: text.length, eol: fallbackEol };
  if (newline > 0 && text[newline - 1] === '\r') return { at: newline - 1, eol: '\r\n' };
  return { at: newline, eol: '\n' };
}

/**
 * Where keys added to `map` go, right after `after`: on a new line at the same indentation as
 * `after`'s key in a block map, or `, key: value` after its value in a flow map. `undefined`
 * when the source does not show where the pair ends.
 */
export function insertionAfter(
  source: ParsedYamlFile,
  map: YAMLMap,
  after: Pair,
  path: PathSegment[],
  keys: { tagKey: string; digestKey: string },
): KeyInsertion | undefined {
  const end = valueEnd(after, source.text);
  const keyStart = (after.key as { range?: [number, number, number] } | null)?.range?.[0];
  if (end === undefined || keyStart === undefined) return undefined;
  const { text, lineOf } = source;
  if (map.flow) return { offset: end, lead: ', ', line: lineOf(end), path, ...keys };
  if (text.slice(keyStart, end).includes('\n')) return undefined; // a pair over several lines
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const indent = text.slice(lineStart, keyStart).replace(/[^ \t]/g, ' ');
  const { at, eol } = lineEnd(text, end, source.eol);
  if (text.slice(end, at).trim() !== '' && !/^[ \t]*#/.test(text.slice(end, at))) return undefined;
  return { offset: at, lead: `${eol}${indent}`, line: lineOf(end) + 1, path, ...keys };
}
