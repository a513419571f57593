/**
 * Issue 11, holes 11 and 14, through the bundles: what `files` matches that is not a file (a
 * symbolic link to a directory, a link loop, a dangling link), a pattern that leaves the
 * workspace given to open-promotion-pr with an API that does not answer, and a commit message
 * that forges a change trailer. Each is an error naming the input, the value and the rule,
 * never "Unexpected error", and nothing is written, committed or requested.
 */
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { git, makeRepository } from './support/git-fixture.js';
import { closedPort } from './support/registry/closed-port.js';
import { runAction, type ActionRun } from './support/run-action.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const VALUES = 'api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.0"\n';

/** A repository holding values.yaml and component-tags.json, and a broken link `k8s/<name>`. */
function repoWithLink(kind: 'directory' | 'loop' | 'dangling'): string {
  const { dir } = makeRepository({
    'values.yaml': VALUES,
    'component-tags.json': JSON.stringify({ api: { tag: '2.0', digest: DIGEST } }),
    'base/deployment.yaml': VALUES,
  });
  mkdirSync(join(dir, 'k8s'));
  const link = join(dir, 'k8s', 'link.yaml');
  if (kind === 'directory') symlinkSync('../base', link);
  if (kind === 'loop') {
    symlinkSync('other.yaml', link);
    symlinkSync('link.yaml', join(dir, 'k8s', 'other.yaml'));
  }
  if (kind === 'dangling') symlinkSync('missing.yaml', link);
  return dir;
}

function errorsOf(run: ActionRun): string[] {
  return run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
}

describe('files matching what is not a file', () => {
  test.each([
    ['loop', /^Input 'files': "k8s\/link.yaml" is a symbolic link loop, not a file/],
    ['dangling', /^Input 'files': "k8s\/link.yaml" is a symbolic link to nothing/],
  ] as const)('bump-values: a %s link is an error naming files', async (kind, message) => {
    const dir = repoWithLink(kind);
    const run = await runAction('bump-values', {
      inputs: { files: '**/*.yaml', push: 'false', commit: 'true' },
      env: { GITHUB_WORKSPACE: dir, GITHUB_REF_NAME: 'main' },
    });
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run)).toEqual([expect.stringMatching(message)]);
    expect(run.stdout).not.toContain('Unexpected error');
    expect(readFileSync(join(dir, 'values.yaml'), 'utf8')).toBe(VALUES);
    expect(git(dir, ['rev-list', '--count', 'HEAD'])).toBe('1');
    expect(run.outputs).toEqual({});
  });

  test('bump-values: a link to a directory is not a file and is not followed', async () => {
    const dir = repoWithLink('directory');
    const run = await runAction('bump-values', {
      inputs: { files: '**/*.yaml', 'dry-run': 'true' },
      env: { GITHUB_WORKSPACE: dir, GITHUB_REF_NAME: 'main' },
    });
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['changed-files']?.split('\n')).toEqual([
      'base/deployment.yaml',
      'values.yaml',
    ]);
  });

  test.each([
    ['loop', /^Input 'files': "k8s\/link.yaml" is a symbolic link loop, not a file/],
    ['dangling', /^Input 'files': "k8s\/link.yaml" is a symbolic link to nothing/],
  ] as const)('verify-digests: a %s link is an error naming files', async (kind, message) => {
    const dir = repoWithLink(kind);
    const run = await runAction('verify-digests', {
      inputs: { files: 'k8s/*.yaml', 'check-registry': 'false' },
      env: { GITHUB_WORKSPACE: dir },
    });
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run)).toEqual([expect.stringMatching(message)]);
    expect(run.stdout).not.toContain('Unexpected error');
  });
});

describe('open-promotion-pr checks its patterns before any request', () => {
  test.each([
    ['../*.yaml', /^Input 'files': "..\/\*.yaml" must not leave the workspace/],
    ['/etc/*.yaml', /^Input 'files': "\/etc\/\*.yaml" must be relative/],
    ['!values.yaml', /^Input 'files': "!values.yaml" lists no file pattern/],
  ])('%s, with an API that does not answer', async (files, message) => {
    const { dir } = makeRepository({
      'component-tags.json': JSON.stringify({ api: { tag: '2.0', digest: DIGEST } }),
    });
    const started = Date.now();
    const run = await runAction('open-promotion-pr', {
      inputs: { token: 'ghs_unused', repository: 'acme/config', environment: 'staging', files },
      env: {
        GITHUB_API_URL: `http://127.0.0.1:${await closedPort()}`,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/api',
        GITHUB_WORKSPACE: dir,
        GITHUB_RUN_ID: '1001',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run)).toEqual([expect.stringMatching(message)]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.outputs).toEqual({});
  });
});

describe('open-promotion-pr with an API that does not answer', () => {
  test('valid inputs: an error naming the API address, not "Unexpected error"', async () => {
    const { dir } = makeRepository({
      'component-tags.json': JSON.stringify({ api: { tag: '2.0', digest: DIGEST } }),
    });
    const apiUrl = `http://127.0.0.1:${await closedPort()}`;
    const run = await runAction('open-promotion-pr', {
      inputs: { token: 'ghs_unused', repository: 'acme/config', environment: 'staging' },
      env: {
        GITHUB_API_URL: apiUrl,
        GITHUB_REPOSITORY: 'acme/api',
        GITHUB_WORKSPACE: dir,
        GITHUB_RUN_ID: '1001',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run)).toEqual([
      expect.stringMatching(
        new RegExp(`^Cannot reach the GitHub API at ${apiUrl} \\(GITHUB_API_URL\\): `),
      ),
    ]);
    expect(run.outputs).toEqual({});
  });
});

describe('bump-values commit-message', () => {
  test('a forged Promote-Change trailer is refused naming commit-message, before writing', async () => {
    const { dir } = makeRepository({
      'values.yaml': VALUES,
      'component-tags.json': JSON.stringify({ api: { tag: '2.0', digest: DIGEST } }),
    });
    const forged = 'Promote-Change: {"service":"db","file":"x","field":"tag","from":"1","to":"2"}';
    const run = await runAction('bump-values', {
      inputs: { files: 'values.yaml', commit: 'true', 'commit-message': `deploy\n\n${forged}` },
      env: { GITHUB_WORKSPACE: dir, GITHUB_REF_NAME: 'main' },
    });
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run)).toEqual([
      `Input 'commit-message': ${JSON.stringify(forged)} is a Promote-Change trailer: bump-values adds one per change itself, so a message may not forge one`,
    ]);
    expect(readFileSync(join(dir, 'values.yaml'), 'utf8')).toBe(VALUES);
    expect(git(dir, ['rev-list', '--count', 'HEAD'])).toBe('1');
  });
});

describe('a huge input value, through each bundle', () => {
  // 100 KB: Linux refuses an environment string over 128 KB, so no runner passes more.
  const huge = 'x'.repeat(100_000);
  test.each([
    ['bump-values', 'write', { files: 'values.yaml' }],
    ['emit-tags', 'images', {}],
    [
      'open-promotion-pr',
      'branch',
      { token: 'ghs_unused', environment: 'staging', files: 'values.yaml' },
    ],
    ['verify-digests', 'concurrency', { files: '*.yaml' }],
  ])('%s, input %s: a short error naming it, nothing written', async (action, input, rest) => {
    const { dir } = makeRepository({
      'values.yaml': VALUES,
      'component-tags.json': JSON.stringify({ api: { tag: '2.0', digest: DIGEST } }),
    });
    const run = await runAction(action, {
      inputs: { ...rest, [input]: huge },
      env: { GITHUB_WORKSPACE: dir, GITHUB_REF_NAME: 'main', GITHUB_REPOSITORY: 'acme/config' },
    });
    expect(run.exitCode).toBe(1);
    const errors = errorsOf(run);
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^Input '${input}': "x{200}…"`))]);
    expect(errors[0]!.length).toBeLessThan(1_000);
    expect(run.stdout.length).toBeLessThan(10_000);
    expect(readFileSync(join(dir, 'values.yaml'), 'utf8')).toBe(VALUES);
    expect(run.outputs).toEqual({});
  });
});
