/**
 * Reading a scalar's exact bytes out of a parsed YAML node, and writing a new value in the
 * scalar's own quoting style so that it still reads back as the same string.
 */
import { Document, isAlias, isCollection, isScalar, Scalar, type Schema } from 'yaml';
import { goYamlV2ReadsAsString } from './go-yaml-v2.js';
import type { Quote, SkipReason, Span } from './image-occurrence.js';

/** A scalar read safely, or the reason it cannot be. */
export type ScalarRead =
  { ok: true; span: Span } | { ok: false; reason: SkipReason; detail: string; line: number };

/** Maps offsets to 1-based lines. */
export type LineOf = (offset: number) => number;

const QUOTES: Partial<Record<string, Quote>> = {
  [Scalar.PLAIN]: 'plain',
  [Scalar.QUOTE_SINGLE]: 'single',
  [Scalar.QUOTE_DOUBLE]: 'double',
};

/** Where a node starts, for messages; `fallback` when it has no range. */
function startOf(node: unknown, fallback: number): number {
  const range = (node as { range?: [number, number, number] | null } | null)?.range;
  return range ? range[0] : fallback;
}

/**
 * Read `node` as a plain or quoted one-line scalar. `colon` is the offset of the `:` before the
 * value (used when the key has no value at all, so a value can be written after it).
 */
export function readScalar(
  node: unknown,
  text: string,
  lineOf: LineOf,
  colon: number | undefined,
): ScalarRead {
  const at = startOf(node, colon ?? 0);
  const fail = (reason: SkipReason, detail: string): ScalarRead => ({
    ok: false,
    reason,
    detail,
    line: lineOf(at),
  });
  if (node === null || node === undefined) {
    if (colon === undefined) return fail('not-a-scalar', 'has no value');
    return { ok: true, span: bareSpan(colon + 1, lineOf) };
  }
  if (isAlias(node)) return fail('alias', `is an alias (*${node.source}) of a value elsewhere`);
  if (isCollection(node)) return fail('not-a-scalar', 'is a collection, not a scalar');
  if (!isScalar(node) || !node.range) return fail('not-a-scalar', 'is not a scalar');
  const quote = QUOTES[node.type ?? ''];
  if (quote === undefined) return fail('block-scalar', 'is a block scalar (| or >)');
  const [start, end] = node.range;
  const raw = text.slice(start, end);
  if (start === end && colon !== undefined) return { ok: true, span: bareSpan(colon + 1, lineOf) };
  if (raw.includes('\n') || raw.includes('\r'))
    return fail('multi-line-scalar', 'is a scalar written over several lines');
  const value = quote === 'plain' ? (node.value === null ? '' : raw) : String(node.value);
  if (value.includes('{{')) return fail('templated', `is templated (${JSON.stringify(value)})`);
  return { ok: true, span: { start, end, value, quote, line: lineOf(start) } };
}

/** The span of a key with no value: a zero-width place right after its `:`. */
function bareSpan(offset: number, lineOf: LineOf): Span {
  return {
    start: offset,
    end: offset,
    value: '',
    quote: 'plain',
    line: lineOf(offset),
    bare: true,
  };
}

/** The text of a scalar node for hints and names (`undefined` unless a one-line string scalar). */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  if (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) return undefined;
  if (node.type === Scalar.PLAIN && typeof node.source === 'string') return node.source;
  return String(node.value);
}

/** The YAML 1.1 and 1.2 (core) schemas of the `yaml` package, whose tags say what a plain scalar reads as. */
const SCHEMAS = [new Document(null, { version: '1.1' }).schema, new Document(null).schema];
const STR_TAG = 'tag:yaml.org,2002:str';
const SAFE_PLAIN = /^[A-Za-z0-9_./][A-Za-z0-9_./:@+-]*$/;

/** Whether a plain scalar `value` reads as a string in `schema` (no default tag claims it). */
function readsAsStringIn(schema: Schema, value: string): boolean {
  return !schema.tags.some(
    (tag) => tag.default === true && tag.tag !== STR_TAG && 'test' in tag && tag.test?.test(value),
  );
}

/**
 * Whether `value`, written as a plain scalar, would not read back as that string, or would not
 * parse as one plain scalar. A plain scalar is written only when go-yaml v2 (what Helm and
 * kustomize read with: see go-yaml-v2.ts), YAML 1.1 and YAML 1.2 all read it as that string;
 * anything else (a number such as `0X1F`, `08` or `1e3_`, a boolean such as `on`, null, a
 * date, a sexagesimal `1:20`) is quoted.
 */
export function needsQuotes(value: string): boolean {
  if (!SAFE_PLAIN.test(value) || value.endsWith(':')) return true;
  if (!goYamlV2ReadsAsString(value)) return true;
  return !SCHEMAS.every((schema) => readsAsStringIn(schema, value));
}

/** `value` as a YAML double-quoted scalar (JSON escapes are valid YAML escapes). */
export function doubleQuoted(value: string): string {
  return JSON.stringify(value);
}

/** `value` as a YAML single-quoted scalar. */
export function singleQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The bytes that write `value` in the style `quote`, so that it reads back as exactly that
 * string. A plain scalar is kept plain unless the value would read as something else.
 */
export function formatScalar(value: string, quote: Quote): string {
  if (quote === 'double') return doubleQuoted(value);
  if (quote === 'single') {
    return /[\n\r\t\\]/.test(value) ? doubleQuoted(value) : singleQuoted(value);
  }
  return needsQuotes(value) ? doubleQuoted(value) : value;
}

/** The bytes that replace `span` so that it holds `value` (a bare key gets a leading space). */
export function replacementText(span: Span, value: string): string {
  const text = formatScalar(value, span.quote);
  return span.bare ? ` ${text}` : text;
}
