/**
 * Workflow-command injection, tried on every bundle: data carrying `\n::stop-commands::X`,
 * `\r::add-mask::`, `::set-output`, `::error::` or a v1 `##[set-env]` is printed by the action
 * (a value's from and to, a file name, a path, an input), and the runner, reading stdout line by
 * line (`test/support/runner-log.ts`), must never see a command that the data wrote.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { makeRepository, writeFiles } from './support/git-fixture.js';
import { startGitHubServer, type GitHubTestServer } from './support/github-server/index.js';
import { injectedCommands, INJECTIONS, readRunnerLog } from './support/runner-log.js';
import { runAction, type ActionRun } from './support/run-action.js';

const digest = (c: string) => `sha256:${c.repeat(64)}`;

/** Each payload's text shown in the log, to prove the data was printed (not only refused). */
function shown(run: ActionRun, payload: string): boolean {
  const lines = readRunnerLog(run.stdout).text.join('\n');
  return payload.split(/\r\n|\r|\n/).every((part) => lines.includes(part.trim()));
}

function expectNoInjection(run: ActionRun): void {
  expect(injectedCommands(run.stdout)).toEqual([]);
  expect(injectedCommands(run.stderr)).toEqual([]);
}

describe.each(INJECTIONS.map((payload) => [payload]))('payload %j', (payload) => {
  test('bump-values: a file name printed with its change', async () => {
    const yaml = `api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.0"\n`;
    const { dir } = makeRepository({
      [`values-${payload}.yaml`]: yaml,
      'component-tags.json': JSON.stringify({ api: { tag: '2.0', digest: digest('a') } }),
    });
    const run = await runAction('bump-values', {
      inputs: { files: 'values-*.yaml', 'dry-run': 'true' },
      env: { GITHUB_WORKSPACE: dir, GITHUB_REF_NAME: 'main', GITHUB_REPOSITORY: 'acme/config' },
    });
    expectNoInjection(run);
    expect(run.exitCode).toBe(0);
    expect(shown(run, payload)).toBe(true);
  });

  test('verify-digests: a file name printed with its violation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inject-verify-'));
    writeFiles(dir, {
      [`values-${payload}.yaml`]: 'image:\n  repository: ghcr.io/acme/api\n  tag: "1.0"\n',
    });
    const run = await runAction('verify-digests', {
      inputs: { files: 'values-*.yaml', 'check-registry': 'false' },
      env: { GITHUB_WORKSPACE: dir },
    });
    expectNoInjection(run);
    expect(run.exitCode).toBe(1);
    expect(shown(run, payload)).toBe(true);
  });

  test('emit-tags: the component-tags path printed when written', async () => {
    const { dir, sha } = makeRepository({ 'README.md': '#\n' });
    const run = await runAction('emit-tags', {
      inputs: {
        images: 'api=ghcr.io/acme/api',
        tags: '{{short_sha}}',
        digests: `api=${digest('b')}`,
        'component-tags-path': `out-${payload}.json`,
        'artifact-name': '',
      },
      env: { GITHUB_WORKSPACE: dir, GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/main' },
    });
    expectNoInjection(run);
    expect(run.exitCode).toBe(0);
    expect(shown(run, payload)).toBe(true);
  });
});

describe('open-promotion-pr', () => {
  let server: GitHubTestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  test.each(INJECTIONS.map((payload) => [payload]))(
    'payload %j: a current tag printed in the plan',
    async (payload) => {
      const values = `api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: ${JSON.stringify(payload)}\n`;
      server = await startGitHubServer({
        owner: 'acme',
        repo: 'config',
        files: { 'values-staging.yaml': values },
      });
      const workspace = mkdtempSync(join(tmpdir(), 'inject-promote-'));
      writeFileSync(
        join(workspace, 'component-tags.json'),
        JSON.stringify({ api: { tag: '2.0', digest: digest('c') } }),
      );
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
          GITHUB_RUN_ID: '1001',
          GITOPS_PROMOTE_WRITE_INTERVAL_MS: '0',
        },
      });
      expectNoInjection(run);
      expect(run.exitCode).toBe(0);
      // A lone CR in a tag must not end the summary's table row.
      expect(run.summary).not.toMatch(/\r/);
      expect(run.summary).toContain('| api | staging |');
    },
  );
});
