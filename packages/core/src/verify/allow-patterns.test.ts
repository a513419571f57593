import { describe, expect, test } from 'vitest';
import { InputError } from '../errors.js';
import { normalizeAllowPattern, parseAllowList } from './allow-patterns.js';

describe('normalizeAllowPattern', () => {
  test.each([
    { pattern: 'busybox', normal: 'docker.io/library/busybox' },
    { pattern: 'docker.io/library/busybox', normal: 'docker.io/library/busybox' },
    { pattern: 'index.docker.io/bitnami/redis', normal: 'docker.io/bitnami/redis' },
    { pattern: 'bitnami/*', normal: 'docker.io/bitnami/*' },
    { pattern: 'ghcr.io/acme/*', normal: 'ghcr.io/acme/*' },
    { pattern: 'ghcr.io/**', normal: 'ghcr.io/**' },
    { pattern: 'docker.io/*', normal: 'docker.io/library/*' },
    { pattern: '**', normal: '**' },
    { pattern: 'localhost:5000/team/*', normal: 'localhost:5000/team/*' },
  ])('$pattern → $normal', ({ pattern, normal }) => {
    expect(normalizeAllowPattern(pattern)).toBe(normal);
  });

  test.each([
    'ghcr.io/Acme/api',
    'nginx:1.27',
    'nginx@sha256:abc',
    'a b',
    '!ghcr.io/acme/api',
    'ghcr.io/acme/!(api)',
    'ghcr.io/acme/[!a]pi',
    'https://ghcr.io/acme/api',
    'http://localhost:5000/team/*',
    'oci://ghcr.io/acme/*',
  ])('%j is an InputError naming allow', (pattern) => {
    expect(() => normalizeAllowPattern(pattern)).toThrow(InputError);
    expect(() => normalizeAllowPattern(pattern)).toThrow(
      `Input 'allow': ${JSON.stringify(pattern)}`,
    );
  });
});

describe('parseAllowList', () => {
  const allow = parseAllowList(['busybox', 'ghcr.io/acme/tools-*', 'quay.io/**']);
  test.each([
    { repository: 'docker.io/library/busybox', allowed: true },
    { repository: 'docker.io/library/nginx', allowed: false },
    { repository: 'ghcr.io/acme/tools-kubectl', allowed: true },
    { repository: 'ghcr.io/acme/tools/kubectl', allowed: false },
    { repository: 'ghcr.io/acme/api', allowed: false },
    { repository: 'quay.io/prometheus/node-exporter', allowed: true },
  ])('$repository: $allowed', ({ repository, allowed }) => {
    expect(allow(repository)).toBe(allowed);
  });

  test.each([
    { pattern: '!ghcr.io/acme/api', rule: 'is a negation' },
    { pattern: 'https://ghcr.io/acme/api', rule: 'is a URL' },
  ])('$pattern is refused saying why ($rule)', ({ pattern, rule }) => {
    expect(() => parseAllowList(['busybox', pattern])).toThrow(rule);
  });

  test('no lines allow nothing', () => {
    expect(parseAllowList([])('docker.io/library/busybox')).toBe(false);
  });
});
