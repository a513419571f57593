import { describe, expect, test } from 'vitest';
import { InputError } from '../errors.js';
import {
  chooseTag,
  NonNumericTagError,
  NoTagCandidateError,
  parseTagPolicy,
  parseTagVersion,
  type PolicyInputs,
} from './tag-policy.js';

const STAGING = '^staging-v[0-9]+\\.[0-9]+\\.[0-9]+-[a-f0-9]+-(?P<ts>[0-9]+)$';
const SEED_003_TAGS = [
  'develop-v0.0.1-a1b2c3d-1738860000',
  'staging-v0.0.1-a1b2c3d-1738860123',
  'staging-v0.0.2-b2c3d4e-1738869999',
  'staging-v0.0.3-c3d4e5f-1738861000',
  'production-v0.0.1-a1b2c3d-1738861000',
  'production',
  'a1b2c3d',
  'staging-v0.0.4-zzzzzzz-1738900000',
];

function policy(partial: Partial<PolicyInputs>): ReturnType<typeof parseTagPolicy> {
  return parseTagPolicy({ policy: 'numerical', filter: '', extract: '', order: '', ...partial });
}

describe('chooseTag', () => {
  test.each([
    {
      name: 'seed 003: staging filter, latest timestamp (numerical on $ts)',
      inputs: { policy: 'numerical', filter: STAGING, extract: '$ts' },
      tags: SEED_003_TAGS,
      tag: 'staging-v0.0.2-b2c3d4e-1738869999',
      kept: 3,
    },
    {
      name: 'seed 003: ${ts} is the same as $ts',
      inputs: { policy: 'numerical', filter: STAGING, extract: '${ts}' },
      tags: SEED_003_TAGS,
      tag: 'staging-v0.0.2-b2c3d4e-1738869999',
      kept: 3,
    },
    {
      name: 'seed 003: desc picks the oldest',
      inputs: { policy: 'numerical', filter: STAGING, extract: '$ts', order: 'desc' },
      tags: SEED_003_TAGS,
      tag: 'staging-v0.0.1-a1b2c3d-1738860123',
      kept: 3,
    },
    {
      name: 'seed 004: highest v*.*.* by semver',
      inputs: { policy: 'semver:>=0.0.0', filter: '^v[0-9]+\\.[0-9]+\\.[0-9]+$' },
      tags: ['v0.9.0', 'v0.10.0', 'v0.2.1', 'latest', 'v1.0.0-rc.1', 'sha-abc'],
      tag: 'v0.10.0',
      kept: 3,
    },
    {
      name: 'semver: unparsable tags are skipped, leading zeros and v allowed',
      inputs: { policy: 'semver:^1.0.0' },
      tags: ['latest', '1.2', 'v1.02.3', '1.2.0', 'main-abc', '2.0.0'],
      tag: 'v1.02.3',
      kept: 6,
    },
    {
      name: 'semver: prereleases excluded when the range names none',
      inputs: { policy: 'semver:>=1.0.0' },
      tags: ['1.0.0', '1.1.0-rc.1', '1.0.1-beta'],
      tag: '1.0.0',
      kept: 3,
    },
    {
      name: 'semver: a range naming a prerelease admits prereleases of that version',
      inputs: { policy: 'semver:>=1.1.0-rc.0' },
      tags: ['1.0.0', '1.1.0-rc.1', '1.1.0-rc.2'],
      tag: '1.1.0-rc.2',
      kept: 3,
    },
    {
      name: 'semver tie (1.2.3, v1.2.3, 1.2.3+b): the lexically greatest tag',
      inputs: { policy: 'semver:*' },
      tags: ['1.2.3', 'v1.2.3', '1.2.3+b'],
      tag: 'v1.2.3',
      kept: 3,
    },
    {
      name: 'semver extracted by $1',
      inputs: { policy: 'semver:>=1.0.0', filter: '^release-(.*)$', extract: '$1' },
      tags: ['release-1.4.0', 'release-1.10.0', 'v9.9.9'],
      tag: 'release-1.10.0',
      kept: 2,
    },
    {
      name: 'numerical tie: equal timestamps, the lexically greatest tag',
      inputs: { policy: 'numerical', filter: '-(?P<ts>[0-9]+)$', extract: '$ts' },
      tags: ['b-100', 'c-100', 'a-100', 'z-99'],
      tag: 'c-100',
      kept: 4,
    },
    {
      name: 'numerical compares numbers, not text',
      inputs: { policy: 'numerical' },
      tags: ['9', '10', '100', '2.5'],
      tag: '100',
      kept: 4,
    },
    {
      name: 'alphabetical asc is byte-wise (upper case before lower case)',
      inputs: { policy: 'alphabetical' },
      tags: ['RELEASE', 'alpha', 'Beta'],
      tag: 'alpha',
      kept: 3,
    },
    {
      name: 'alphabetical desc picks the smallest',
      inputs: { policy: 'alphabetical', order: 'desc' },
      tags: ['RELEASE', 'alpha', 'Beta'],
      tag: 'Beta',
      kept: 3,
    },
    {
      name: 'the filter is unanchored',
      inputs: { policy: 'alphabetical', filter: 'rc' },
      tags: ['v1-rc1', 'v2-rc0', 'v3'],
      tag: 'v2-rc0',
      kept: 2,
    },
  ])('$name', ({ inputs, tags, tag, kept }) => {
    const choice = chooseTag(tags, policy(inputs), 'ghcr.io/org/backend');
    expect(choice.tag).toBe(tag);
    expect(choice.listed).toBe(tags.length);
    expect(choice.kept).toBe(kept);
  });

  test('the named groups of the winner come back (for {{version}} and {{sha}})', () => {
    const filter = '^staging-v(?P<version>[0-9.]+)-(?P<sha>[a-f0-9]+)-(?P<ts>[0-9]+)$';
    const choice = chooseTag(
      SEED_003_TAGS,
      policy({ filter, extract: '$ts' }),
      'ghcr.io/org/backend',
    );
    expect(choice).toEqual({
      tag: 'staging-v0.0.2-b2c3d4e-1738869999',
      value: '1738869999',
      groups: { version: '0.0.2', sha: 'b2c3d4e', ts: '1738869999' },
      listed: 8,
      kept: 3,
      candidates: 3,
    });
  });

  test('numerical with a non-numeric value names the tag', () => {
    const run = () => chooseTag(['1', '2', 'latest'], policy({}), 'ghcr.io/org/backend');
    expect(run).toThrow(NonNumericTagError);
    expect(run).toThrow('"latest"');
  });

  test.each([
    {
      name: 'the filter keeps nothing',
      inputs: { policy: 'numerical', filter: STAGING, extract: '$ts' },
      tags: ['develop-v0.0.1-a1b2c3d-1', 'production'],
      message:
        'No tag of ghcr.io/org/backend satisfies the policy numerical (asc) filter "^staging-v[0-9]+\\\\.[0-9]+\\\\.[0-9]+-[a-f0-9]+-(?P<ts>[0-9]+)$" extract "$ts": the registry listed 2 tags, the filter kept 0',
    },
    {
      name: 'the filter keeps tags, none in range',
      inputs: { policy: 'semver:>=2.0.0' },
      tags: ['1.0.0', 'latest', '1.9.9'],
      message:
        'No tag of ghcr.io/org/backend satisfies the policy semver:>=2.0.0: the registry listed 3 tags, the filter kept 3, none of which qualifies',
    },
    {
      name: 'an empty repository',
      inputs: { policy: 'alphabetical' },
      tags: [],
      message:
        'No tag of ghcr.io/org/backend satisfies the policy alphabetical (asc): the registry listed 0 tags, the filter kept 0',
    },
  ])('no candidate: $name', ({ inputs, tags, message }) => {
    const run = () => chooseTag(tags, policy(inputs), 'ghcr.io/org/backend');
    expect(run).toThrow(NoTagCandidateError);
    expect(run).toThrow(message);
  });

  test('10,000 tags: the same winner in any order, quickly', () => {
    const tags = Array.from({ length: 10_000 }, (_, i) => {
      const ts = 1738860000 + ((i * 7919) % 10_000);
      return `${['develop', 'staging', 'production'][i % 3]}-v0.${i % 50}.${i % 7}-${(i * 2654435761).toString(16).slice(-7).padStart(7, 'a')}-${ts}`;
    });
    const shuffled = [...tags].reverse();
    const started = performance.now();
    const first = chooseTag(tags, policy({ filter: STAGING, extract: '$ts' }), 'r');
    const elapsed = performance.now() - started;
    const second = chooseTag(shuffled, policy({ filter: STAGING, extract: '$ts' }), 'r');
    const expected = tags
      .filter((t) => t.startsWith('staging-'))
      .sort((a, b) => Number(a.split('-').pop()) - Number(b.split('-').pop()) || (a < b ? -1 : 1))
      .pop();
    expect(first.tag).toBe(expected);
    expect(second.tag).toBe(first.tag);
    expect(first.kept).toBe(3333);
    expect(elapsed).toBeLessThan(2000);
    const semverChoice = chooseTag(
      tags.map((t) => t.split('-')[1] as string),
      policy({ policy: 'semver:<0.49.0' }),
      'r',
    );
    expect(semverChoice.tag).toBe('v0.48.6');
  });
});

describe('parseTagPolicy', () => {
  test.each([
    [{ policy: 'latest' }, 'policy', 'must be semver:<range>, numerical or alphabetical'],
    [{ policy: 'semver:not a range' }, 'policy', 'invalid semver range'],
    [{ policy: 'numerical', order: 'up' }, 'policy-order', 'must be asc or desc'],
    [{ policy: 'semver:*', order: 'desc' }, 'policy-order', 'numerical and alphabetical only'],
    [{ filter: '([0-9]+' }, 'policy-filter', 'is not a valid regular expression'],
    [{ filter: '(?P<ts>[0-9]+)', extract: '$version' }, 'policy-extract', 'does not capture'],
    [{ filter: '([0-9]+)', extract: '$2' }, 'policy-extract', 'does not capture'],
    [{ extract: '$1' }, 'policy-extract', "needs 'policy-filter'"],
  ])('%j fails on %s', (inputs, input, rule) => {
    const run = () => policy(inputs);
    expect(run).toThrow(InputError);
    expect(run).toThrow(`Input '${input}'`);
    expect(run).toThrow(rule);
  });
});

describe('parseTagVersion', () => {
  test.each([
    ['1.2.3', '1.2.3'],
    ['v1.2.3', '1.2.3'],
    ['v01.002.03', '1.2.3'],
    ['1.2.3-rc.1+b5', '1.2.3-rc.1'],
    ['1.2', undefined],
    ['1.2.3.4', undefined],
    ['latest', undefined],
    ['V1.2.3', undefined],
  ])('%s', (text, version) => {
    expect(parseTagVersion(text)?.version).toBe(version);
  });
});
