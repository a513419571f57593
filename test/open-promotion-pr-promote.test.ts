/**
 * open-promotion-pr's `mode: promote` (seed 001, staging -> prod) and the hotfix flow, run as
 * the bundle against the local GitHub, with the resulting commits' bytes read back with git.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { addHolds } from '@gitops-promote/core/promotion';
import { startGitHubServer, type GitHubTestServer } from './support/github-server/index.js';
import { errorOf, expectSuccess, promotionRunner } from './support/run-open-promotion-pr.js';

const OWNER = 'acme';
const REPO = 'gitops-config';
const digest = (c: string) => `sha256:${c.repeat(64)}`;
const image = (service: string, tag: string, pin?: string) =>
  `${service}:\n  image:\n    repository: ghcr.io/acme/${service}\n    tag: "${tag}"\n` +
  (pin ? `    digest: ${pin} # pinned\n` : '');
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

let server: GitHubTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(files: Record<string, string> = {}): Promise<GitHubTestServer> {
  server = await startGitHubServer({
    owner: OWNER,
    repo: REPO,
    files: { [STAGING_FILE]: STAGING, [PROD_FILE]: PROD, ...files },
  });
  return server;
}

const run = promotionRunner({
  repository: `${OWNER}/${REPO}`,
  workspacePrefix: 'promote-ws-',
  runId: '1001',
});

describe('mode: promote', () => {
  test('staging -> prod: only differing services, target lacks one (reported), one PR on re-run', async () => {
    const github = await start();
    const result = await run(github, { mode: 'promote', 'from-environment': 'staging' });
    expectSuccess(result);
    expect(result.outputs).toMatchObject({
      operation: 'created',
      branch: 'promote/staging-to-prod',
    });
    const sha = result.outputs['commit-sha'] as string;
    expect(await github.readFile(sha, PROD_FILE)).toBe(
      PROD.replace('"1.1.0"', '"1.2.0"').replace(digest('1'), digest('2')),
    );
    expect(await github.readFile(sha, STAGING_FILE)).toBe(STAGING);
    const changes = JSON.parse(result.outputs.changes as string) as Array<{ service: string }>;
    expect([...new Set(changes.map((c) => c.service))]).toEqual(['api']);
    expect(result.annotations.some((a) => a.message.includes("'worker'"))).toBe(true);
    const pull = await github.getPull(Number(result.outputs['pull-request-number']));
    expect(pull.title).toBe('chore(deploy): promote api from staging to prod');
    expect(pull.body).toContain('### Promotion `staging` → `prod`');
    expect(pull.body).toContain('1.1.0');
    expect(pull.body).toContain('1.2.0');

    const before = github.requests.length;
    const again = await run(github, { mode: 'promote', 'from-environment': 'staging' });
    expectSuccess(again);
    expect(again.outputs).toMatchObject({ operation: 'unchanged', 'pull-request-number': '1' });
    expect(github.pulls).toHaveLength(1);
    // The source and the target are read on one base, read once: the snapshot query and the
    // tree, the source's and the target's files in one query; then the tree the promotion
    // would make.
    expect(github.requests.slice(before).map((r) => r.operation)).toEqual([
      'graphql query repository',
      'git/get-tree',
      'graphql query repository',
      'git/create-tree',
    ]);
    expect(github.violations).toEqual([]);
  });

  test('a held service stays: the holds come in the one query of the files; nothing written', async () => {
    const hold = {
      service: 'api',
      environment: 'prod',
      digest: digest('2'),
      reason: 'rolled back by hand',
      commit: 'c'.repeat(40),
      created: '2026-01-02T03:04:05Z',
    };
    const github = await start({ [HOLDS]: addHolds(HOLDS, undefined, [hold]) });
    const before = github.requests.length;
    const result = await run(github, { mode: 'promote', 'from-environment': 'staging' });
    expectSuccess(result);
    expect(result.outputs.operation).toBe('none');
    expect(result.stdout).toContain(`Service 'api' is held in 'prod' by ${HOLDS}`);
    // The snapshot query and the tree, then the source's files, the target's and the holds in
    // one query; every service it would move is held, so nothing more.
    expect(github.requests.slice(before).map((r) => r.operation)).toEqual([
      'graphql query repository',
      'git/get-tree',
      'graphql query repository',
    ]);
    expect(await github.git(['for-each-ref', '--format=%(refname)'])).toBe('refs/heads/main\n');
    expect(github.violations).toEqual([]);
  });

  test('services narrows the promotion', async () => {
    const github = await start({
      [PROD_FILE]: PROD.replace(digest('a'), digest('b')),
    });
    const result = await run(github, {
      mode: 'promote',
      'from-environment': 'staging',
      services: 'web',
    });
    expectSuccess(result);
    const changes = JSON.parse(result.outputs.changes as string) as Array<{ service: string }>;
    expect([...new Set(changes.map((c) => c.service))]).toEqual(['web']);
  });

  test.each([
    [
      'a source not pinned by digest',
      { [STAGING_FILE]: image('api', '1.2.0') },
      {},
      /not pinned by digest/,
    ],
    ['no from-environment', {}, { 'from-environment': '' }, /Input 'from-environment'/],
    ['the same environment', {}, { 'from-environment': 'prod' }, /must differ/],
  ])('refuses %s, writing nothing', async (_name, files, inputs, message) => {
    const github = await start(files);
    const result = await run(github, { mode: 'promote', 'from-environment': 'staging', ...inputs });
    expect(result.exitCode).not.toBe(0);
    expect(errorOf(result)).toMatch(message);
    expect(await github.git(['for-each-ref', '--format=%(refname)'])).toBe('refs/heads/main\n');
  });
});

describe('hotfix', () => {
  test('its own branch and label, only the impacted service, beside an open regular PR', async () => {
    const github = await start();
    const regular = await run(
      github,
      {},
      {
        api: { tag: '1.3.0', digest: digest('3') },
        web: { tag: '2.1.0', digest: digest('b') },
      },
    );
    expectSuccess(regular);
    const regularSha = regular.outputs['commit-sha'] as string;
    const hotfix = await run(
      github,
      { hotfix: 'true' },
      { api: { tag: '1.1.1', digest: digest('4') } },
    );
    expectSuccess(hotfix);
    expect(hotfix.outputs).toMatchObject({ operation: 'created', branch: 'hotfix/prod' });
    expect(hotfix.outputs['pull-request-number']).not.toBe(regular.outputs['pull-request-number']);
    const changes = JSON.parse(hotfix.outputs.changes as string) as Array<{ service: string }>;
    expect([...new Set(changes.map((c) => c.service))]).toEqual(['api']);
    const pull = await github.getPull(Number(hotfix.outputs['pull-request-number']));
    expect(pull.labels.map((l) => l.name)).toContain('hotfix');
    expect(await github.branchSha('promote/prod')).toBe(regularSha);
    const open = github.pulls
      .filter((p) => p.state === 'open')
      .map((p) => p.head)
      .sort();
    expect(open).toEqual(['hotfix/prod', 'promote/prod']);
    expect(github.violations).toEqual([]);
  });
});
