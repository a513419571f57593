import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FileError } from '../errors.js';
import {
  CredentialHelperError,
  credentialHelpersOf,
  helperCredentialsLookup,
  parseHelperOutput,
} from './credential-helpers.js';
import { runCredentialHelper } from './credential-helper-runner.js';

/**
 * A real helper executable on a PATH of its own, answering as docker-credential-pass and
 * friends do: JSON for a known server, "credentials not found in native keychain" and exit 1
 * otherwise. It appends every server it was asked for to `asked`.
 */
function helperOnPath(name: string, known: Record<string, { Username: string; Secret: string }>) {
  const dir = mkdtempSync(join(tmpdir(), 'cred-helper-'));
  const asked = join(dir, 'asked');
  writeFileSync(asked, '');
  const cases = Object.entries(known)
    .map(
      ([server, c]) =>
        `  ${JSON.stringify(server)}) echo '${JSON.stringify({ ServerURL: server, ...c })}' ;;`,
    )
    .join('\n');
  const script = `#!/bin/sh
[ "$1" = get ] || exit 3
read -r server
echo "$server" >> ${JSON.stringify(asked)}
case "$server" in
${cases}
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
`;
  const file = join(dir, `docker-credential-${name}`);
  writeFileSync(file, script);
  chmodSync(file, 0o755);
  return { env: { PATH: `${dir}:/usr/bin:/bin` }, asked: () => readFileSync(asked, 'utf8') };
}

describe('credentialHelpersOf', () => {
  test.each([
    ['none', {}, { byHost: new Map() }],
    ['a store', { credsStore: 'desktop' }, { store: 'desktop', byHost: new Map() }],
    [
      'per host, Docker Hub folded',
      { credHelpers: { 'https://index.docker.io/v1/': 'pass', 'gcr.io': 'gcloud' } },
      {
        byHost: new Map([
          ['docker.io', 'pass'],
          ['gcr.io', 'gcloud'],
        ]),
      },
    ],
  ])('%s', (_, config, expected) => {
    expect(credentialHelpersOf(config)).toEqual(expected);
  });

  test.each([
    ['a path as store', { credsStore: '../../bin/sh' }, 'credsStore'],
    ['a shell word', { credHelpers: { 'gcr.io': 'x;rm' } }, 'credHelpers["gcr.io"]'],
    ['not an object', { credHelpers: 'pass' }, '"credHelpers" is not an object'],
  ])('refuses %s', (_, config, names) => {
    expect(() => credentialHelpersOf(config, 'config.json')).toThrow(FileError);
    expect(() => credentialHelpersOf(config, 'config.json')).toThrow(names);
  });
});

describe('parseHelperOutput', () => {
  test.each([
    ['password', '{"Username":"bot","Secret":"s3"}', { username: 'bot', password: 's3' }],
    ['identity token', '{"Username":"<token>","Secret":"rt"}', { identityToken: 'rt' }],
    ['empty secret', '{"Username":"bot","Secret":""}', undefined],
  ])('%s', (_, text, expected) => {
    expect(parseHelperOutput(text, 'x')).toEqual(expected);
  });

  test('text that is not JSON names the helper, not the text', () => {
    expect(() => parseHelperOutput('s3cret garbage', 'pass')).toThrow(
      'docker-credential-pass: printed something that is not JSON',
    );
  });
});

describe('a real helper, run as Docker runs it', () => {
  const helper = helperOnPath('test', {
    'ghcr.io': { Username: 'octocat', Secret: 'ghp_s3cret' },
    'https://index.docker.io/v1/': { Username: '<token>', Secret: 'hub-refresh' },
  });
  const lookup = helperCredentialsLookup(
    { store: 'test', byHost: new Map() },
    runCredentialHelper(helper.env),
  );

  test('answers per host, Docker Hub under its v1 URL, each host asked once', () => {
    expect(lookup('ghcr.io')).toEqual({ username: 'octocat', password: 'ghp_s3cret' });
    expect(lookup('ghcr.io')).toEqual({ username: 'octocat', password: 'ghp_s3cret' });
    expect(lookup('registry-1.docker.io')).toEqual({ identityToken: 'hub-refresh' });
    expect(lookup('quay.io')).toBeUndefined();
    expect(helper.asked()).toBe('ghcr.io\nhttps://index.docker.io/v1/\nquay.io\n');
  });

  test('a helper missing from PATH is a clear error', () => {
    const run = runCredentialHelper({ PATH: '/nonexistent' });
    expect(() => run('absent', 'ghcr.io')).toThrow(CredentialHelperError);
    expect(() => run('absent', 'ghcr.io')).toThrow(
      'docker-credential-absent: is not on PATH (named by the Docker config)',
    );
  });
});
