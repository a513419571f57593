import { describe, expect, test } from 'vitest';
import { FileError } from '../errors.js';
import { parseDockerConfig } from './docker-config.js';

const b64 = (text: string): string => Buffer.from(text).toString('base64');

describe('parseDockerConfig', () => {
  test.each([
    ['empty object', '{}', {}, []],
    [
      'what docker/login-action writes for GHCR',
      JSON.stringify({ auths: { 'ghcr.io': { auth: b64('octocat:ghp_secret') } } }),
      { 'ghcr.io': { username: 'octocat', password: 'ghp_secret' } },
      [],
    ],
    [
      'Docker Hub under its v1 URL, password with a colon',
      JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: b64('me:a:b') } } }),
      { 'docker.io': { username: 'me', password: 'a:b' } },
      [],
    ],
    [
      'identity token with the all-zero username (ACR)',
      JSON.stringify({
        auths: {
          'acme.azurecr.io': {
            auth: b64('00000000-0000-0000-0000-000000000000:'),
            identitytoken: 'refresh-me',
          },
        },
      }),
      {
        'acme.azurecr.io': {
          username: '00000000-0000-0000-0000-000000000000',
          identityToken: 'refresh-me',
        },
      },
      [],
    ],
    [
      'identity token alone',
      JSON.stringify({ auths: { 'r.example': { identitytoken: 't' } } }),
      { 'r.example': { identityToken: 't' } },
      [],
    ],
    [
      'legacy username and password fields',
      JSON.stringify({ auths: { 'https://r.example/v2/': { username: 'u', password: 'p' } } }),
      { 'r.example': { username: 'u', password: 'p' } },
      [],
    ],
    [
      'credential store leaves empty entries',
      JSON.stringify({
        auths: { 'ghcr.io': {} },
        credsStore: 'desktop',
        credHelpers: { 'gcr.io': 'gcloud' },
      }),
      {},
      [
        'credsStore "desktop" is not read; only inline "auths" are used',
        'credHelpers entry for gcr.io is not read; only inline "auths" are used',
        'auths["ghcr.io"] holds no credentials',
      ],
    ],
    [
      'two keys for one host: the first wins',
      JSON.stringify({
        auths: {
          'https://index.docker.io/v1/': { auth: b64('a:1') },
          'docker.io': { auth: b64('b:2') },
        },
      }),
      { 'docker.io': { username: 'a', password: '1' } },
      ['auths["docker.io"] repeats registry docker.io; the first entry is used'],
    ],
  ])('%s', (_name, text, expected, notes) => {
    const parsed = parseDockerConfig(text);
    expect(Object.fromEntries(parsed.credentials)).toEqual(expected);
    expect(parsed.notes).toEqual(notes);
  });

  test.each([
    ['not JSON', '{', 'config.json: is not valid JSON'],
    ['an array', '[]', 'config.json: is not a JSON object'],
    ['auths not an object', '{"auths": []}', 'config.json: "auths" is not an object'],
    [
      'entry not an object',
      '{"auths": {"ghcr.io": "x"}}',
      'config.json: auths["ghcr.io"] is not a registry entry',
    ],
    [
      'auth that is not base64 of user:pass',
      JSON.stringify({ auths: { 'ghcr.io': { auth: b64('no-colon-secret') } } }),
      'config.json: auths["ghcr.io"].auth is not base64 of "username:password"',
    ],
    [
      'auth that is not base64 at all',
      JSON.stringify({ auths: { 'ghcr.io': { auth: 'user:hunter2!' } } }),
      'config.json: auths["ghcr.io"].auth is not base64 of "username:password"',
    ],
  ])('%s throws FileError', (_name, text, message) => {
    expect(() => parseDockerConfig(text)).toThrow(FileError);
    expect(() => parseDockerConfig(text)).toThrow(message);
  });

  test('an error never carries the secret', () => {
    const text = JSON.stringify({ auths: { 'ghcr.io': { auth: 'hunter2-secret' } } });
    expect(() => parseDockerConfig(text)).not.toThrow(/hunter2/);
    expect(() => parseDockerConfig(text)).toThrow(FileError);
  });
});
