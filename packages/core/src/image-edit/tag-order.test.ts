import { describe, expect, test } from 'vitest';
import { downgradeProblem, type TagPoint } from './tag-order.js';

const at = (tag: string, created?: string): TagPoint => (created ? { tag, created } : { tag });

describe('downgradeProblem', () => {
  test.each([
    [
      'a backport after a newer release',
      at('v0.2.1'),
      at('v0.1.9'),
      'v0.1.9 is older than v0.2.1 (semver)',
    ],
    ['forward', at('v0.2.1'), at('v0.2.2'), undefined],
    ['same tag', at('v0.2.1'), at('v0.2.1'), undefined],
    ['without v', at('1.10.0'), at('1.9.0'), '1.9.0 is older than 1.10.0 (semver)'],
    ['mixed v prefixes compare as semver', at('v1.2.0'), at('1.3.0'), undefined],
    [
      'a release candidate over a release',
      at('v0.2.1'),
      at('v0.3.0-rc.1'),
      'v0.3.0-rc.1 is a pre-release and the current tag v0.2.1 is a release',
    ],
    ['a release over its candidate', at('v0.3.0-rc.1'), at('v0.3.0'), undefined],
    ['a later candidate', at('v0.3.0-rc.1'), at('v0.3.0-rc.2'), undefined],
    [
      'an earlier candidate',
      at('v0.3.0-rc.2'),
      at('v0.3.0-rc.1'),
      'v0.3.0-rc.1 is older than v0.3.0-rc.2 (semver)',
    ],
    ['sha tags without times: unknown, allowed', at('sha-aaaaaaa'), at('sha-bbbbbbb'), undefined],
    [
      'sha tags, one time only',
      at('sha-aaaaaaa', '2026-11-02T10:00:00Z'),
      at('sha-bbbbbbb'),
      undefined,
    ],
    [
      'sha tags, older build',
      at('sha-aaaaaaa', '2026-11-02T10:00:00Z'),
      at('sha-bbbbbbb', '2026-11-01T10:00:00Z'),
      'sha-bbbbbbb was built at 2026-11-01T10:00:00Z, before the current tag sha-aaaaaaa (built at 2026-11-02T10:00:00Z)',
    ],
    [
      'sha tags, newer build',
      at('sha-a', '2026-11-01T10:00:00Z'),
      at('sha-b', '2026-11-02T10:00:00Z'),
      undefined,
    ],
    ['semver over a sha tag: unknown', at('sha-aaaaaaa'), at('v1.0.0'), undefined],
    ['no current tag', at(''), at('v1.0.0'), undefined],
  ])('%s', (_, current, next, expected) => {
    expect(downgradeProblem(current, next)).toBe(expected);
  });
});
