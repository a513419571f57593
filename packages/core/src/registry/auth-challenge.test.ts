import { describe, expect, test } from 'vitest';
import { bearerChallengeOf, offersBasic, parseAuthChallenges } from './auth-challenge.js';

describe('parseAuthChallenges', () => {
  test.each([
    ['absent', undefined, []],
    ['empty', '', []],
    [
      'distribution, anonymous ping',
      'Bearer realm="http://127.0.0.1:5001/token",service="registry.test"',
      [
        {
          scheme: 'bearer',
          params: { realm: 'http://127.0.0.1:5001/token', service: 'registry.test' },
        },
      ],
    ],
    [
      'GHCR with scope',
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/api:pull"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://ghcr.io/token',
            service: 'ghcr.io',
            scope: 'repository:acme/api:pull',
          },
        },
      ],
    ],
    [
      'comma inside a quoted scope, error parameter',
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull,push",error="insufficient_scope"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://auth.docker.io/token',
            service: 'registry.docker.io',
            scope: 'repository:library/nginx:pull,push',
            error: 'insufficient_scope',
          },
        },
      ],
    ],
    [
      'Basic',
      'Basic realm="Registry Realm"',
      [{ scheme: 'basic', params: { realm: 'Registry Realm' } }],
    ],
    [
      'two challenges joined by Node',
      'Basic realm="x", Bearer realm="https://a/token", service=a',
      [
        { scheme: 'basic', params: { realm: 'x' } },
        { scheme: 'bearer', params: { realm: 'https://a/token', service: 'a' } },
      ],
    ],
    [
      'case, spaces and unquoted values',
      'BEARER  Realm = https://a.example/token ,  Service=a.example',
      [{ scheme: 'bearer', params: { realm: 'https://a.example/token', service: 'a.example' } }],
    ],
    [
      'escaped quote',
      'Basic realm="say \\"hi\\""',
      [{ scheme: 'basic', params: { realm: 'say "hi"' } }],
    ],
    [
      'scheme without parameters before another',
      'Negotiate, Basic realm="r"',
      [
        { scheme: 'negotiate', params: {} },
        { scheme: 'basic', params: { realm: 'r' } },
      ],
    ],
    [
      'unterminated quote keeps what it read',
      'Basic realm="abc',
      [{ scheme: 'basic', params: { realm: 'abc' } }],
    ],
  ])('%s', (_name, header, expected) => {
    expect(parseAuthChallenges(header)).toEqual(expected);
  });
});

describe('bearerChallengeOf', () => {
  test.each([
    ['Basic realm="x"', undefined],
    ['Bearer service="no realm"', undefined],
    ['Bearer realm="https://r/t"', { realm: 'https://r/t' }],
    [
      'Basic realm="x", Bearer realm="https://r/t",service="s",scope="repository:a:pull"',
      { realm: 'https://r/t', service: 's', scope: 'repository:a:pull' },
    ],
  ])('%s', (header, expected) => {
    expect(bearerChallengeOf(parseAuthChallenges(header))).toEqual(expected);
  });
});

describe('offersBasic', () => {
  test.each([
    ['Basic realm="x"', true],
    ['Bearer realm="x", basic realm="y"', true],
    ['Bearer realm="x"', false],
    ['', false],
  ])('%s → %s', (header, expected) => {
    expect(offersBasic(parseAuthChallenges(header))).toBe(expected);
  });
});
