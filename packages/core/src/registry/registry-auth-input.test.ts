import { describe, expect, test } from 'vitest';
import { InputError } from '../errors.js';
import {
  maskRegistryAuthLine,
  parseRegistryAuth,
  RegistryAuthLineError,
} from './registry-auth-input.js';

describe('parseRegistryAuth', () => {
  test.each([
    ['empty', '', {}],
    [
      'one line',
      'ghcr.io=octocat:ghp_x',
      { 'ghcr.io': { username: 'octocat', password: 'ghp_x' } },
    ],
    [
      'comments, blank lines, CRLF, colons and = in the password',
      '# registries\r\n\r\nghcr.io=a:b:c=d\r\n  127.0.0.1:5000=admin:pw  \r\n',
      {
        'ghcr.io': { username: 'a', password: 'b:c=d' },
        '127.0.0.1:5000': { username: 'admin', password: 'pw' },
      },
    ],
    [
      'Docker Hub aliases and a URL host',
      'https://index.docker.io/v1/=me:pw\nhttps://QUAY.io=q:pw',
      {
        'docker.io': { username: 'me', password: 'pw' },
        'quay.io': { username: 'q', password: 'pw' },
      },
    ],
  ])('%s', (_name, text, expected) => {
    expect(Object.fromEntries(parseRegistryAuth(text))).toEqual(expected);
  });

  test.each([
    [
      'no =',
      'hunter2',
      1,
      `Input 'registry-auth': "***" (line 1) must be host=username:password; it has no "="`,
    ],
    [
      'no colon',
      '\nghcr.io=hunter2',
      2,
      `Input 'registry-auth': "ghcr.io=***" (line 2) must be host=username:password; it has no ":" between username and password`,
    ],
    [
      'empty username',
      'ghcr.io=:hunter2',
      1,
      `Input 'registry-auth': "ghcr.io=:***" (line 1) must be host=username:password; the username is empty`,
    ],
    [
      'empty password',
      'ghcr.io=me:',
      1,
      `Input 'registry-auth': "ghcr.io=me:***" (line 1) must be host=username:password; the password is empty`,
    ],
    [
      'bad host',
      'not a host=me:hunter2',
      1,
      `Input 'registry-auth': "not a host=me:***" (line 1) must be host=username:password; the host is not a registry host`,
    ],
    [
      'repeated host',
      'ghcr.io=a:hunter2\n# x\nGHCR.io=b:hunter3',
      3,
      `Input 'registry-auth': "GHCR.io=b:***" (line 3) repeats registry ghcr.io, given on line 1`,
    ],
  ])('%s', (_name, text, line, message) => {
    let caught: unknown;
    try {
      parseRegistryAuth(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RegistryAuthLineError);
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as RegistryAuthLineError).line).toBe(line);
    expect((caught as RegistryAuthLineError).input).toBe('registry-auth');
    expect((caught as Error).message).toBe(message);
    expect((caught as Error).message).not.toMatch(/hunter/);
  });
});

describe('maskRegistryAuthLine', () => {
  test.each([
    ['ghcr.io=me:secret', 'ghcr.io=me:***'],
    ['ghcr.io=secret', 'ghcr.io=***'],
    ['secret', '***'],
    ['h=u:p:q', 'h=u:***'],
  ])('%s → %s', (line, expected) => {
    expect(maskRegistryAuthLine(line)).toBe(expected);
  });
});
