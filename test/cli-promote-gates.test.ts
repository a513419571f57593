/**
 * The bundled CLI's promotion gates, spawned as a user runs it against the local GitHub (every
 * request checked against GitHub's OpenAPI description): `promote --explain` for a service
 * still soaking and one that soaked, writing nothing; `promote` waiting (exit 0, `eligible-at`
 * in `--json`); `promote` opening a pull request with its `gitops-promote/gates` status; a
 * rollback reported, never blocked. Histories are dated relative to the real clock, as in the
 * action's gate tests.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startGitHubServer, type GitHubTestServer } from './support/github-server/index.js';
import {
  bumpStaging,
  gatesFiles,
  type GatesReport as Report,
  HOUR,
  iso,
  OWNER,
  POLICY_FILE,
  PROD_FILE,
  REPO,
  values,
} from './support/gates-fixture.js';
import { type CliRun, runCli } from './support/run-cli.js';

const TOKEN = 'ghp_cliGatesSecret0123456789abcdef';
const RUN_URL = 'https://ci.example.com/acme/gitops-config/runs/77';

let server: GitHubTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(policy?: string): Promise<GitHubTestServer> {
  server = await startGitHubServer({
    owner: OWNER,
    repo: REPO,
    token: TOKEN,
    files: gatesFiles(policy),
  });
  return server;
}

/** api bumped 30 h ago (soaked for 24h), web 2 h ago (soaking until 22 h from now). */
async function twoAges(github: GitHubTestServer): Promise<void> {
  await bumpStaging(github, { api: '3', web: 'a' }, { service: 'api', from: '1', to: '3' }, 30);
  await bumpStaging(github, { api: '3', web: 'b' }, { service: 'web', from: 'a', to: 'b' }, 2);
}

async function cli(github: GitHubTestServer, args: string[]): Promise<CliRun> {
  const run = await runCli(args, {
    cwd: mkdtempSync(join(tmpdir(), 'cli-gates-')),
    env: {
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: github.apiUrl,
      GITOPS_PROMOTE_WRITE_INTERVAL_MS: '0',
    },
  });
  expect(run.stdout + run.stderr).not.toContain(TOKEN);
  return run;
}

const TARGET = ['--repository', `${OWNER}/${REPO}`, '--environment', 'prod'];
const PROMOTE = [
  'promote',
  ...TARGET,
  '--files',
  'helm/*/values-{env}.yaml',
  '--from-environment',
  'staging',
];
const SOAK = 'environments:\n  prod:\n    soak: 24h\n';

const refs = (github: GitHubTestServer) => github.git(['for-each-ref', '--format=%(refname)']);
/** A request that may change something: neither a GET nor a GraphQL query. */
const isWrite = (r: { method: string; operation: string | undefined }) =>
  r.method !== 'GET' && !r.operation?.startsWith('graphql query');
const near = (at: string, ms: number) => Math.abs(Date.parse(at) - ms) < 2 * 60_000;

describe('promote --explain', () => {
  test('a soaking and a soaked service: the verdicts table, eligible at, nothing written', async () => {
    const github = await start(SOAK);
    await twoAges(github);
    const before = await refs(github);
    const run = await cli(github, [...PROMOTE, '--explain']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^SERVICE +GATE +VERDICT +WHY$/m);
    expect(run.stdout).toMatch(/^api +soak +pass +in staging since .* 1d 6h, soak 24h$/m);
    expect(run.stdout).toMatch(/^web +soak +wait +in staging since .* of 24h; soaked at \S+$/m);
    const at = /Eligible at (\S+)\./.exec(run.stderr)?.[1] ?? '';
    expect(near(at, Date.now() + 22 * HOUR)).toBe(true);
    expect(run.stderr).toContain('May go: api. Waiting: web.');
    expect(await refs(github)).toBe(before);
    expect(github.pulls).toEqual([]);
    expect(github.requests.filter(isWrite)).toEqual([]);
    expect(github.violations).toEqual([]);
  });

  test('--json: the verdicts document', async () => {
    const github = await start(SOAK);
    await twoAges(github);
    const run = await cli(github, [...PROMOTE, '--explain', '--json']);
    expect(run.exitCode).toBe(0);
    const document = JSON.parse(run.stdout) as Record<string, unknown> & { gates: Report };
    expect(Object.keys(document).sort()).toEqual(
      ['base', 'eligible-at', 'explain', 'gates', 'policy-file', 'policy-found', 'services'].sort(),
    );
    expect(document).toMatchObject({
      explain: true,
      base: 'main',
      'policy-file': POLICY_FILE,
      'policy-found': true,
      services: ['api', 'web'],
    });
    expect(document.gates).toMatchObject({ eligible: ['api'], waiting: ['web'] });
    expect(document['eligible-at']).toBe(document.gates.eligibleAt);
    expect(near(document['eligible-at'] as string, Date.now() + 22 * HOUR)).toBe(true);
    expect(github.requests.filter(isWrite)).toEqual([]);
  });

  test('a missing explicit --policy-file fails (exit 2); the absent default means no gates', async () => {
    const github = await start();
    await twoAges(github);
    const missing = await cli(github, [...PROMOTE, '--explain', '--policy-file', 'ops/p.yaml']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('policy-file');
    expect(missing.stderr).toContain('ops/p.yaml');
    const none = await cli(github, [...PROMOTE, '--explain']);
    expect(none.exitCode).toBe(0);
    expect(none.stderr).toContain(`No policy file at ${POLICY_FILE}: no gates.`);
    expect(none.stdout).toBe('');
  });
});

describe('promote with gates', () => {
  test('nothing soaked: waiting, exit 0, eligible-at in --json, nothing written', async () => {
    const github = await start(SOAK);
    await bumpStaging(github, { api: '3', web: 'a' }, { service: 'api', from: '1', to: '3' }, 2);
    const before = await refs(github);
    const run = await cli(github, [...PROMOTE, '--json']);
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown> & { gates: Report };
    expect(result).toMatchObject({ operation: 'waiting', 'pull-request-number': null });
    expect(near(result['eligible-at'] as string, Date.now() + 22 * HOUR)).toBe(true);
    expect(result.gates).toMatchObject({ eligible: [], waiting: ['api'] });
    expect(await refs(github)).toBe(before);
    expect(github.pulls).toEqual([]);

    const human = await cli(github, PROMOTE);
    expect(human.exitCode).toBe(0);
    expect(human.stderr).toContain('Waiting: a promotion gate holds every service.');
    expect(human.stdout).toMatch(/^api +soak +wait +in staging since /m);
    expect(human.stderr).toMatch(/Eligible at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\./);
    expect(github.violations).toEqual([]);
  });

  test('the soaked service goes: a pull request with the gitops-promote/gates status', async () => {
    const github = await start(SOAK);
    await twoAges(github);
    const run = await cli(github, [...PROMOTE, '--run-url', RUN_URL, '--json']);
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown> & { gates: Report };
    expect(result).toMatchObject({ operation: 'created', 'pull-request-number': 1 });
    expect(result.gates).toMatchObject({ eligible: ['api'], waiting: ['web'] });
    const sha = result['commit-sha'] as string;
    expect(await github.readFile(sha, PROD_FILE)).toBe(values('3', 'a'));
    expect(github.commitStatuses(sha)).toMatchObject([
      {
        context: 'gitops-promote/gates',
        state: 'success',
        description: '1 service(s) passed the gates; waiting, not in this PR: web',
        targetUrl: RUN_URL,
      },
    ]);
    expect(github.violations).toEqual([]);
  });

  test('a freeze after the PR opened: the re-run waits and turns the status to failure', async () => {
    const github = await start(SOAK);
    await twoAges(github);
    const opened = await cli(github, PROMOTE);
    expect(opened.exitCode).toBe(0);
    expect(opened.stdout).toMatch(/^Opened pull request #1 /m);
    const head = (await github.branchSha('promote/staging-to-prod')) ?? '';
    // No --run-url: the status has no link.
    expect(github.commitStatuses(head)).toMatchObject([{ state: 'success', targetUrl: null }]);
    const frozen =
      SOAK +
      `    freeze:\n      - start: ${iso(Date.now() - 60_000)}\n` +
      `        end: ${iso(Date.now() + 48 * HOUR)}\n        reason: incident review\n`;
    await github.commitFiles('main', { [POLICY_FILE]: frozen }, 'chore: freeze prod');
    const again = await cli(github, [...PROMOTE, '--run-url', RUN_URL]);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toMatch(/^api +freeze +wait +freeze .* \(incident review\)/m);
    expect(await github.branchSha('promote/staging-to-prod')).toBe(head);
    expect(github.commitStatuses(head).at(-1)).toMatchObject({
      state: 'failure',
      targetUrl: RUN_URL,
    });
    expect(github.violations).toEqual([]);
  });
});

describe('rollback with gates', () => {
  test('a frozen rollback is reported, never blocked, and gets the status', async () => {
    const github = await start(SOAK);
    await twoAges(github);
    const bump = await cli(github, [...PROMOTE, '--json']);
    const head = (JSON.parse(bump.stdout) as { 'commit-sha': string })['commit-sha'];
    await github.mergePull(1, 'merge');
    const frozen =
      SOAK +
      `    freeze:\n      - start: ${iso(Date.now() - HOUR)}\n        end: ${iso(Date.now() + HOUR)}\n`;
    await github.commitFiles('main', { [POLICY_FILE]: frozen }, 'chore: freeze prod');
    const run = await cli(github, ['rollback', ...TARGET, '--revert', head, '--json']);
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown> & { gates: Report };
    expect(result.operation).toBe('created');
    expect(result.gates.services.map((s) => s.verdicts.map((v) => v.verdict))).toEqual([
      ['bypass', 'bypass'],
    ]);
    expect(github.commitStatuses(result['commit-sha'] as string)).toMatchObject([
      { state: 'success', description: '1 service(s) passed the gates; bypassed: soak, freeze' },
    ]);
    expect(github.violations).toEqual([]);
  });
});
