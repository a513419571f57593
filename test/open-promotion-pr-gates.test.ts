/**
 * open-promotion-pr's promotion gates (soak, freeze, require-checks from the policy file), run
 * as the bundle against the local GitHub: histories with digests of different ages written with
 * real `Promote-Change` trailers, statuses and check runs as Flux or CI would post them, and the
 * `gitops-promote/gates` status read back from the server.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { ComponentTags } from '@gitops-promote/core';
import { startGitHubServer, type GitHubTestServer } from './support/github-server/index.js';
import {
  bumpStaging,
  digest,
  gatesFiles,
  type GatesReport as Report,
  HOUR,
  iso,
  OWNER,
  POLICY_FILE,
  PROD_FILE,
  REPO,
  STAGING_FILE,
  values,
} from './support/gates-fixture.js';
import type { ActionRun } from './support/run-action.js';
import { errorOf, expectSuccess, promotionRunner } from './support/run-open-promotion-pr.js';

let server: GitHubTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(policy?: string, prod = values('1', 'a')): Promise<GitHubTestServer> {
  server = await startGitHubServer({ owner: OWNER, repo: REPO, files: gatesFiles(policy, prod) });
  return server;
}

const run = promotionRunner({
  repository: `${OWNER}/${REPO}`,
  workspacePrefix: 'gates-ws-',
  runId: '4242',
});

const PROMOTE = { mode: 'promote', 'from-environment': 'staging' };
const RUN_URL = 'https://github.com/acme/shop/actions/runs/4242';
const gatesOf = (result: ActionRun) => JSON.parse(result.outputs.gates as string) as Report;
const verdictsOf = (result: ActionRun, service: string) =>
  gatesOf(result)
    .services.find((s) => s.service === service)
    ?.verdicts.map((v) => `${v.gate}:${v.verdict}`);

describe('soak', () => {
  test('a digest younger than the soak: waiting, eligible-at, nothing written', async () => {
    const github = await start('environments:\n  prod:\n    soak: 24h\n');
    await bumpStaging(github, { api: '3', web: 'a' }, { service: 'api', from: '1', to: '3' }, 2);
    const before = await github.git(['for-each-ref', '--format=%(refname)']);
    const result = await run(github, PROMOTE);
    expectSuccess(result);
    expect(result.outputs.operation).toBe('waiting');
    expect(result.outputs['pull-request-number']).toBe('');
    const at = Date.parse(result.outputs['eligible-at'] as string);
    expect(Math.abs(at - (Date.now() + 22 * HOUR))).toBeLessThan(2 * 60_000);
    expect(gatesOf(result)).toMatchObject({ eligible: [], waiting: ['api'] });
    expect(result.summary).toContain('Waiting: no service may go yet');
    expect(result.summary).toMatch(
      /\| `api` \| soak \| wait \| in staging since .* of 24h; soaked at /,
    );
    expect(await github.git(['for-each-ref', '--format=%(refname)'])).toBe(before);
    expect(github.pulls).toEqual([]);
    expect(github.violations).toEqual([]);
  });

  test('partially eligible: the soaked service is promoted, the young one listed as waiting', async () => {
    const github = await start('environments:\n  prod:\n    soak: 24h\n', values('1', 'b'));
    await bumpStaging(github, { api: '3', web: 'a' }, { service: 'api', from: '1', to: '3' }, 30);
    await bumpStaging(github, { api: '3', web: 'c' }, { service: 'web', from: 'a', to: 'c' }, 5);
    const result = await run(github, PROMOTE);
    expectSuccess(result);
    expect(result.outputs.operation).toBe('created');
    const changes = JSON.parse(result.outputs.changes as string) as Array<{ service: string }>;
    expect([...new Set(changes.map((c) => c.service))]).toEqual(['api']);
    const sha = result.outputs['commit-sha'] as string;
    expect(await github.readFile(sha, PROD_FILE)).toBe(values('3', 'b'));
    expect(gatesOf(result)).toMatchObject({ eligible: ['api'], waiting: ['web'] });
    const at = Date.parse(result.outputs['eligible-at'] as string);
    expect(Math.abs(at - (Date.now() + 19 * HOUR))).toBeLessThan(2 * 60_000);
    expect(github.commitStatuses(sha)).toMatchObject([
      {
        state: 'success',
        context: 'gitops-promote/gates',
        description: '1 service(s) passed the gates; waiting, not in this PR: web',
        targetUrl: RUN_URL,
      },
    ]);
    expect(github.violations).toEqual([]);
  });

  test('a digest written by hand (no trailer) is dated by the commit whose file first held it', async () => {
    const github = await start('environments:\n  prod:\n    soak: 24h\n');
    await github.commitFiles(
      'main',
      { [STAGING_FILE]: values('3', 'a') },
      'hand edit',
      new Date(Date.now() - 30 * HOUR),
    );
    await github.commitFiles(
      'main',
      { [STAGING_FILE]: `# note\n${values('3', 'a')}` },
      'comment',
      new Date(Date.now() - HOUR),
    );
    const result = await run(github, PROMOTE);
    expectSuccess(result);
    expect(result.outputs.operation).toBe('created');
    expect(verdictsOf(result, 'api')).toEqual(['soak:pass']);
    expect(github.violations).toEqual([]);
  });
});

describe('freeze', () => {
  test('a freeze that began after the pull request was opened turns its status to failure', async () => {
    const github = await start('environments:\n  prod:\n    soak: 1h\n');
    await bumpStaging(github, { api: '3', web: 'a' }, { service: 'api', from: '1', to: '3' }, 2);
    const opened = await run(github, PROMOTE);
    expectSuccess(opened);
    expect(opened.outputs.operation).toBe('created');
    const head = opened.outputs['commit-sha'] as string;
    const end = iso(Date.now() + 48 * HOUR);
    await github.commitFiles('main', {
      [POLICY_FILE]:
        'environments:\n  prod:\n    soak: 1h\n    freeze:\n' +
        `      - start: ${iso(Date.now() - 60_000)}\n        end: ${end}\n        reason: incident review\n`,
    });
    const before = github.requests.length;
    const again = await run(github, PROMOTE);
    expectSuccess(again);
    expect(again.outputs).toMatchObject({ operation: 'waiting', 'eligible-at': end });
    expect(await github.branchSha('promote/staging-to-prod')).toBe(head);
    // The open pull request and its head come from the promotion's first query, not read again.
    const marking = github.requests.slice(before).map((r) => r.operation);
    expect(marking.filter((o) => o === 'pulls/list')).toEqual([]);
    expect(marking.filter((o) => o === 'repos/create-commit-status')).toHaveLength(1);
    const statuses = github.commitStatuses(head);
    expect(statuses.map((s) => s.state)).toEqual(['success', 'failure']);
    expect(statuses[1]?.description).toMatch(
      /^frozen: freeze .* \(incident review\) \[\.gitops-promote\/policy\.yaml:5\] is active until /,
    );
    expect(verdictsOf(again, 'api')).toEqual(['soak:pass', 'freeze:wait']);
    expect(github.violations).toEqual([]);
  });

  const tags: ComponentTags = { api: { tag: '1.1.0', digest: digest('4') } };
  test.each([
    ['passes a window with allow-hotfix', 'true', 'created', 'freeze:bypass'],
    ['waits in a window without it', 'false', 'waiting', 'freeze:wait'],
  ])('hotfix %s', async (_name, allow, operation, freeze) => {
    const github = await start(
      'environments:\n  prod:\n    require-checks: [e2e]\n    freeze:\n' +
        `      - start: ${iso(Date.now() - HOUR)}\n        end: ${iso(Date.now() + HOUR)}\n        allow-hotfix: ${allow}\n`,
    );
    const result = await run(github, { hotfix: 'true', services: 'api' }, tags);
    expectSuccess(result);
    expect(result.outputs.operation).toBe(operation);
    // A bump knows no source environment commit: the checks are reported, not evaluated.
    expect(verdictsOf(result, 'api')).toEqual([freeze, 'require-checks:skip']);
    expect(github.violations).toEqual([]);
  });
});

describe('mode bump', () => {
  const tags: ComponentTags = { api: { tag: '1.1.0', digest: digest('4') } };
  const GATES = 'environments:\n  prod:\n    soak: 24h\n    require-checks: [e2e]\n';
  const NOT_EVALUATED = [
    '| `api` | soak | not evaluated | not evaluated in mode bump: there is no source environment to soak in |',
    '| `api` | require-checks | not evaluated | not evaluated in mode bump: no source environment commit is known, so e2e cannot be read |',
  ];

  test('a frozen target: waiting until the freeze ends, nothing written', async () => {
    const end = iso(Date.now() + 5 * HOUR);
    const github = await start(
      GATES + `    freeze:\n      - start: ${iso(Date.now() - HOUR)}\n        end: ${end}\n`,
    );
    const before = await github.git(['for-each-ref', '--format=%(refname)']);
    const result = await run(github, { services: 'api' }, tags);
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ operation: 'waiting', 'eligible-at': end });
    expect(verdictsOf(result, 'api')).toEqual(['soak:skip', 'freeze:wait', 'require-checks:skip']);
    expect(result.summary).toContain('Waiting: no service may go yet, nothing was written.');
    expect(await github.git(['for-each-ref', '--format=%(refname)'])).toBe(before);
    expect(github.pulls).toEqual([]);
    expect(github.violations).toEqual([]);
  });

  test('soak and require-checks are reported as not evaluated, never silently passed', async () => {
    const github = await start(GATES);
    const result = await run(github, { services: 'api' }, tags);
    expectSuccess(result);
    expect(result.outputs.operation).toBe('created');
    expect(verdictsOf(result, 'api')).toEqual(['soak:skip', 'require-checks:skip']);
    for (const row of NOT_EVALUATED) expect(result.summary).toContain(row);
    expect(github.commitStatuses(result.outputs['commit-sha'] as string)).toMatchObject([
      { context: 'gitops-promote/gates', state: 'success', targetUrl: RUN_URL },
    ]);
    expect(github.violations).toEqual([]);
  });
});

describe('require-checks', () => {
  test('pending on the introducing commit: waiting without a time; success: promoted', async () => {
    const github = await start('environments:\n  prod:\n    require-checks: [flux/staging, e2e]\n');
    const introduced = await bumpStaging(
      github,
      { api: '3', web: 'a' },
      { service: 'api', from: '1', to: '3' },
      3,
    );
    // A later commit to staging: the checks are read on the one that introduced the digest.
    const later = await github.commitFiles('main', { 'README.md': 'x\n' }, 'docs');
    github.addCommitStatus(later, { state: 'success', context: 'flux/staging' });
    github.addCommitStatus(introduced, { state: 'pending', context: 'flux/staging' });
    github.addCheckRun(introduced, { name: 'e2e', conclusion: 'success' });
    const waiting = await run(github, PROMOTE);
    expectSuccess(waiting);
    expect(waiting.outputs).toMatchObject({ operation: 'waiting', 'eligible-at': '' });
    expect(waiting.summary).toContain('flux/staging pending on');
    github.addCommitStatus(introduced, { state: 'success', context: 'flux/staging' });
    const promoted = await run(github, PROMOTE);
    expectSuccess(promoted);
    expect(promoted.outputs.operation).toBe('created');
    expect(verdictsOf(promoted, 'api')).toEqual(['require-checks:pass']);
    expect(github.violations).toEqual([]);
  });
});

describe('rollback', () => {
  test('is never blocked by soak or freeze, and the summary says so', async () => {
    const github = await start();
    const bumped = await run(
      github,
      { services: 'api' },
      { api: { tag: '1.1.0', digest: digest('5') } },
    );
    expectSuccess(bumped);
    const number = Number(bumped.outputs['pull-request-number']);
    await github.mergePull(number, 'squash');
    await github.commitFiles('main', {
      [POLICY_FILE]:
        'environments:\n  prod:\n    soak: 72h\n    freeze:\n' +
        `      - start: ${iso(Date.now() - HOUR)}\n        end: ${iso(Date.now() + HOUR)}\n`,
    });
    const result = await run(github, { mode: 'rollback', revert: String(number) });
    expectSuccess(result);
    expect(result.outputs.operation).toBe('created');
    expect(verdictsOf(result, 'api')).toEqual(['soak:bypass', 'freeze:bypass']);
    expect(result.summary).toContain('a rollback is never frozen');
    expect(github.commitStatuses(result.outputs['commit-sha'] as string)).toMatchObject([
      { state: 'success', description: '1 service(s) passed the gates; bypassed: soak, freeze' },
    ]);
    expect(github.violations).toEqual([]);
  });
});

describe('the policy file', () => {
  test('a bad policy fails naming the file and line, before anything is written', async () => {
    const github = await start('environments:\n  prod:\n    soak: 24 hours\n');
    await bumpStaging(github, { api: '3', web: 'a' }, { service: 'api', from: '1', to: '3' }, 30);
    const result = await run(github, PROMOTE);
    expect(result.exitCode).not.toBe(0);
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.properties).toMatchObject({ file: POLICY_FILE, line: '3' });
    expect(error?.message).toContain(
      'does not match schemas/policy.schema.json: environments.prod.soak must match pattern',
    );
    expect(github.pulls).toEqual([]);
  });

  test('a policy-file given explicitly must exist; the default may be absent', async () => {
    const github = await start();
    await bumpStaging(github, { api: '3', web: 'a' }, { service: 'api', from: '1', to: '3' }, 1);
    const missing = await run(github, { ...PROMOTE, 'policy-file': 'gates/policy.yaml' });
    expect(missing.exitCode).not.toBe(0);
    expect(errorOf(missing)).toContain('Input \'policy-file\': "gates/policy.yaml" names no file');
    const none = await run(github, PROMOTE);
    expectSuccess(none);
    expect(none.outputs.operation).toBe('created');
    // No policy file at the default path: no gates, no status, nothing said in the summary.
    expect(none.summary).not.toContain('### Gates');
    expect(github.commitStatuses(none.outputs['commit-sha'] as string)).toEqual([]);
  });
});
