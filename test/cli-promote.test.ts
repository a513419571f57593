/**
 * The bundled CLI's `promote`, `rollback` and `holds lift`, spawned as a user runs them against
 * the local GitHub (every request checked against GitHub's OpenAPI description) and real git:
 * the pull request's bytes and labels, a re-run that changes nothing, a rollback by SHA whose
 * hold is then lifted on a clone, exit codes 0/1/2, `--json`, and a token never printed.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { ComponentTags } from '@gitops-promote/core';
import { parseHolds } from '@gitops-promote/core/promotion';
import { git } from './support/git-fixture.js';
import { startGitHubServer, type GitHubTestServer } from './support/github-server/index.js';
import { type CliRun, runCli, runCliInTty } from './support/run-cli.js';

const OWNER = 'acme';
const REPO = 'gitops-config';
const TOKEN = 'ghp_cliPromoteSecret0123456789abcdef';
const digest = (c: string) => `sha256:${c.repeat(64)}`;
const image = (service: string, tag: string, pin: string) =>
  `${service}:\n  image:\n    repository: ghcr.io/acme/${service}\n    tag: "${tag}"\n` +
  `    digest: ${pin} # pinned\n`;
const STAGING =
  '# staging\n' +
  image('api', '1.2.0', digest('2')) +
  image('web', '2.0.0', digest('a')) +
  image('worker', '0.9.0', digest('9'));
const PROD =
  '# prod: reviewed by SRE\n' +
  image('api', '1.1.0', digest('1')) +
  image('web', '2.0.0', digest('a'));
const STAGING_FILE = 'helm/shop/values-staging.yaml';
const PROD_FILE = 'helm/shop/values-prod.yaml';
const HOLDS = '.gitops-promote/holds.yaml';
const PROMOTED = PROD.replace('"1.1.0"', '"1.2.0"').replace(digest('1'), digest('2'));

let server: GitHubTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(): Promise<GitHubTestServer> {
  server = await startGitHubServer({
    owner: OWNER,
    repo: REPO,
    token: TOKEN,
    files: { [STAGING_FILE]: STAGING, [PROD_FILE]: PROD },
  });
  return server;
}

/** `gitops-promote <args>` in a fresh directory (with component-tags.json when given). */
async function cli(
  github: GitHubTestServer,
  args: string[],
  options: { componentTags?: ComponentTags; env?: Record<string, string>; cwd?: string } = {},
): Promise<CliRun> {
  const cwd = options.cwd ?? mkdtempSync(join(tmpdir(), 'cli-promote-'));
  if (options.componentTags)
    writeFileSync(join(cwd, 'component-tags.json'), JSON.stringify(options.componentTags));
  const run = await runCli(args, {
    cwd,
    env: {
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: github.apiUrl,
      GITOPS_PROMOTE_WRITE_INTERVAL_MS: '0',
      ...options.env,
    },
  });
  expect(run.stdout + run.stderr).not.toContain(TOKEN);
  return run;
}

const TARGET = ['--repository', `${OWNER}/${REPO}`, '--environment', 'prod'];
const FILES = ['--files', 'helm/*/values-{env}.yaml'];
const PROMOTE = ['promote', ...TARGET, ...FILES, '--from-environment', 'staging'];

const refs = (github: GitHubTestServer) => github.git(['for-each-ref', '--format=%(refname)']);

describe('promote', () => {
  test('staging -> prod opens one labelled PR with the right bytes; a re-run is unchanged', async () => {
    const github = await start();
    const run = await cli(github, [...PROMOTE, '--labels', 'deploy,prod']);
    expect(run.stderr).toContain("'worker'");
    expect(run.exitCode).toBe(0);
    const opened = await github.getPull(1);
    expect(run.stdout).toContain(`Opened pull request #1 ${opened.html_url}\n`);
    expect(run.stdout).toMatch(/^Branch promote\/staging-to-prod at [0-9a-f]{12}\.$/m);
    expect(run.stdout).toMatch(/^SERVICE +FILE +FIELD +FROM +TO$/m);
    expect(run.stdout).toMatch(/^api +helm\/shop\/values-prod\.yaml:5 +tag +1\.1\.0 +1\.2\.0$/m);
    const sha = (await github.branchSha('promote/staging-to-prod')) ?? '';
    expect(await github.readFile(sha, PROD_FILE)).toBe(PROMOTED);
    expect(await github.readFile(sha, STAGING_FILE)).toBe(STAGING);
    expect(github.isVerified(sha)).toBe(true);
    expect(opened.title).toBe('chore(deploy): promote api from staging to prod');
    expect(opened.body).toContain('### Promotion `staging` → `prod`');
    expect(opened.labels.map((l) => l.name).sort()).toEqual(['deploy', 'prod']);

    const again = await cli(github, [...PROMOTE, '--labels', 'deploy,prod']);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain('Unchanged: pull request #1');
    expect(github.pulls).toHaveLength(1);
    expect(await github.branchSha('promote/staging-to-prod')).toBe(sha);
    expect(github.violations).toEqual([]);
  });

  test('--json: one document with the action output names; --dry-run writes nothing', async () => {
    const github = await start();
    const dry = await cli(github, [...PROMOTE, '--dry-run', '--json']);
    expect(dry.exitCode).toBe(0);
    const plan = JSON.parse(dry.stdout) as Record<string, unknown>;
    expect(Object.keys(plan).sort()).toEqual(
      ['base', 'branch', 'changes', 'diff', 'dry-run', 'operation'].sort(),
    );
    expect(plan).toMatchObject({ operation: 'dry-run', base: 'main', 'dry-run': true });
    expect(plan.diff).toContain('\n-    tag: "1.1.0"\n');
    expect(plan.diff).toContain('\n+    tag: "1.2.0"\n');
    expect(await refs(github)).toBe('refs/heads/main\n');
    expect(github.pulls).toHaveLength(0);

    const run = await cli(github, [...PROMOTE, '--json']);
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(
      [
        'branch',
        'changes',
        'commit-sha',
        'eligible-at',
        'gates',
        'operation',
        'pull-request-number',
        'pull-request-url',
      ].sort(),
    );
    expect(result).toMatchObject({
      operation: 'created',
      'pull-request-number': 1,
      branch: 'promote/staging-to-prod',
      'commit-sha': await github.branchSha('promote/staging-to-prod'),
    });
    expect(result.changes).toEqual([
      expect.objectContaining({ service: 'api', field: 'tag', from: '1.1.0', to: '1.2.0' }),
      expect.objectContaining({ service: 'api', field: 'digest', to: digest('2') }),
    ]);
    expect(github.violations).toEqual([]);
  });

  test('from component-tags with --hotfix: hotfix/<env> and the hotfix label (GH_TOKEN)', async () => {
    const github = await start();
    const run = await cli(github, ['promote', ...TARGET, ...FILES, '--hotfix', '--json'], {
      componentTags: { web: { tag: '2.0.1', digest: digest('b') } },
      env: { GITHUB_TOKEN: '', GH_TOKEN: TOKEN },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.stdout) as { branch: string; 'commit-sha': string };
    expect(result.branch).toBe('hotfix/prod');
    expect(await github.readFile(result['commit-sha'], PROD_FILE)).toBe(
      PROD.replace('tag: "2.0.0"', 'tag: "2.0.1"').replace(digest('a'), digest('b')),
    );
    expect((await github.getPull(1)).labels.map((l) => l.name)).toEqual(['hotfix']);
  });
});

describe('the shared GitHub client', () => {
  test('a secondary rate limit is retried and warned on stderr; --json stdout stays one document', async () => {
    const github = await start();
    github.injectFault({
      operation: 'pulls/create',
      status: 403,
      secondaryRateLimit: true,
      retryAfter: 1,
    });
    const run = await cli(github, [...PROMOTE, '--json']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toMatch(
      /^warning: GitHub secondary rate limit on POST .*retrying in 1 s\.$/m,
    );
    expect(JSON.parse(run.stdout)).toMatchObject({ operation: 'created' });
    expect(github.countRequests({ operation: 'pulls/create' })).toBe(2);
    expect(github.pendingFaults()).toBe(0);
  });
});

describe('rollback and holds lift', () => {
  test('rollback by SHA restores the bytes and holds; holds lift on a clone removes the hold', async () => {
    const github = await start();
    const bump = await cli(github, [...PROMOTE, '--json']);
    expect(bump.exitCode).toBe(0);
    const head = (JSON.parse(bump.stdout) as { 'commit-sha': string })['commit-sha'];
    await github.mergePull(1, 'merge');
    expect(await github.readFile('main', PROD_FILE)).toBe(PROMOTED);

    const human = await cli(github, ['rollback', ...TARGET, '--revert', head, '--labels', 'ops']);
    expect(human.exitCode).toBe(0);
    expect(human.stdout).toContain('Opened pull request #2');
    expect(human.stdout).toContain(`Reverts ${head.slice(0, 12)}; holds written in ${HOLDS}:`);
    const again = await cli(github, ['rollback', ...TARGET, '--revert', head, '--json']);
    expect(again.exitCode).toBe(0);
    const result = JSON.parse(again.stdout) as Record<string, unknown> & { holds: unknown[] };
    expect(result).toMatchObject({
      operation: 'unchanged',
      'pull-request-number': 2,
      branch: 'rollback/prod',
      'reverted-sha': head,
    });
    const sha = result['commit-sha'] as string;
    expect(await github.readFile(sha, PROD_FILE)).toBe(PROD);
    const holdsText = (await github.readFile(sha, HOLDS)) ?? '';
    expect(parseHolds(HOLDS, holdsText).holds).toEqual(result.holds);
    expect((await github.getPull(2)).labels.map((l) => l.name).sort()).toEqual(['ops', 'rollback']);

    const clone = mkdtempSync(join(tmpdir(), 'cli-holds-'));
    git(clone, ['clone', '-q', github.bareRepoPath, '.']);
    git(clone, ['checkout', '-q', sha]);
    const list = await cli(github, ['holds', '--environment', 'prod'], { cwd: clone });
    expect(list.stdout).toMatch(/^api +prod +1\.2\.0 /m);
    const lift = ['holds', 'lift', '--service', 'api', '--environment', 'prod'];
    const dry = await cli(github, lift, { cwd: clone });
    expect(dry.exitCode).toBe(0);
    expect(dry.stdout).toContain(`--- a/${HOLDS}\n+++ b/${HOLDS}\n`);
    expect(dry.stdout).toContain('-  - service: "api"\n');
    expect(readFileSync(join(clone, HOLDS), 'utf8')).toBe(holdsText);
    const wrote = await cli(github, [...lift, '--write'], { cwd: clone });
    expect(wrote.exitCode).toBe(0);
    const lifted = readFileSync(join(clone, HOLDS), 'utf8');
    expect(parseHolds(HOLDS, lifted).holds).toEqual([]);
    expect(holdsText.startsWith(lifted)).toBe(true);
    expect(git(clone, ['diff', '--stat'])).toContain('1 file changed');
    const none = await cli(github, lift, { cwd: clone });
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain(`Flag '--service': "api" has no hold in environment 'prod'`);
    expect(github.violations).toEqual([]);
  });
});

describe('holds lift on a terminal', () => {
  test('the diff is coloured on a TTY, plain with NO_COLOR; the file is left as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-lift-tty-'));
    mkdirSync(join(dir, '.gitops-promote'));
    const text =
      'holds:\n  - service: api\n    environment: prod\n    reason: rollback\n' +
      '    commit: abcdef0\n    created: "2026-12-01T21:00:00Z"\n';
    writeFileSync(join(dir, HOLDS), text);
    const lift = ['holds', 'lift', '--service', 'api', '--environment', 'prod'];
    const tty = await runCliInTty(lift, { cwd: dir });
    expect(tty.exitCode).toBe(0);
    expect(tty.stdout).toContain('\u001b[31m-  - service: api\u001b[39m');
    const plain = await runCliInTty(lift, { cwd: dir, env: { NO_COLOR: '1' } });
    expect(plain.stdout).toContain('-  - service: api');
    expect(plain.stdout).not.toContain('\u001b[');
    expect(readFileSync(join(dir, HOLDS), 'utf8')).toBe(text);
  });
});

describe('exit codes and errors', () => {
  test.each([
    ['no token', PROMOTE, { GITHUB_TOKEN: '' }, 2, /No GitHub token: set GITHUB_TOKEN or GH_TOKEN/],
    [
      'a bad repository',
      ['promote', '--repository', 'acme', '--environment', 'prod', ...FILES],
      {},
      2,
      /Flag '--repository': "acme" must be a repository as owner\/name/,
    ],
    [
      'the same environment',
      [...PROMOTE.slice(0, -1), 'prod'],
      {},
      2,
      /Flag '--from-environment': "prod" must differ/,
    ],
    [
      '--hotfix with --from-environment',
      [...PROMOTE, '--hotfix'],
      {},
      2,
      /Flag '--hotfix': "true" cannot be combined with --from-environment/,
    ],
    [
      'a --policy-file outside the repository',
      [...PROMOTE, '--policy-file', '../policy.yaml'],
      {},
      2,
      /^gitops-promote promote: Flag '--policy-file': "\.\.\/policy\.yaml" must be a relative path in the repository, without '\.', '\.\.' or empty parts$/m,
    ],
    [
      'an absolute --holds-file',
      [...PROMOTE, '--holds-file', '/etc/holds.yaml'],
      {},
      2,
      /^gitops-promote promote: Flag '--holds-file': "\/etc\/holds\.yaml" must be a relative path in the repository, without '\.', '\.\.' or empty parts$/m,
    ],
    ['a bad --revert', ['rollback', ...TARGET, '--revert', 'HEAD~1'], {}, 2, /revert/],
    [
      'a repository the token cannot see',
      [...PROMOTE.slice(0, 2), 'acme/other', ...PROMOTE.slice(3)],
      { GITHUB_REPOSITORY: '' },
      1,
      /GitHub answered 404 Not Found .* acme\/other/,
    ],
    [
      'a wrong token',
      PROMOTE,
      { GITHUB_TOKEN: 'ghp_wrong' },
      1,
      /GitHub answered 401 Unauthorized .*: the token is not valid/,
    ],
  ])('%s', async (_name, args, env, code, message) => {
    const github = await start();
    const run = await cli(github, args, { env });
    expect(run.stderr).toMatch(message);
    expect(run.exitCode).toBe(code);
    expect(run.stdout).toBe('');
    expect(await refs(github)).toBe('refs/heads/main\n');
  });

  test.each([['promote'], ['rollback'], ['holds', 'lift']])(
    '%s --help shows its flags and an example',
    async (...words) => {
      const run = await runCli([...words, '--help'], { cwd: tmpdir() });
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(`Usage: gitops-promote ${words.join(' ')} `);
      expect(run.stdout).toMatch(new RegExp(`^  \\$ gitops-promote ${words.join(' ')} --`, 'm'));
      const prose = run.stdout.split('\n').filter((line) => !line.startsWith('  $ '));
      for (const line of prose) expect(line.length).toBeLessThanOrEqual(100);
    },
  );
});
