/**
 * Property tests of image references (fast-check, seeded: FC_SEED=<n> replays a run; a failure
 * prints its seed and path). Valid generated references round-trip through parse and format;
 * invalid ones are rejected with an InvalidReferenceError, never half-parsed.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { InvalidReferenceError } from '../packages/core/src/errors.js';
import {
  formatReference,
  parseReference,
  tryParseReference,
  type ImageReference,
} from '../packages/core/src/reference.js';

const SEED = Number(process.env.FC_SEED ?? 20261201);
const RUNS = 5_000;

const alnum = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789');
const word = fc.string({ unit: alnum, minLength: 1, maxLength: 6 });
const separator = fc.constantFrom('.', '_', '__', '-', '--');
/** A path component: `[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*`. */
const component = fc
  .tuple(word, fc.array(fc.tuple(separator, word), { maxLength: 2 }))
  .map(([head, rest]) => head + rest.map(([s, w]) => s + w).join(''));
const label = fc
  .tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789'), fc.option(word))
  .map(([a, b]) => a + (b ? `-${b}` : ''));
const domain = fc.oneof(
  fc
    .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('io', 'com', 'dev'))
    .map(([labels, tld]) => [...labels, tld].join('.')),
  fc.constant('localhost'),
  fc.tuple(fc.nat(255), fc.nat(255)).map(([a, b]) => `10.0.${a}.${b}`),
  fc.constant('[::1]'),
);
const port = fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined });
const tagUnit = fc.constantFrom(...'abcXYZ0189_.-');
const tag = fc
  .tuple(fc.constantFrom(...'aZ09_'), fc.string({ unit: tagUnit, maxLength: 127 }))
  .map(([first, rest]) => first + rest);
const digest = fc
  .string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 })
  .map((hex) => `sha256:${hex}`);

/** A valid reference as data. */
const reference: fc.Arbitrary<ImageReference> = fc
  .record({
    domain: fc.option(fc.tuple(domain, port), { nil: undefined }),
    path: fc.array(component, { minLength: 1, maxLength: 4 }),
    tag: fc.option(tag, { nil: undefined }),
    digest: fc.option(digest, { nil: undefined }),
  })
  .map(({ domain: d, path, tag: t, digest: g }) => {
    const parts = [...path];
    // Without a domain, a first component that looks like one would be read as the domain.
    if (!d && parts.length > 1 && (parts[0]?.includes('.') || parts[0] === 'localhost'))
      parts[0] = (parts[0] as string).replace(/\./g, '-').replace('localhost', 'local');
    const ref: ImageReference = { path: parts.join('/') };
    if (d) ref.domain = d[1] === undefined ? d[0] : `${d[0]}:${d[1]}`;
    if (t !== undefined) ref.tag = t;
    if (g !== undefined) ref.digest = g;
    return ref;
  })
  .filter((ref) => (ref.domain ? ref.domain.length + 1 : 0) + ref.path.length <= 255);

const options = { seed: SEED, numRuns: RUNS };

describe('image references (property)', () => {
  test(`format(parse(x)) === x and parse(format(r)) equals r, ${RUNS} references`, () => {
    fc.assert(
      fc.property(reference, (ref) => {
        const text = formatReference(ref);
        expect(parseReference(text)).toEqual(ref);
        expect(formatReference(parseReference(text))).toBe(text);
      }),
      options,
    );
  });

  /** Ways to break a valid reference, each against a rule of the grammar. */
  const breakers: [string, (text: string, ref: ImageReference) => string][] = [
    ['white space inside', (t) => `${t.slice(0, 1)} ${t.slice(1)}`],
    ['an empty tag', (t, r) => `${t.split('@')[0]}:${r.digest ? `@${r.digest}` : ''}`],
    ['a tag of 129 characters', (t, r) => `${formatReference({ ...r, tag: 'a'.repeat(129) })}`],
    ['a tag starting with a dot', (_t, r) => formatReference({ ...r, tag: '.x' })],
    ['a short digest', (_t, r) => formatReference({ ...r, digest: 'sha256:abc' })],
    [
      'an upper-case digest',
      (_t, r) => formatReference({ ...r, digest: `sha256:${'A'.repeat(64)}` }),
    ],
    ['an empty path component', (_t, r) => formatReference({ ...r, path: `${r.path}//x` })],
    ['a trailing slash', (_t, r) => `${r.domain ? `${r.domain}/` : ''}${r.path}/`],
    [
      'an upper-case path',
      (_t, r) => formatReference({ ...r, domain: 'ghcr.io', path: `A${r.path}` }),
    ],
    [
      'a separator at the end of a component',
      (_t, r) => formatReference({ ...r, path: `${r.path}-` }),
    ],
    [
      'a name over 255 characters',
      (_t, r) => formatReference({ ...r, path: `${'a/'.repeat(128)}${r.path}` }),
    ],
    ['two @', (t) => `${t}@sha256:${'0'.repeat(64)}`.replace('@', '@@')],
    ['an empty name', (_t, r) => `:${r.tag ?? 'x'}`],
  ];

  test.each(breakers)(`%s is rejected, never half-parsed (${RUNS / 5} each)`, (_name, breakIt) => {
    fc.assert(
      fc.property(reference, (ref) => {
        const bad = breakIt(formatReference(ref), ref);
        expect(() => parseReference(bad)).toThrow(InvalidReferenceError);
        expect(tryParseReference(bad)).toBeUndefined();
      }),
      { ...options, numRuns: RUNS / 5 },
    );
  });
});
