import fc from 'fast-check';
import { type CST, Lexer, Parser } from 'yaml';
import { describe, expect, test } from 'vitest';
import { generateConfigRepo } from '../../../../bench/generate-config-repo.js';
import { parseCstTokens, type RootItemSink } from './cst-parser.js';
import { onGeneratedFiles, repoYaml } from './test-corpus.js';

/** The tokens and line starts of yaml's own Parser. */
function viaYaml(text: string) {
  const lines: number[] = [];
  const tokens = Array.from(new Parser((offset) => lines.push(offset)).parse(text));
  return { tokens, lines };
}

/** The tokens and line starts of the port, from the lexemes of yaml's own Lexer. */
function viaPort(text: string) {
  const lines: number[] = [0];
  const lexemes = new Lexer().lex(text);
  const reader = { next: () => lexemes.next().value ?? undefined };
  const tokens = parseCstTokens(reader, (offset) => lines.push(offset));
  return { tokens, lines };
}

/** An item of a top-level block map as it was when the port handed it on. */
interface Handed {
  document: CST.Document;
  map: CST.BlockMap;
  at: number;
  item: unknown;
}

/** viaPort with a RootItemSink that copies each item handed on. */
function viaPortHanding(text: string) {
  const lines: number[] = [0];
  const lexemes = new Lexer().lex(text);
  const reader = { next: () => lexemes.next().value ?? undefined };
  const handed: Handed[] = [];
  const sink: RootItemSink = (document, map, at) =>
    handed.push({ document, map, at, item: structuredClone(map.items[at]) });
  const tokens = parseCstTokens(reader, (offset) => lines.push(offset), sink);
  return { parsed: { tokens, lines }, handed };
}

/**
 * Whether the port gives exactly the tokens (fields, order, absent keys) yaml's Parser gives;
 * and, with a RootItemSink, the same tokens, with every item handed on already final: equal,
 * when handed, to what it is at the end, and handed in order, once each, from the first.
 */
function same(text: string): void {
  const expected = viaYaml(text);
  expect(viaPort(text)).toStrictEqual(expected);
  const { parsed, handed } = viaPortHanding(text);
  expect(parsed).toStrictEqual(expected);
  const next = new Map<CST.BlockMap, number>();
  for (const { document, map, at, item } of handed) {
    expect(at).toBe(next.get(map) ?? 0);
    next.set(map, at + 1);
    expect(map.items[at]).toStrictEqual(item);
    expect(parsed.tokens).toContain(document);
    expect(at).toBeLessThan(map.items.length - 1);
  }
}

describe('the CST parser port gives the tokens of yaml’s Parser', () => {
  test.each([
    ['block maps and sequences with comments', '# top\nx:\n  # in\n  - a\n  - b: 1\n    c:\n'],
    ['the three quoting styles and flow collections', 'a: 1\nb: "x"\nc: {d: [1, \'y\']}  # c\n'],
    ['anchors, aliases and merge keys', 'd: &d\n  k: v\ne:\n  <<: *d\n  k: w\nf: *d\n'],
    ['documents, directives and a document end', '%YAML 1.2\n---\na: 1\n...\n--- # c\n- x\n'],
    ['tags, explicit keys and block scalars', '? !t a\n: |\n  x\n  y\nb: >-\n  z\n'],
    ['multi-line scalars and flow collections', 'a: one\n  two\nb: {c: 1,\n  d: [e, # c\n  f]}\n'],
    ['CRLF, a BOM and tabs', '\ufeffa:\r\n\tb: 1\r\n  c:\t2 # c\r\n'],
    ['syntax errors', 'a: b: c\nd:\n  e: 1\n f: 2\n- g\n]\n'],
    ['indented comments after values', 'a:\n  b: 1\n    # deeper\n  # same\n# none\nc: 2\n'],
    ['empty values between items', 'a:\n\n\nb:\n# c\n\nc:\n  - \n  -\n'],
    ['an empty text and only comments', ''],
  ])('%s', (_, text) => {
    same(text);
  });

  test('on every file of the benchmark repository', () => {
    for (const file of generateConfigRepo(6).files) same(file.text);
  });

  test('on every YAML file of the golden cases and examples', () => {
    expect(repoYaml.length).toBeGreaterThan(50);
    for (const file of repoYaml) same(file.text);
  });

  test('on random token soup', () => {
    const pieces = [
      ...['a', 'image', 'tag', '1.0', '"q"', "'s'", '"a\\nb"', ':', ': ', '- ', '-', ' ', '  '],
      ...['\t', '\n', '\r\n', '# c', ' # c', '&x ', '*x', '&x', '{', '}', '[', ']', ', ', ','],
      ...['---', '...', '? ', '!t ', '!!str ', '|', '|-\n', '>', '<<', 'x:y', '@', '%', '~'],
      ...['%YAML 1.2\n', '\ufeff', '"open', "'open", 'null', 'on'],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        same(parts.join(''));
      }),
      { seed: 20261202, numRuns: 3000 },
    );
  });

  test('on random lines of keys, items, values and comments', () => {
    const line = fc
      .tuple(
        fc.constantFrom('', ' ', '  ', '    ', '\t', '   '),
        fc.constantFrom('', '- ', '-', '- - ', '? ', ': '),
        fc.constantFrom('', 'a: ', 'b:', '"k": ', "'k': ", '<<: ', 'x :', '&k a: ', '!t b: '),
        fc.constantFrom('', '1', 'v', '"d q"', "'s q'", '&x v', '*x', '&x', '{a: 1}', '[1, b]'),
        fc.constantFrom('', '!t v', '|', '>-', '{a: [', ']}', '"multi', 'line"', '---', '...'),
        fc.constantFrom('', ' # c', '# c', '\t# c', ' '),
        fc.constantFrom('\n', '\r\n', '\n\n'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 16 }), (lines) => {
        same(lines.join(''));
      }),
      { seed: 20261203, numRuns: 3000 },
    );
  });

  test('on generated config-repository files', () => {
    onGeneratedFiles(same);
  });
});
