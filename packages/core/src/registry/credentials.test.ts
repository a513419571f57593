import { describe, expect, test } from 'vitest';
import { credentialsLookup, isIdentityToken, registryHostKey } from './credentials.js';

describe('registryHostKey', () => {
  test.each([
    ['ghcr.io', 'ghcr.io'],
    ['GHCR.io', 'ghcr.io'],
    ['https://ghcr.io', 'ghcr.io'],
    ['https://index.docker.io/v1/', 'docker.io'],
    ['index.docker.io', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['docker.io', 'docker.io'],
    ['http://localhost:5000/v2/', 'localhost:5000'],
    ['127.0.0.1:5000', '127.0.0.1:5000'],
    ['  quay.io  ', 'quay.io'],
    ['', undefined],
    ['https://', undefined],
  ])('%s → %s', (text, expected) => {
    expect(registryHostKey(text)).toBe(expected);
  });
});

describe('credentialsLookup', () => {
  const input = new Map([['ghcr.io', { username: 'input', password: 'p1' }]]);
  const config = new Map([
    ['ghcr.io', { username: 'config', password: 'p2' }],
    ['docker.io', { username: 'hub', password: 'p3' }],
  ]);
  const lookup = credentialsLookup(input, config);

  test.each([
    ['ghcr.io', 'input'],
    ['GHCR.IO', 'input'],
    ['registry-1.docker.io', 'hub'],
    ['docker.io', 'hub'],
    ['quay.io', undefined],
  ])('%s → %s', (host, username) => {
    const found = lookup(host);
    expect(found === undefined ? undefined : found.username).toBe(username);
  });
});

describe('isIdentityToken', () => {
  test.each([
    [{ username: 'u', password: 'p' }, false],
    [{ identityToken: 't' }, true],
    [{ username: 'u', identityToken: 't' }, true],
  ])('%j → %s', (credentials, expected) => {
    expect(isIdentityToken(credentials)).toBe(expected);
  });
});
