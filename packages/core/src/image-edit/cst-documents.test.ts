import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  Composer,
  type CST,
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  Parser,
} from 'yaml';
import { describe, expect, test } from 'vitest';
import { generateConfigRepo } from '../../../../bench/generate-config-repo.js';
import { generatedFile } from '../../../../test/support/generated-yaml.js';
import { composeSimpleDocuments, StreamedComposer } from './cst-documents.js';
import { lexemesOf } from './cst-lexer.js';
import { parseCstTokens } from './cst-parser.js';
import { findInParsedFile } from './find-occurrences.js';
import { parseYamlFile } from './yaml-file.js';
import { needsQuotes } from './yaml-scalars.js';

const OPTIONS = { prettyErrors: false, uniqueKeys: false } as const;

function tokensOf(text: string): CST.Token[] {
  return Array.from(new Parser().parse(text));
}

/** What the engine reads of a node: kind, range, anchor, tag, scalar type, value and source. */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return node;
  if (isPair(node)) return { key: shape(node.key), value: shape(node.value) };
  const { range, anchor, tag } = node as { range?: unknown; anchor?: string; tag?: string };
  const props = { range, anchor, tag };
  if (isAlias(node)) return { alias: node.source, ...props };
  if (isScalar(node)) {
    const { type, value, source, format } = node as typeof node & { source?: string };
    return { type, value, valueType: typeof value, source, format, ...props };
  }
  if (isMap(node) || isSeq(node))
    return { map: isMap(node), flow: !!node.flow, items: node.items.map(shape), ...props };
  throw new Error(`unexpected node ${String(node)}`);
}

const documentShape = (doc: Document.Parsed) => ({
  range: doc.range,
  docStart: !!doc.directives.docStart,
  errors: doc.errors.length,
  warnings: doc.warnings.length,
  contents: shape(doc.contents),
});

function composed(text: string): Document.Parsed[] {
  const composer = new Composer(OPTIONS);
  return [...composer.compose(tokensOf(text))];
}

/** The fast documents' shapes, or `undefined` when the CST path declines. */
function fastShapes(text: string) {
  return composeSimpleDocuments(tokensOf(text), OPTIONS)?.map(documentShape);
}

/** The shapes of the documents composed while the port parses, or `undefined` on a decline. */
function streamedShapes(text: string) {
  const streamed = new StreamedComposer(OPTIONS);
  const tokens = parseCstTokens(lexemesOf(text), () => undefined, streamed.onRootItem);
  return streamed.documentsOf(tokens)?.map(documentShape);
}

/**
 * Whether the CST path declined `text`, after checking it agrees with the Composer if not;
 * composed while parsed (StreamedComposer), it declines the same texts and gives the same.
 */
function agrees(text: string): boolean {
  const fast = fastShapes(text);
  expect(streamedShapes(text)).toEqual(fast);
  if (fast === undefined) return false;
  expect(fast).toEqual(composed(text).map(documentShape));
  return true;
}

const repo = generateConfigRepo(4);
const goldenInputs = (() => {
  const root = new URL('../../../../test/golden/', import.meta.url).pathname;
  const files: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name) && path.includes(`${join('input')}`))
        files.push({ path, text: readFileSync(path, 'utf8') });
    }
  };
  walk(root);
  return files;
})();

describe('documents composed from the CST', () => {
  test.each([
    ['a block map of the three quoting styles', 'a: 1\nb: "x"\nc: \'y\'  # c\n', true],
    [
      'nested maps and sequences with comments',
      '# top\nx:\n  # in\n  - a\n  - b: 1\n    c:\n',
      true,
    ],
    ['anchors on values and aliases', 'd: &d\n  k: v\ne: *d\nf: &s x\n', true],
    ['a merge key (a plain key in YAML 1.2)', 'd: &d\n  k: v\ne:\n  <<: *d\n  k: w\n', true],
    ['several documents', 'a: 1\n---\nb: 2\n--- # c\n- x\n', true],
    ['empty values and a trailing comment', 'a:\nb: # c\nc: x\n# end\n', true],
    ['a multi-line plain scalar', 'a: one\n  two\nb: x\n', true],
    ['one-line flow maps and sequences', 'a: {b: 1, c: "x" , d: [1, \'y\', {e: }]}  # c\n', true],
    ['flow collections with a trailing comma and at the root', '[a, b, ]\n', true],
    ['a flow map over two lines', 'a: {b: 1,\n  c: 2}\n', false],
    ['a comment in a flow map', 'a: [b, # c\n  d]\n', false],
    ['a pair in a flow sequence', 'a: [b: 1]\n', false],
    ['a flow key without a value', 'a: {b}\n', false],
    ['a missing comma', 'a: {b: 1 c: 2}\n', false],
    ['a tag', 'a: !!str 1\n', false],
    ['a block scalar', 'a: |\n  x\n', false],
    ['an explicit key', '? a\n: 1\n', false],
    ['an anchor on a key', '&k a: 1\n', false],
    ['a directive', '%YAML 1.1\n---\na: 1\n', false],
    ['a document end marker', 'a: 1\n...\n', false],
    ['a tab before a value', 'a:\t1\n', true],
    ['a tab as indentation', 'a:\n\tb: 1\n', false],
    ['a comment-only file', '# nothing\n', false],
    ['a syntax error', 'a: b: c\n', false],
    ['a bad indentation', 'a:\n  b: 1\n c: 2\n', false],
  ])('%s: handled %s', (_, text, handled) => {
    expect(agrees(text)).toBe(handled);
  });

  test('every file of the benchmark repository is composed from the CST, as the Composer does', () => {
    const declined = repo.files.filter((file) => !agrees(file.text)).map((f) => f.path);
    expect(declined).toEqual([]);
  });

  test('every golden input either declines or agrees with the Composer', () => {
    expect(goldenInputs.length).toBeGreaterThan(10);
    const handled = goldenInputs.filter((file) => agrees(file.text));
    expect(handled.length).toBeGreaterThan(goldenInputs.length / 2);
  });

  test('on random token soup it declines or agrees with the Composer, errors included', () => {
    const pieces = [
      'a',
      'image',
      'tag',
      '1.0',
      '"q"',
      "'s'",
      "'it''s'",
      '"\\t"',
      ':',
      ': ',
      '- ',
      '-',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '# c',
      ' # c',
      '&x ',
      '*x',
      '&x',
      '{',
      '}',
      '[',
      ']',
      ', ',
      ',',
      '---',
      '...',
      '? ',
      '!t ',
      '|',
      '<<',
      'x:y',
      '@',
      '%',
      '~',
      'null',
      'on',
    ];
    let handled = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        if (agrees(parts.join(''))) handled++;
      }),
      { seed: 20261202, numRuns: 2000 },
    );
    expect(handled).toBeGreaterThan(200);
  });

  test('on random lines of keys, items, values and comments it declines or agrees', () => {
    const line = fc
      .tuple(
        fc.constantFrom('', ' ', '  ', '    ', '\t'),
        fc.constantFrom('', '- ', '-'),
        fc.constantFrom('', 'a: ', 'b:', '"k": ', "'k': ", '<<: ', 'x :', '? '),
        fc.constantFrom(
          '',
          '1',
          'v',
          '"d q"',
          "'s q'",
          '&x v',
          '*x',
          '&x',
          '{a: 1}',
          '[1, b]',
          '!t v',
          '|',
        ),
        fc.constantFrom('', ' # c', '# c', '\t# c'),
        fc.constantFrom('\n', '\r\n'),
      )
      .map((parts) => parts.join(''));
    let handled = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        if (agrees(lines.join(''))) handled++;
      }),
      { seed: 20261203, numRuns: 2000 },
    );
    expect(handled).toBeGreaterThan(80);
  });

  test('on generated files the CST finder declines or finds what the Document finder finds', () => {
    let handled = 0;
    const plainOk = (value: string) => !needsQuotes(value);
    fc.assert(
      fc.property(generatedFile(plainOk), (file) => {
        const text = file.text;
        if (!agrees(text)) return;
        handled++;
        const lexemes = Array.from(new Lexer().lex(text));
        const viaCst = parseYamlFile('values.yaml', text);
        const viaComposer = { ...viaCst, lexemes, documents: composed(text) };
        expect(findInParsedFile(viaCst)).toEqual(findInParsedFile(viaComposer));
      }),
      { seed: 20261202, numRuns: 400 },
    );
    expect(handled).toBeGreaterThan(100);
  });
});
