/**
 * parseComponentTags on random and adversarial input (fast-check, seeded: FC_SEED=<n> replays a
 * run): wrong types, empty, 10 MB, deeply nested JSON, invalid UTF-8, unknown keys. Every
 * failure is a ComponentTagsError naming the source and the rule, quoting at most a bounded
 * part of the value; never a raw exception.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseComponentTags } from '../packages/core/src/component-tags.js';
import { ComponentTagsError } from '../packages/core/src/errors.js';

const SEED = Number(process.env.FC_SEED ?? 20261201);
const SOURCE = 'input component-tags';
const DIGEST = `sha256:${'a'.repeat(64)}`;

/** What parseComponentTags does with `text`: 'ok', or the error, checked to be a clear one. */
function outcome(text: string): 'ok' | ComponentTagsError {
  let error: unknown;
  try {
    parseComponentTags(text, SOURCE);
    return 'ok';
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ComponentTagsError);
  const message = (error as Error).message;
  expect(message.startsWith(`${SOURCE}: `), message).toBe(true);
  expect(message.length, 'the message quotes a bounded part of the value').toBeLessThan(4_000);
  return error as ComponentTagsError;
}

const anyJson = fc.jsonValue({ maxDepth: 4 });
const entry = fc.record(
  {
    tag: fc.oneof(fc.constantFrom('v1.2.3', 'latest', '', ' ', '.x', 'a'.repeat(129)), anyJson),
    digest: fc.oneof(fc.constantFrom(DIGEST, 'sha256:abc', `sha256:${'A'.repeat(64)}`), anyJson),
    sha: fc.oneof(fc.constantFrom('abc1234', ''), anyJson),
    image: fc.oneof(fc.constantFrom('ghcr.io/acme/api', 'GHCR.io/Acme', '', 'a//b'), anyJson),
  },
  { requiredKeys: [] },
);
const unknownKey = fc
  .string({ minLength: 1, maxLength: 8 })
  .filter((k) => !['tag', 'digest', 'sha', 'image', '__proto__'].includes(k));

describe('parseComponentTags (property)', () => {
  test('any JSON value: accepted, or a ComponentTagsError naming the source (3,000 values)', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, fc.dictionary(fc.string(), entry)), (data) => {
        outcome(JSON.stringify(data));
      }),
      { seed: SEED, numRuns: 3_000 },
    );
  });

  test('an unknown key in an entry is an error naming it (1,000 entries)', () => {
    fc.assert(
      fc.property(unknownKey, anyJson, (key, value) => {
        const error = outcome(JSON.stringify({ api: { tag: 'v1', [key]: value } }));
        expect(error).not.toBe('ok');
      }),
      { seed: SEED, numRuns: 1_000 },
    );
  });

  test('random text, including invalid UTF-8 decoded lossily (2,000 texts)', () => {
    const bytes = fc.uint8Array({ maxLength: 64 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          bytes.map((b) => Buffer.from(b).toString('utf8')),
        ),
        (t) => {
          outcome(t);
        },
      ),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  test.each([
    ['empty text', ''],
    ['white space', ' \n\t'],
    ['a BOM only', '\uFEFF'],
    ['null', 'null'],
    ['an array', '[{"tag":"v1"}]'],
    ['a number', '1'],
    ['a tag of 10 MB', JSON.stringify({ api: { tag: 'v'.repeat(10_000_000) } })],
    ['a service name of 10 MB', JSON.stringify({ ['s'.repeat(10_000_000)]: { tag: 1 } })],
    ['text of 10 MB that is not JSON', `{${'x'.repeat(10_000_000)}`],
    ['JSON nested 100,000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['an entry nested 10,000 deep', `{"api":{"tag":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`],
    [
      'invalid UTF-8 in a tag',
      Buffer.from([
        0x7b, 0x22, 0x61, 0x22, 0x3a, 0x7b, 0x22, 0x74, 0x61, 0x67, 0x22, 0x3a, 0x22, 0x76, 0xe9,
        0x22, 0x7d, 0x7d,
      ]).toString('utf8'),
    ],
    [
      'a digest of the wrong algorithm',
      JSON.stringify({ api: { tag: 'v1', digest: `md5:${'a'.repeat(32)}` } }),
    ],
    ['a prototype key', '{"__proto__": {"tag": "v1"}, "api": {"tag": []}}'],
  ])('%s is a clear error', (_name, text) => {
    const error = outcome(text);
    expect(error).not.toBe('ok');
  });
});
