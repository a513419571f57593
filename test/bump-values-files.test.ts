/**
 * The bundled bump-values action on files as a config repository has them: file modes kept,
 * symbolic links inside the workspace written through (the link kept), files that are not
 * UTF-8 refused naming the file and line, with nothing written.
 */
import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, writeFiles } from './support/git-fixture.js';
import { runAction } from './support/run-action.js';

const DIGEST = `sha256:${'2'.repeat(64)}`;
const VALUES = 'image:\n  repository: ghcr.io/acme/api\n  tag: v1 # keep\n';
const BUMPED = `image:\n  repository: ghcr.io/acme/api\n  tag: v2 # keep\n  digest: ${DIGEST}\n`;

/** A checked-out config repository holding `files` and component-tags.json, committed. */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bump-files-'));
  git(dir, ['init', '-q', '-b', 'main']);
  writeFiles(dir, {
    ...files,
    'component-tags.json': JSON.stringify({
      api: { tag: 'v2', digest: DIGEST, image: 'ghcr.io/acme/api' },
    }),
  });
  return dir;
}

const run = (dir: string, files: string) =>
  runAction('bump-values', {
    inputs: { files },
    env: { GITHUB_WORKSPACE: dir, GITHUB_REF_NAME: 'main', GITHUB_REPOSITORY: 'acme/config' },
  });

describe('bump-values keeps file modes', () => {
  test.each([
    ['0600', 0o600],
    ['0755', 0o755],
    ['0444', 0o444],
  ])('a %s values file keeps its mode', async (_name, mode) => {
    const dir = repo({ 'values.yaml': VALUES });
    chmodSync(join(dir, 'values.yaml'), mode);
    const result = await run(dir, 'values.yaml');
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(readFileSync(join(dir, 'values.yaml'), 'utf8')).toBe(BUMPED);
    expect((statSync(join(dir, 'values.yaml')).mode & 0o7777).toString(8)).toBe(mode.toString(8));
  });
});

describe('bump-values writes through a symbolic link inside the workspace', () => {
  test('values-dev.yaml -> values-staging.yaml: the target is bumped, the link kept', async () => {
    const dir = repo({ 'values-staging.yaml': VALUES });
    symlinkSync('values-staging.yaml', join(dir, 'values-dev.yaml'));
    const result = await run(dir, 'values-dev.yaml');
    expect(result.exitCode).toBe(0);
    expect(lstatSync(join(dir, 'values-dev.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'values-dev.yaml'))).toBe('values-staging.yaml');
    expect(readFileSync(join(dir, 'values-staging.yaml'), 'utf8')).toBe(BUMPED);
  });
});

describe('bump-values refuses files that are not UTF-8, writing nothing', () => {
  test.each([
    [
      'a Latin-1 comment',
      Buffer.from(`# caf\xe9\n${VALUES}`, 'latin1'),
      /values\.yaml:1: .*U\+FFFD/,
    ],
    ['UTF-16', Buffer.from(`\uFEFF${VALUES}`, 'utf16le'), /values\.yaml:1: holds NUL/],
    [
      'CR-only line breaks',
      Buffer.from(VALUES.replace(/\n/g, '\r')),
      /values\.yaml:1: has a line break/,
    ],
  ])('%s', async (_name, bytes, message) => {
    const dir = repo({});
    writeFileSync(join(dir, 'values.yaml'), bytes);
    const result = await run(dir, 'values.yaml');
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toMatch(message);
    expect(readFileSync(join(dir, 'values.yaml')).equals(bytes)).toBe(true);
  });
});
