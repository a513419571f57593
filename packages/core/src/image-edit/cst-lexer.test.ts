import fc from 'fast-check';
import { Lexer } from 'yaml';
import { describe, expect, test } from 'vitest';
import { generateConfigRepo } from '../../../../bench/generate-config-repo.js';
import { controlLexeme, iterateLexemes, lexemesOf, recordLexemes } from './cst-lexer.js';
import { onGeneratedFiles, repoYaml } from './test-corpus.js';

/** Every lexeme the port reads from `text`, pulled one at a time. */
function drained(text: string): string[] {
  const reader = lexemesOf(text);
  const lexemes: string[] = [];
  for (let lexeme = reader.next(); lexeme !== undefined; lexeme = reader.next())
    lexemes.push(lexeme);
  return lexemes;
}

function same(text: string): void {
  expect(drained(text)).toStrictEqual(Array.from(new Lexer().lex(text)));
}

describe('the lexer port gives the lexemes of yaml’s Lexer', () => {
  test.each([
    ['block maps and sequences with comments', '# top\nx:\n  # in\n  - a\n  - b: 1\n    c:\n'],
    ['quoting styles and flow collections', "a: 1\nb: \"x\\\"y\"\nc: {d: [1, 'y''z']}  # c\n"],
    ['anchors, aliases, tags and merge keys', 'd: &d !t\n  k: v\ne:\n  <<: *d\nf: !<x:y> *d\n'],
    ['a directive (its newline is lexed by the next step)', '%YAML 1.2 # v\n---\na: 1\n...\n'],
    ['block scalars with indicators', 'a: |+2\n   x\n\n  y\nb: >-\n  z\n\t\nc: |\r\n  w\r\n'],
    ['multi-line scalars and flow collections', 'a: one\n  two\nb: {c: 1,\n  d: [e, # c\n f]}\n'],
    ['CRLF, a BOM, tabs and a lone CR', '\ufeffa:\r\n\tb: 1\r\n  c:\t2 # c\r\nd: x\ry\n'],
    ['a flow collection cut by a document marker', 'a: [b,\n---\nc: {d\n...\n'],
    ['unterminated quotes', 'a: "open\nb: \'open'],
    ['explicit keys and tag escapes', '? !a%41b x\n: !a%4a%2fb%zz y\n- ? z\n  : w\n'],
    ['an empty text', ''],
  ])('%s', (_, text) => {
    same(text);
  });

  test('iterateLexemes yields what the reader gives', () => {
    const text = 'a: [1, "2"]\n# c\n- x\n';
    expect(Array.from(iterateLexemes(text))).toStrictEqual(drained(text));
  });

  test('the recorded codes give every lexeme back from the text', () => {
    const pieces = ['a', ': ', '- ', '"q"', '{', '}', '[', ']', ', ', '\n', '# c', '---', '|', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const codes: number[] = [];
        const reader = recordLexemes(text, codes);
        while (reader.next() !== undefined);
        let at = 0;
        const rebuilt = codes.map((code) => {
          if (code < 0) return controlLexeme(code);
          at += code;
          return text.slice(at - code, at);
        });
        expect(rebuilt).toStrictEqual(Array.from(new Lexer().lex(text)));
        expect(at).toBe(text.length);
      }),
      { seed: 20261205, numRuns: 1000 },
    );
  });

  test('on every file of the benchmark repository', () => {
    for (const file of generateConfigRepo(6).files) same(file.text);
  });

  test('on every YAML file of the golden cases and examples', () => {
    expect(repoYaml.length).toBeGreaterThan(50);
    for (const file of repoYaml) same(file.text);
  });

  test('on random character soup', () => {
    const pieces = [
      ...['a', 'tag', '1.0', '"', "'", '\\', ':', ' ', '  ', '\t', '\n', '\r\n', '\r', '#'],
      ...['-', '?', '&', '*', '!', '<', '>', '|', '+', '2', '%', '%4', '{', '}', '[', ']', ','],
      ...['---', '...', '\ufeff', '@', '`', '~', 'é'],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
        same(parts.join(''));
      }),
      { seed: 20261202, numRuns: 5000 },
    );
  });

  test('on random lines of keys, items, values and comments', () => {
    const line = fc
      .tuple(
        fc.constantFrom('', ' ', '  ', '    ', '\t', '   '),
        fc.constantFrom('', '- ', '-', '- - ', '? ', ': ', '---', '--- ', '...'),
        fc.constantFrom('', 'a: ', 'b:', '"k": ', "'k': ", '<<: ', 'x :', '&k a: ', '!t b: '),
        fc.constantFrom('', '1', 'v', '"d q"', "'s q'", '&x v', '*x', '{a: 1}', '[1, b]', '{'),
        fc.constantFrom('', '!t v', '|', '>-', '|2+', '{a: [', ']}', '"multi', "line'", ' x'),
        fc.constantFrom('', ' # c', '# c', '\t# c', ' ', '%YAML 1.2'),
        fc.constantFrom('\n', '\r\n', '\n\n', '', '\r'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 16 }), (lines) => {
        same(lines.join(''));
      }),
      { seed: 20261203, numRuns: 4000 },
    );
  });

  test('on generated config-repository files', () => {
    onGeneratedFiles(same);
  });
});
