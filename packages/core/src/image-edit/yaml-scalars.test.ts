import { parse, parseDocument, isMap, type Pair } from 'yaml';
import { describe, expect, test } from 'vitest';
import { formatScalar, needsQuotes, readScalar, replacementText } from './yaml-scalars.js';

describe('needsQuotes: values that would not read back as the same string', () => {
  test.each([
    ['1.20', true],
    ['1e3', true],
    ['1234567', true],
    ['010', true],
    ['0x1F', true],
    ['0o17', true],
    ['1_000', true],
    ['.5', true],
    ['yes', true],
    ['No', true],
    ['on', true],
    ['OFF', true],
    ['y', true],
    ['null', true],
    ['~', true],
    ['2024-01-02', true],
    ['', true],
    // Hole 5: numbers to go-yaml v2 (Helm, kustomize), though strings to the `yaml` package.
    ['0X1F', true],
    ['0O17', true],
    ['0B101', true],
    ['0o_17', true],
    ['1e_3', true],
    ['1e3_', true],
    ['1.5e1_0', true],
    ['08', true],
    ['09', true],
    ['0800', true],
    ['1__0', true],
    ['0b-1', true],
    ['1:20', true],
    ['Off', true],
    ['.Inf', true],
    ['yES', false],
    ['1e400', true],
    ['v1.0', false],
    ['0x1G', false],
    ['1.2.3-rc.1', false],
    ['1.7.3', false],
    ['v1.20', false],
    ['e5c2216', false],
    ['9f1c3ab', false],
    ['latest', false],
    ['develop-v0.0.1-a1b2c3d-1738860000', false],
    [`sha256:${'a'.repeat(64)}`, false],
    ['ghcr.io/org/api:1.0@sha256:abc', false],
  ])('%j -> %s', (value, quoted) => {
    expect(needsQuotes(value)).toBe(quoted);
  });

  test.each([
    ...['1.20', '1e3', 'yes', 'no', 'on', '0x1F', '010', '1234567', '2024-01-02', 'y'],
    ...['0X1F', '0O17', '0B101', '0o_17', '1e_3', '1e3_', '1.5e1_0', '08', '09', '0800', '1:20'],
  ])('%j written plain reads back as the same string under YAML 1.1 and 1.2', (value) => {
    const text = `tag: ${formatScalar(value, 'plain')}\n`;
    expect(parse(text)).toEqual({ tag: value });
    expect(parse(text, { version: '1.1' })).toEqual({ tag: value });
  });
});

describe('formatScalar keeps the quoting style and escapes', () => {
  test.each([
    ['1.7.3', 'plain', '1.7.3'],
    ['1.20', 'plain', '"1.20"'],
    ['1.20', 'single', "'1.20'"],
    ['1.20', 'double', '"1.20"'],
    ["it's", 'single', "'it''s'"],
    ['say "hi"\\', 'double', '"say \\"hi\\"\\\\"'],
    ['a: b', 'plain', '"a: b"'],
  ] as const)('%j as %s -> %s', (value, quote, text) => {
    expect(formatScalar(value, quote)).toBe(text);
    expect(parse(`v: ${text}`)).toEqual({ v: value });
  });
});

describe('readScalar reads exact bytes or says why not', () => {
  const lineOf = () => 1;
  const first = (text: string) => {
    const doc = parseDocument(text, { keepSourceTokens: true });
    const map = doc.contents;
    if (!isMap(map)) throw new Error('not a map');
    return map.items[0] as Pair;
  };
  test.each([
    ['tag: 1.20 # c\n', { value: '1.20', quote: 'plain', raw: '1.20' }],
    ["tag: '1.0'\n", { value: '1.0', quote: 'single', raw: "'1.0'" }],
    ['tag: "a\\"b"\n', { value: 'a"b', quote: 'double', raw: '"a\\"b"' }],
    ['tag: &t 1.0\n', { value: '1.0', quote: 'plain', raw: '1.0' }],
    ['tag: !!str 1.0\n', { value: '1.0', quote: 'plain', raw: '1.0' }],
    ['tag: ~\n', { value: '', quote: 'plain', raw: '~' }],
    ['tag:\n', { value: '', quote: 'plain', raw: '', bare: true }],
  ])('%j', (text, want) => {
    const pair = first(text);
    const colon = text.indexOf(':');
    const read = readScalar(pair.value, text, lineOf, colon);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { start, end, value, quote, bare } = read.span;
    expect({ value, quote, raw: text.slice(start, end), ...(bare ? { bare } : {}) }).toEqual(want);
  });

  test.each([
    ['a: &x 1\ntag: *x\n', 'alias'],
    ['tag: "{{ .Chart.AppVersion }}"\n', 'templated'],
    ['tag: |\n  1.0\n', 'block-scalar'],
    ['tag: >-\n  1.0\n', 'block-scalar'],
    ['tag: [1, 2]\n', 'not-a-scalar'],
    ['tag: "1.0\n  .1"\n', 'multi-line-scalar'],
  ])('%j is skipped: %s', (text, reason) => {
    const doc = parseDocument(text, { keepSourceTokens: true });
    const map = doc.contents;
    if (!isMap(map)) throw new Error('not a map');
    const pair = map.items[map.items.length - 1] as Pair;
    const read = readScalar(pair.value, text, lineOf, undefined);
    expect(read.ok ? 'ok' : read.reason).toBe(reason);
  });

  test('a bare key gets a space before its new value', () => {
    const span = { start: 4, end: 4, value: '', quote: 'plain' as const, line: 1, bare: true };
    expect(replacementText(span, '1.20')).toBe(' "1.20"');
  });
});
