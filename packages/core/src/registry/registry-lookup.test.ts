import { describe, expect, test } from 'vitest';
import { describeTarget, manifestTarget, repositoryTarget } from './registry-lookup.js';

const D = `sha256:${'a'.repeat(64)}`;

describe('manifestTarget', () => {
  test.each([
    [
      'nginx',
      undefined,
      { registry: 'docker.io', repository: 'library/nginx', reference: 'latest' },
    ],
    [
      'ghcr.io/acme/api:1.2',
      undefined,
      { registry: 'ghcr.io', repository: 'acme/api', reference: '1.2' },
    ],
    [
      `ghcr.io/acme/api:1.2@${D}`,
      undefined,
      { registry: 'ghcr.io', repository: 'acme/api', reference: D },
    ],
    [
      `ghcr.io/acme/api:1.2@${D}`,
      'tag',
      { registry: 'ghcr.io', repository: 'acme/api', reference: '1.2' },
    ],
    [
      `ghcr.io/acme/api@${D}`,
      'tag',
      { registry: 'ghcr.io', repository: 'acme/api', reference: 'latest' },
    ],
    [
      'index.docker.io/me/app:v1',
      undefined,
      { registry: 'docker.io', repository: 'me/app', reference: 'v1' },
    ],
    [
      '127.0.0.1:5000/app:v1',
      undefined,
      { registry: '127.0.0.1:5000', repository: 'app', reference: 'v1' },
    ],
  ] as const)('%s by %s', (image, by, expected) => {
    expect(manifestTarget(image, by)).toEqual(expected);
  });

  test('takes a parsed reference too', () => {
    expect(manifestTarget({ domain: 'ghcr.io', path: 'a/b', tag: 't' })).toEqual({
      registry: 'ghcr.io',
      repository: 'a/b',
      reference: 't',
    });
    expect(repositoryTarget('ghcr.io/a/b:t')).toEqual({ registry: 'ghcr.io', repository: 'a/b' });
  });
});

describe('describeTarget', () => {
  test.each([
    [{ registry: 'ghcr.io', repository: 'a/b', reference: D }, `ghcr.io/a/b@${D}`],
    [{ registry: 'ghcr.io', repository: 'a/b', reference: 'v1' }, 'ghcr.io/a/b:v1'],
  ])('%j', (target, expected) => {
    expect(describeTarget(target)).toBe(expected);
  });
});
