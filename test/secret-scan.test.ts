/**
 * Secrets never leave a run: each bundle runs with secrets set (a GitHub token, the runtime
 * token, a registry password, a token in a git remote's URL) on a path where it fails after
 * using them, and everything it produced is scanned for each secret and its base64: stdout
 * (less the `::add-mask::` lines the runner consumes), stderr, GITHUB_OUTPUT, the job summary
 * and every file written in the workspace and RUNNER_TEMP.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { git, makeRepository } from './support/git-fixture.js';
import { startGitHubServer, type GitHubTestServer } from './support/github-server/index.js';
import { closedPort } from './support/registry/index.js';
import { runAction, type ActionRun } from './support/run-action.js';

const GITHUB_TOKEN = 'ghs_S3cretGitHubToken0123456789abcdef';
const RUNTIME_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXJ1bnRpbWU.S1gnatur3Runtime';
const REGISTRY_PASSWORD = 'Reg1stry-Pa55word-xyz';
const digest = (c: string) => `sha256:${c.repeat(64)}`;

/** Each secret, and the base64 forms a header or a config would carry. */
function forms(secrets: readonly string[], users: readonly string[] = ['ci', 'x-access-token']) {
  const b64 = (t: string) => Buffer.from(t).toString('base64');
  return secrets.flatMap((s) => [s, b64(s), ...users.map((u) => b64(`${u}:${s}`))]);
}

/** Every regular file below `root` (git's compressed objects left out), as text. */
function filesBelow(root: string): string {
  const texts: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !path.includes(`${join('.git', 'objects')}`))
      texts.push(readFileSync(path, 'latin1'));
  }
  return texts.join('\n');
}

/** Everything a run produced where a secret could land. */
function produced(run: ActionRun, roots: readonly string[]): string {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [
    stdout,
    run.stderr,
    JSON.stringify(run.outputs),
    run.summary,
    ...roots.map(filesBelow),
  ].join('\n');
}

function expectNoSecret(run: ActionRun, roots: readonly string[], secrets: readonly string[]) {
  const text = produced(run, roots);
  const leaked = forms(secrets).filter((form) => text.includes(form));
  expect(leaked).toEqual([]);
}

let server: GitHubTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('no secret in anything a bundle produced', () => {
  test('bump-values: a token in the remote URL, push refused by an unreachable remote', async () => {
    const { dir } = makeRepository({
      'values.yaml': 'api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.0"\n',
      'component-tags.json': JSON.stringify({ api: { tag: '2.0', digest: digest('a') } }),
    });
    const port = await closedPort();
    git(dir, [
      'remote',
      'add',
      'origin',
      `http://x-access-token:${GITHUB_TOKEN}@127.0.0.1:${port}/acme/config.git`,
    ]);
    const temp = mkdtempSync(join(tmpdir(), 'scan-temp-'));
    const run = await runAction('bump-values', {
      inputs: { files: 'values.yaml', push: 'true', 'push-retries': '0' },
      env: {
        GITHUB_WORKSPACE: dir,
        RUNNER_TEMP: temp,
        GITHUB_REF_NAME: 'main',
        GITHUB_REPOSITORY: 'acme/config',
        GITHUB_TOKEN,
        ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
      },
    });
    expect(run.exitCode).toBe(1);
    expectNoSecret(run, [temp], [GITHUB_TOKEN, RUNTIME_TOKEN]);
  });

  test('emit-tags: the runtime token, an artifact service that is down', async () => {
    const { dir, sha } = makeRepository({ 'README.md': '#\n' });
    const temp = mkdtempSync(join(tmpdir(), 'scan-temp-'));
    const port = await closedPort();
    const run = await runAction('emit-tags', {
      inputs: {
        images: 'api=ghcr.io/acme/api',
        tags: '{{short_sha}}',
        digests: `api=${digest('b')}`,
      },
      env: {
        GITHUB_WORKSPACE: dir,
        RUNNER_TEMP: temp,
        GITHUB_SHA: sha,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_TOKEN,
        ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
        ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`,
      },
    });
    expect(run.exitCode).not.toBe(0);
    expectNoSecret(run, [dir, temp], [GITHUB_TOKEN, RUNTIME_TOKEN]);
  });

  test('verify-digests: a registry password, a registry that is down', async () => {
    const port = await closedPort();
    const dir = mkdtempSync(join(tmpdir(), 'scan-verify-'));
    writeFileSync(join(dir, 'app.yaml'), `image: 127.0.0.1:${port}/acme/api:1.0@${digest('c')}\n`);
    const temp = mkdtempSync(join(tmpdir(), 'scan-temp-'));
    const run = await runAction('verify-digests', {
      inputs: {
        files: '*.yaml',
        'insecure-registries': '127.0.0.1',
        'registry-auth': `127.0.0.1:${port}=ci:${REGISTRY_PASSWORD}`,
      },
      env: { GITHUB_WORKSPACE: dir, RUNNER_TEMP: temp, GITHUB_TOKEN, RUNNER_DEBUG: '1' },
    });
    expect(run.exitCode).toBe(1);
    expectNoSecret(run, [dir, temp], [REGISTRY_PASSWORD, GITHUB_TOKEN]);
  });

  test('open-promotion-pr: the token input, a pull request opened', async () => {
    server = await startGitHubServer({
      owner: 'acme',
      repo: 'config',
      files: {
        'values-staging.yaml': 'api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.0"\n',
      },
    });
    const workspace = mkdtempSync(join(tmpdir(), 'scan-promote-'));
    writeFileSync(
      join(workspace, 'component-tags.json'),
      JSON.stringify({ api: { tag: '2.0', digest: digest('d') } }),
    );
    const temp = mkdtempSync(join(tmpdir(), 'scan-temp-'));
    const run = await runAction('open-promotion-pr', {
      inputs: {
        token: server.token,
        repository: 'acme/config',
        environment: 'staging',
        files: 'values-{env}.yaml',
      },
      env: {
        GITHUB_API_URL: server.apiUrl,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/api',
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: temp,
        GITHUB_RUN_ID: '1001',
        GITOPS_PROMOTE_WRITE_INTERVAL_MS: '0',
        RUNNER_DEBUG: '1',
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`::add-mask::${server.token}`);
    expectNoSecret(run, [workspace, temp], [server.token]);
    // The commits GitHub stored hold no token either.
    const log = await server.git(['log', '--all', '--format=%B']);
    expect(forms([server.token]).filter((f) => log.includes(f))).toEqual([]);
  });
});
