import { describe, expect, test } from 'vitest';
import { hostnameOf, isInsecureRegistry, registryBaseUrl } from './registry-endpoint.js';

describe('hostnameOf', () => {
  test.each([
    ['ghcr.io', 'ghcr.io'],
    ['127.0.0.1:5000', '127.0.0.1'],
    ['[::1]:5000', '[::1]'],
    ['[::1]', '[::1]'],
  ])('%s → %s', (host, expected) => {
    expect(hostnameOf(host)).toBe(expected);
  });
});

describe('registryBaseUrl', () => {
  test.each([
    ['ghcr.io', [], 'https://ghcr.io'],
    ['docker.io', [], 'https://registry-1.docker.io'],
    ['docker.io', ['docker.io'], 'http://registry-1.docker.io'],
    ['127.0.0.1:5000', ['127.0.0.1:5000'], 'http://127.0.0.1:5000'],
    ['127.0.0.1:5000', ['127.0.0.1'], 'http://127.0.0.1:5000'],
    ['127.0.0.1:5001', ['127.0.0.1:5000'], 'https://127.0.0.1:5001'],
    ['localhost:5000', ['LOCALHOST'], 'http://localhost:5000'],
    ['localhost.evil.com', ['localhost'], 'https://localhost.evil.com'],
    ['[::1]:5000', ['[::1]'], 'http://[::1]:5000'],
    ['registry.local', ['registry.local:443'], 'https://registry.local'],
  ])('%s with %j → %s', (registry, insecure, expected) => {
    expect(registryBaseUrl(registry, insecure)).toBe(expected);
  });

  test('isInsecureRegistry with no list', () => {
    expect(isInsecureRegistry('localhost:5000', [])).toBe(false);
  });
});
