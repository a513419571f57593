import { describe, expect, test } from 'vitest';
import { InvalidReferenceError } from './errors.js';
import {
  formatReference,
  isValidDigest,
  isValidTag,
  normalizeRepository,
  parseReference,
  parseRepository,
  registryOf,
  registryPathOf,
  sameRepository,
  tagProblem,
} from './reference.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseReference', () => {
  test.each([
    ['nginx', { path: 'nginx' }],
    ['nginx:1.27', { path: 'nginx', tag: '1.27' }],
    ['library/nginx:latest', { path: 'library/nginx', tag: 'latest' }],
    ['ghcr.io/acme/api:1.7.3', { domain: 'ghcr.io', path: 'acme/api', tag: '1.7.3' }],
    ['localhost/x', { domain: 'localhost', path: 'x' }],
    ['localhost:5000/x', { domain: 'localhost:5000', path: 'x' }],
    ['localhost:5000/x:1', { domain: 'localhost:5000', path: 'x', tag: '1' }],
    ['test.com:5000/a/b:c', { domain: 'test.com:5000', path: 'a/b', tag: 'c' }],
    // "test.com:5000" alone has no slash, so test.com is the path and 5000 the tag.
    ['test.com:5000', { path: 'test.com', tag: '5000' }],
    ['127.0.0.1:5000/app', { domain: '127.0.0.1:5000', path: 'app' }],
    ['[::1]:5000/app:v1', { domain: '[::1]:5000', path: 'app', tag: 'v1' }],
    [`ghcr.io/a/b@${DIGEST}`, { domain: 'ghcr.io', path: 'a/b', digest: DIGEST }],
    [`ghcr.io/a/b:v1@${DIGEST}`, { domain: 'ghcr.io', path: 'a/b', tag: 'v1', digest: DIGEST }],
    ['a/b__c-d.e/f---g:_tag', { path: 'a/b__c-d.e/f---g', tag: '_tag' }],
    ['user/repo', { path: 'user/repo' }],
    ['Registry.Example.COM/app', { domain: 'Registry.Example.COM', path: 'app' }],
    [`x:${'t'.repeat(128)}`, { path: 'x', tag: 't'.repeat(128) }],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
  });

  test.each([
    ['', /empty/],
    ['Nginx', /lowercase/],
    ['ghcr.io/Acme/api', /"Acme".*lowercase/],
    ['ghcr.io/acme/api:', /tag "" is empty/],
    [`x:${'t'.repeat(129)}`, /129 characters long/],
    ['x:-tag', /must match/],
    ['x:.tag', /must match/],
    ['x:tä', /must match/],
    ['x:a\nb', /white space/],
    ['x@sha256:abc', /digest/],
    [`x@sha256:${'A'.repeat(64)}`, /digest/],
    [`x@md5:${'a'.repeat(64)}`, /digest/],
    ['a//b', /path component ""/],
    ['a/-b', /path component "-b"/],
    ['a_/b', /path component "a_"/],
    ['a b', /white space/],
    ['-bad.com/x', /domain/],
    ['exa_mple.com/x', /domain/],
    [`a/${'b'.repeat(260)}`, /longer than 255/],
  ])('rejects %j', (text, message) => {
    expect(() => parseReference(text)).toThrow(InvalidReferenceError);
    expect(() => parseReference(text)).toThrow(message);
  });
});

describe('formatReference', () => {
  test.each([
    'nginx',
    'ghcr.io/a/b:1',
    `ghcr.io/a/b@${DIGEST}`,
    `ghcr.io/a/b:v1@${DIGEST}`,
    'localhost:5000/x:1',
  ])('round-trips %s', (text) => {
    expect(formatReference(parseReference(text))).toBe(text);
  });

  test('keeps the tag beside the digest', () => {
    expect(formatReference({ domain: 'ghcr.io', path: 'a', tag: '1', digest: DIGEST })).toBe(
      `ghcr.io/a:1@${DIGEST}`,
    );
  });
});

describe('normalizeRepository and sameRepository', () => {
  test.each([
    ['x', 'docker.io/library/x'],
    ['library/x', 'docker.io/library/x'],
    ['docker.io/x', 'docker.io/library/x'],
    ['index.docker.io/library/x', 'docker.io/library/x'],
    ['u/x', 'docker.io/u/x'],
    ['ghcr.io/acme/api', 'ghcr.io/acme/api'],
    ['localhost:5000/x', 'localhost:5000/x'],
  ])('%s -> %s', (text, normal) => {
    expect(normalizeRepository(parseRepository(text))).toBe(normal);
  });

  test('docker.io/library/x equals x, but not ghcr.io/x', () => {
    expect(sameRepository(parseReference('docker.io/library/x'), parseReference('x:1'))).toBe(true);
    expect(sameRepository(parseReference('ghcr.io/x'), parseReference('x'))).toBe(false);
  });

  test('registry host and path', () => {
    expect(registryOf(parseReference('x'))).toBe('docker.io');
    expect(registryPathOf(parseReference('x'))).toBe('library/x');
    expect(registryOf(parseReference('localhost:5000/a/b'))).toBe('localhost:5000');
    expect(registryPathOf(parseReference('localhost:5000/a/b'))).toBe('a/b');
  });

  test('parseRepository rejects a tag or digest', () => {
    expect(() => parseRepository('ghcr.io/a:1')).toThrow(/no tag or digest/);
    expect(() => parseRepository(`ghcr.io/a@${DIGEST}`)).toThrow(/no tag or digest/);
    expect(parseRepository('localhost:5000/a')).toEqual({ domain: 'localhost:5000', path: 'a' });
  });
});

describe('tags and digests', () => {
  test.each([
    ['1.7.3', true],
    ['develop-v0.0.1-a1b2c3d-1738860000', true],
    ['_x', true],
    ['a'.repeat(128), true],
    ['a'.repeat(129), false],
    ['', false],
    ['-x', false],
    ['a:b', false],
    ['a\n', false],
    ['ǅ', false],
  ])('isValidTag(%j) = %s', (tag, valid) => {
    expect(isValidTag(tag)).toBe(valid);
    expect(tagProblem(tag) === undefined).toBe(valid);
  });

  test.each([
    [DIGEST, true],
    [`sha256:${'a'.repeat(63)}`, false],
    [`sha256:${'a'.repeat(64)}\n`, false],
    [`sha256:${'F'.repeat(64)}`, false],
    ['sha256:', false],
  ])('isValidDigest(%j) = %s', (digest, valid) => {
    expect(isValidDigest(digest)).toBe(valid);
  });
});
