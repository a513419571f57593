/**
 * The bundled open-promotion-pr action, run as a runner runs it, against the local GitHub
 * server (GITHUB_API_URL), with every commit checked with git in the server's bare repository.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type ComponentTags } from '@gitops-promote/core';
import { parseChangeTrailers } from '@gitops-promote/core/git';
import {
  createTestOctokit,
  startGitHubServer,
  type GitHubServerOptions,
  type GitHubTestServer,
} from './support/github-server/index.js';
import { repoRoot, runAction, type ActionRun } from './support/run-action.js';

const OWNER = 'acme';
const REPO = 'gitops-config';
const GOLDEN = join(repoRoot, 'test', 'golden', 'seed-001-helm-splattop-values');
const VALUES = 'helm/splattop/values-staging.yaml';
const golden = (side: 'input' | 'expected', path: string) =>
  readFileSync(join(GOLDEN, side, path), 'utf8');
const SEED_TAGS = JSON.parse(
  readFileSync(join(GOLDEN, 'component-tags.json'), 'utf8'),
) as ComponentTags;
const SEED_FILES = {
  [VALUES]: golden('input', VALUES),
  'helm/splattop/Chart.yaml': golden('input', 'helm/splattop/Chart.yaml'),
  'README.md': '# config\n',
};
const digest = (c: string) => `sha256:${c.repeat(64)}`;

let server: GitHubTestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Partial<GitHubServerOptions> = {}): Promise<GitHubTestServer> {
  server = await startGitHubServer({ owner: OWNER, repo: REPO, files: SEED_FILES, ...options });
  return server;
}

interface Promote {
  tags?: ComponentTags;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

/** Run the bundle with component-tags.json in a fresh workspace, as a build job would. */
async function promote(github: GitHubTestServer, options: Promote = {}): Promise<ActionRun> {
  const workspace = mkdtempSync(join(tmpdir(), 'promote-ws-'));
  writeFileSync(join(workspace, 'component-tags.json'), JSON.stringify(options.tags ?? SEED_TAGS));
  return runAction('open-promotion-pr', {
    inputs: {
      token: github.token,
      repository: `${OWNER}/${REPO}`,
      environment: 'staging',
      ...options.inputs,
    },
    env: {
      GITHUB_API_URL: github.apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/splattop',
      GITHUB_WORKSPACE: workspace,
      GITHUB_RUN_ID: '1001',
      GITOPS_PROMOTE_WRITE_INTERVAL_MS: '0',
      ...options.env,
    },
  });
}

/** git in the bare repository, output trimmed. */
const gitOut = async (github: GitHubTestServer, args: string[]) => (await github.git(args)).trim();

/** The operations the server answered, in order (`git/create-commit`, `graphql mutation …`). */
const operations = (github: GitHubTestServer) => github.requests.map((r) => r.operation);

/** The commit's parents and message, read with git in the bare repository. */
async function commitOf(github: GitHubTestServer, ref: string) {
  const [parents = '', ...message] = (
    await github.git(['log', '-1', '--format=%P%n%B', ref])
  ).split('\n');
  return { parents: parents.split(' ').filter(Boolean), message: message.join('\n') };
}

/** unzip-stream, under @actions/artifact, calls `new Buffer()`; Node warns on every runner too. */
const BUFFER_DEPRECATION =
  /^\(node:\d+\) \[DEP0005\] DeprecationWarning: Buffer\(\) is deprecated.*\n.*--trace-deprecation.*\n/;

function expectSuccess(run: ActionRun): void {
  expect(run.stderr.replace(BUFFER_DEPRECATION, '')).toBe('');
  expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(run.exitCode).toBe(0);
}

describe('open-promotion-pr: overlays, empty patterns and downgrades', () => {
  const OVERLAY = join(repoRoot, 'test', 'golden', 'helm-overlay-seed-000-values-argocd');
  const overlayFile = (side: 'input' | 'expected', path: string) =>
    readFileSync(join(OVERLAY, side, path), 'utf8');
  const CHART = 'helm/queen-califia';
  const overlayFiles = Object.fromEntries(
    ['Chart.yaml', 'values.yaml', 'values-argocd.yaml'].map((name) => [
      `${CHART}/${name}`,
      overlayFile('input', `${CHART}/${name}`),
    ]),
  );
  const overlayTags = JSON.parse(
    readFileSync(join(OVERLAY, 'component-tags.json'), 'utf8'),
  ) as ComponentTags;

  test("seed 000: an overlay is identified by its chart's values.yaml; only the overlay changes", async () => {
    const github = await start({ files: { ...overlayFiles, 'README.md': '# config\n' } });
    const main = await github.branchSha('main');
    const run = await promote(github, {
      tags: overlayTags,
      inputs: { environment: 'argocd', files: `${CHART}/values-{env}.yaml` },
    });
    expectSuccess(run);
    const sha = run.outputs['commit-sha'] as string;
    const overlay = `${CHART}/values-argocd.yaml`;
    expect(await github.readFile(sha, overlay)).toBe(overlayFile('expected', overlay));
    expect(await gitOut(github, ['diff', '--name-only', `${main}..${sha}`])).toBe(overlay);
    expect(github.violations).toEqual([]);
  });

  test('a pattern matching nothing fails unless allow-empty; a downgrade fails unless allowed', async () => {
    const github = await start();
    const typo = await promote(github, { inputs: { environment: 'stagign' } });
    expect(typo.exitCode).toBe(1);
    expect(typo.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /'files': "helm\/\*\/values-stagign\.yaml" matches no file.*allow-empty: true/,
    );
    const older = {
      ...SEED_TAGS,
      api: { ...(SEED_TAGS.api as ComponentTags[string]), tag: '1.0.0' },
    };
    const refused = await promote(github, { tags: older });
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /'api' from 1\.7\.2 to 1\.0\.0.*allow-downgrade: true/,
    );
    expect(github.pulls).toEqual([]);
    const rollback = await promote(github, { tags: older, inputs: { 'allow-downgrade': 'true' } });
    expectSuccess(rollback);
    expect(rollback.outputs.operation).toBe('created');
    expect(github.violations).toEqual([]);
  });
});

describe('open-promotion-pr opens the pull request of seed 001', () => {
  test('create: one verified commit on main, byte-exact, with change trailers; a labelled PR', async () => {
    const github = await start();
    const main = await github.branchSha('main');
    const run = await promote(github, {
      inputs: { reviewers: 'platform-dri', 'team-reviewers': 'acme/platform' },
    });
    expectSuccess(run);
    expect(run.outputs).toMatchObject({
      operation: 'created',
      'pull-request-number': '1',
      branch: 'promote/staging',
      'pull-request-url': `${github.webUrl}/${OWNER}/${REPO}/pull/1`,
    });
    const sha = run.outputs['commit-sha'] as string;
    expect(await github.branchSha('promote/staging')).toBe(sha);
    expect(github.isVerified(sha)).toBe(true);
    expect(await github.readFile(sha, VALUES)).toBe(golden('expected', VALUES));
    expect(await gitOut(github, ['diff', '--name-only', `${main}..${sha}`])).toBe(VALUES);
    const commit = await commitOf(github, sha);
    expect(commit.parents).toEqual([main]);
    expect(commit.message.split('\n')[0]).toBe('chore(deploy): bump api, web, worker in staging');
    const changes = JSON.parse(run.outputs.changes as string) as Array<Record<string, unknown>>;
    expect(parseChangeTrailers(commit.message)).toEqual(
      changes.map(({ service, file, field, from, to }) => ({ service, file, field, from, to })),
    );
    expect(changes).toHaveLength(6);

    const pull = await github.getPull(1);
    expect(pull).toMatchObject({
      title: 'chore(deploy): bump api, web, worker in staging',
      head: { ref: 'promote/staging', sha },
      base: { ref: 'main' },
      draft: false,
    });
    expect(pull.labels.map((l) => l.name)).toEqual(['automation:release-bump']);
    expect(pull.requested_reviewers?.map((r) => r.login)).toEqual(['platform-dri']);
    expect(pull.requested_teams?.map((t) => t.slug)).toEqual(['platform']);
    expect(pull.body).toContain(
      '| api | staging | `helm/splattop/values-staging.yaml` | `1.7.2` | `1.7.3` | `sha256:cc4aedb85189` | `sha256:2261f27bb8ba` | [`abc1234`](https://github.com/acme/splattop/commit/abc1234def5678abc1234def5678abc1234def56) |',
    );
    expect(pull.body).toContain('<details><summary>Machine-readable changes</summary>');
    expect(run.summary).toContain('Opened [#1]');
    expect(github.violations).toEqual([]);
  });

  test('re-run with the same input: unchanged, no new commit, the same pull request', async () => {
    const github = await start();
    const first = await promote(github);
    github.resetCounts();
    const again = await promote(github);
    expectSuccess(again);
    expect(again.outputs).toMatchObject({
      operation: 'unchanged',
      'pull-request-number': '1',
      'commit-sha': first.outputs['commit-sha'],
    });
    expect(operations(github)).toEqual([
      'graphql query repository',
      'git/get-tree',
      'graphql query repository',
      'git/create-tree',
    ]);
    expect(github.pulls).toHaveLength(1);
    expect(github.violations).toEqual([]);
  });

  test('re-run with new digests: the branch and PR are updated, a person’s labels and reviewers kept', async () => {
    const github = await start();
    const first = await promote(github, { inputs: { reviewers: 'platform-dri' } });
    github.addLabelsByHuman(1, ['needs-qa']);
    const human = createTestOctokit(github);
    await human.rest.pulls.requestReviewers({
      owner: OWNER,
      repo: REPO,
      pull_number: 1,
      reviewers: ['oncall'],
    });
    const newer: ComponentTags = {
      ...SEED_TAGS,
      api: { tag: '1.7.4', sha: 'fedcba9876543210fedcba9876543210fedcba98', digest: digest('a') },
    };
    github.resetCounts();
    const run = await promote(github, { tags: newer, inputs: { reviewers: 'platform-dri' } });
    expectSuccess(run);
    expect(run.outputs.operation).toBe('updated');
    expect(operations(github)).toEqual([
      'graphql query repository',
      'git/get-tree',
      'graphql query repository',
      'git/create-tree',
      'git/create-commit',
      'git/update-ref',
      'pulls/update',
    ]);
    const sha = run.outputs['commit-sha'] as string;
    expect(sha).not.toBe(first.outputs['commit-sha']);
    expect((await commitOf(github, sha)).parents).toEqual([await github.branchSha('main')]);
    const text = await github.readFile('promote/staging', VALUES);
    expect(text).toContain(`    tag: "1.7.4"\n    digest: ${digest('a')}\n`);
    const pull = await github.getPull(1);
    expect(pull.labels.map((l) => l.name)).toEqual(['automation:release-bump', 'needs-qa']);
    expect(pull.requested_reviewers?.map((r) => r.login).sort()).toEqual([
      'oncall',
      'platform-dri',
    ]);
    expect(pull.body).toContain('`1.7.4`');
    expect(pull.body).toContain('fedcba9876543210fedcba9876543210fedcba98');
    expect(github.pulls).toHaveLength(1);
    expect(github.violations).toEqual([]);
  });

  test('no changes: operation none, no branch, no pull request', async () => {
    const github = await start({ files: { ...SEED_FILES, [VALUES]: golden('expected', VALUES) } });
    const run = await promote(github);
    expectSuccess(run);
    expect(run.outputs).toMatchObject({
      operation: 'none',
      'pull-request-number': '',
      branch: '',
      'commit-sha': '',
      changes: '[]',
    });
    expect(await github.branchSha('promote/staging')).toBeUndefined();
    expect(github.pulls).toEqual([]);
    expect(github.countRequests({ method: 'POST', operation: 'git/create-tree' })).toBe(0);
    expect(github.violations).toEqual([]);
  });

  test('no changes with an earlier promotion still open: left alone, and said so', async () => {
    const github = await start();
    await promote(github);
    const current = /digest: (sha256:[0-9a-f]{64})/.exec(golden('input', VALUES))?.[1];
    const run = await promote(github, { tags: { api: { tag: '1.7.2', digest: current } } });
    expectSuccess(run);
    expect(run.outputs.operation).toBe('none');
    expect(run.stdout).toContain('Pull request #1');
    expect(run.stdout).toContain('it is left alone');
    expect(github.pulls.map((p) => p.state)).toEqual(['open']);
    expect(github.violations).toEqual([]);
  });
});

describe('auto-merge, hotfix, draft', () => {
  test('auto-merge where the repository allows it (dev)', async () => {
    const github = await start({ allowAutoMerge: true });
    const run = await promote(github, { inputs: { 'auto-merge': 'squash' } });
    expectSuccess(run);
    expect(run.annotations).toEqual([]);
    expect(github.pulls[0]?.autoMerge).toMatchObject({ mergeMethod: 'squash' });
    github.resetCounts();
    const again = await promote(github, { inputs: { 'auto-merge': 'squash' } });
    expect(again.outputs.operation).toBe('unchanged');
    expect(github.countRequests({ operation: 'graphql mutation enablePullRequestAutoMerge' })).toBe(
      0,
    );
    expect(github.violations).toEqual([]);
  });

  test('auto-merge where the repository refuses it: a warning, and the PR stands', async () => {
    const github = await start({ allowAutoMerge: false });
    const run = await promote(github, { inputs: { 'auto-merge': 'merge' } });
    expectSuccess(run);
    expect(run.outputs.operation).toBe('created');
    expect(run.annotations).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('Auto merge is not allowed for this repository'),
      }),
    ]);
    expect(github.pulls[0]?.autoMerge).toBeNull();
    expect(github.violations).toEqual([]);
  });

  test('hotfix: its own branch, a hotfix label and a Hotfix: title; draft', async () => {
    const github = await start();
    const run = await promote(github, {
      tags: { api: SEED_TAGS.api as ComponentTags[string] },
      inputs: { hotfix: 'true', environment: 'staging', draft: 'true' },
    });
    expectSuccess(run);
    expect(run.outputs.branch).toBe('hotfix/staging');
    const pull = await github.getPull(1);
    expect(pull.title).toBe('Hotfix: chore(deploy): bump api in staging');
    expect(pull.labels.map((l) => l.name)).toEqual(['automation:release-bump', 'hotfix']);
    expect(pull.draft).toBe(true);
    expect(pull.body).toContain('### Hotfix for `staging`');
    expect(github.violations).toEqual([]);
  });
});

describe('behind a proxy', () => {
  test('with HTTP_PROXY set, every request goes through it (@actions/github, loaded then)', async () => {
    const github = await start();
    // A CONNECT proxy (undici tunnels every request through one) that sends every host to the
    // local GitHub: the API is named by a host that does not resolve, so no request bypasses it.
    const tunnels: string[] = [];
    const proxy = createServer().on('connect', (request, socket) => {
      tunnels.push(request.url ?? '');
      const upstream = connect(Number((request.url ?? '').split(':').pop()), '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as { port: number };
    try {
      const run = await promote(github, {
        env: {
          GITHUB_API_URL: github.apiUrl.replace('127.0.0.1', 'github.invalid'),
          HTTP_PROXY: `http://127.0.0.1:${port}`,
        },
      });
      expectSuccess(run);
      expect(run.outputs.operation).toBe('created');
      expect(tunnels.length).toBeGreaterThan(0);
      expect(new Set(tunnels)).toEqual(new Set([`github.invalid:${new URL(github.apiUrl).port}`]));
    } finally {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});

describe('resilience', () => {
  test('a 502 and a secondary rate limit are retried, and the run succeeds', async () => {
    const github = await start();
    github.injectFault({ operation: 'git/create-commit', status: 502 });
    github.injectFault({
      operation: 'pulls/create',
      status: 403,
      secondaryRateLimit: true,
      retryAfter: 1,
    });
    const run = await promote(github);
    expectSuccess(run);
    expect(run.outputs.operation).toBe('created');
    expect(github.pendingFaults()).toBe(0);
    expect(github.countRequests({ operation: 'git/create-commit' })).toBe(2);
    expect(github.countRequests({ operation: 'pulls/create' })).toBe(2);
    expect(github.pulls).toHaveLength(1);
    expect(await gitOut(github, ['rev-list', '--count', 'main..promote/staging'])).toBe('1');
    expect(github.violations).toEqual([]);
  });

  test("GraphQL's rate limit (a 200 whose errors say RATE_LIMITED) is retried and warned", async () => {
    const github = await start();
    github.injectFault({ operation: 'graphql', status: 200, retryAfter: 0 });
    const run = await promote(github);
    expectSuccess(run);
    expect(run.outputs.operation).toBe('created');
    expect(run.annotations.map((a) => a.message)).toContainEqual(
      expect.stringMatching(/^GitHub primary rate limit on POST \/graphql: retrying in \d+ s\.$/),
    );
    expect(github.pendingFaults()).toBe(0);
    expect(github.countRequests({ operation: 'graphql', fault: true })).toBe(1);
    expect(github.violations).toEqual([]);
  });

  test.each([
    [
      'a repository the token cannot see (GraphQL NOT_FOUND)',
      { repository: `${OWNER}/other` },
      () => undefined,
      /^GitHub answered 404 Not Found to GraphQL query promotionSnapshot for acme\/other \(GraphQL NOT_FOUND: Could not resolve to a Repository with the name 'acme\/other'\.\): .*lacks contents: read and pull-requests: read on acme\/other/,
    ],
    [
      'a refused token (HTTP 401 on /graphql)',
      { token: 'ghs_refused' },
      () => undefined,
      /^GitHub answered 401 Unauthorized to GraphQL query promotionSnapshot for acme\/gitops-config: the token is not valid/,
    ],
    [
      'a rate limit that outlasts the retries',
      {},
      (github: GitHubTestServer) =>
        github.injectFault({ operation: 'graphql', status: 200, retryAfter: 0, times: 4 }),
      /^GitHub's rate limit stopped GraphQL query promotionSnapshot for acme\/gitops-config \(API rate limit exceeded for installation ID 1\..*\), and waiting for it was given up/,
    ],
  ])('%s: explained, and nothing written', async (_name, inputs, before, message) => {
    const github = await start({ strict: false });
    before(github);
    const run = await promote(github, { inputs });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual([expect.stringMatching(message)]);
    const said = `${run.stdout}${run.stderr}`.replace(/^::add-mask::.*$/gm, '');
    expect(said).not.toContain('ghs_refused');
    expect(github.requests.filter((r) => r.method !== 'POST' || r.path !== '/graphql')).toEqual([]);
    expect(await github.git(['for-each-ref', '--format=%(refname)'])).toBe('refs/heads/main\n');
  });

  test('a base that moved between runs: the branch is rebuilt on the new base', async () => {
    const github = await start();
    await promote(github);
    const moved = golden('input', VALUES).replace(
      'replicaCount: 2\n  image:\n    repository: ghcr.io/splattop/web',
      'replicaCount: 3\n  image:\n    repository: ghcr.io/splattop/web',
    );
    const newMain = await github.commitFiles('main', { [VALUES]: moved, 'docs/x.md': 'x\n' });
    const run = await promote(github);
    expectSuccess(run);
    expect(run.outputs.operation).toBe('updated');
    const sha = run.outputs['commit-sha'] as string;
    expect((await commitOf(github, sha)).parents).toEqual([newMain]);
    expect(await gitOut(github, ['rev-list', '--count', 'main..promote/staging'])).toBe('1');
    const expected = golden('expected', VALUES).replace(
      'replicaCount: 2\n  image:\n    repository: ghcr.io/splattop/web',
      'replicaCount: 3\n  image:\n    repository: ghcr.io/splattop/web',
    );
    expect(await github.readFile(sha, VALUES)).toBe(expected);
    expect(await github.readFile(sha, 'docs/x.md')).toBe('x\n');
    expect(github.pulls).toHaveLength(1);
    expect(github.violations).toEqual([]);
  });

  test('a file that does not parse: a clear error at its line, and nothing written', async () => {
    const github = await start({
      files: {
        ...SEED_FILES,
        'helm/broken/values-staging.yaml': 'api:\n  image: [ghcr.io/x\n  tag: }\n',
      },
    });
    const run = await promote(github);
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error' && a.properties.file);
    expect(error?.properties).toMatchObject({ file: 'helm/broken/values-staging.yaml' });
    expect(Number(error?.properties.line)).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/::error::helm\/broken\/values-staging\.yaml:\d+: /);
    expect(await github.branchSha('promote/staging')).toBeUndefined();
    expect(github.pulls).toEqual([]);
    expect(
      github.requests.filter(
        (r) => r.method !== 'GET' && r.operation !== 'graphql query repository',
      ),
    ).toEqual([]);
    expect(github.violations).toEqual([]);
  });
});

describe('the body is safe to render', () => {
  test('Markdown and HTML from the files and names are escaped or inert', async () => {
    const hostile = `<img src=x onerror=alert(1)>`;
    const values = [
      'a_b_:',
      '  image:',
      '    repository: ghcr.io/acme/a_b_',
      `    tag: "${hostile}|x"`,
      '',
    ].join('\n');
    const github = await start({ files: { 'helm/**x**<em>y<em>/values-staging.yaml': values } });
    const run = await promote(github, { tags: { a_b_: { tag: '1.0.0', digest: digest('b') } } });
    expectSuccess(run);
    const body = (await github.getPull(1)).body ?? '';
    expect(body).toContain(
      `| a\\_b\\_ | staging | \`helm/**x**<em>y<em>/values-staging.yaml\` | \`${hostile}\\|x\` | \`1.0.0\` |`,
    );
    const outsideCode = body.replace(/```json[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    expect(outsideCode).not.toMatch(/<img|<em>|\*\*x/);
    expect(body).toContain('\\u003cimg src=x onerror=alert(1)\\u003e');
    expect(github.violations).toEqual([]);
  });
});

describe('component-tags from an artifact', () => {
  test('of another run, downloaded through the API (findBy)', async () => {
    const github = await start();
    github.addArtifact(4242, 'component-tags', {
      'component-tags.json': JSON.stringify(SEED_TAGS),
    });
    const run = await promote(github, {
      tags: {},
      inputs: {
        'artifact-name': 'component-tags',
        'run-id': '4242',
        'artifact-repository': `${OWNER}/${REPO}`,
      },
    });
    expectSuccess(run);
    expect(run.outputs.operation).toBe('created');
    expect(await github.readFile('promote/staging', VALUES)).toBe(golden('expected', VALUES));
    expect(github.countRequests({ operation: 'actions/download-artifact' })).toBe(1);
    expect((await github.getPull(1)).body).toContain(
      `(https://github.com/${OWNER}/${REPO}/commit/abc1234def5678abc1234def5678abc1234def56)`,
    );
    expect(github.violations).toEqual([]);
  });

  test('of this run (the artifact directory store), with a missing file named clearly', async () => {
    const github = await start();
    const store = mkdtempSync(join(tmpdir(), 'artifacts-'));
    mkdirSync(join(store, 'component-tags'));
    writeFileSync(join(store, 'component-tags', 'tags.json'), JSON.stringify(SEED_TAGS));
    const env = { GITOPS_PROMOTE_ARTIFACT_DIR: store };
    const inputs = { 'artifact-name': 'component-tags' };
    const missing = await promote(github, { env, inputs });
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toContain(
      `::error::Input 'component-tags': "component-tags.json" is not a file in artifact 'component-tags' (it holds tags.json)`,
    );
    const run = await promote(github, {
      env,
      inputs: { ...inputs, 'component-tags': 'tags.json' },
    });
    expectSuccess(run);
    expect(run.outputs.operation).toBe('created');
    expect(github.violations).toEqual([]);
  });
});

describe('request counts', () => {
  /** A config repo with one values file per service, and component tags bumping them all. */
  function manyFiles(n: number) {
    const files: Record<string, string> = {};
    const tags: ComponentTags = {};
    for (let i = 0; i < n; i++) {
      const service = `svc-${i}`;
      files[`helm/${service}/values-staging.yaml`] =
        `${service}:\n  image:\n    repository: ghcr.io/acme/${service}\n    tag: "1.0.0"\n`;
      tags[service] = { tag: '1.1.0', digest: digest((i % 10).toString()) };
    }
    return { files, tags };
  }

  /** What every run reads: base, branch and pull request in one query, the tree, the files. */
  const READS = ['graphql query repository', 'git/get-tree', 'graphql query repository'];
  /** The write of a new branch: a tree with the files inline, its commit, the branch. */
  const WRITE = ['git/create-tree', 'git/create-commit', 'git/create-ref'];

  test.each([1, 10, 100])(
    '%i changed files cost the same requests: 8 to open a pull request, 4 to re-run',
    async (n) => {
      const { files, tags } = manyFiles(n);
      const github = await start({ files });
      const created = await promote(github, { tags });
      expectSuccess(created);
      expect(created.outputs.operation).toBe('created');
      expect(operations(github)).toEqual([...READS, ...WRITE, 'pulls/create', 'issues/add-labels']);
      github.resetCounts();
      const unchanged = await promote(github, { tags });
      expectSuccess(unchanged);
      expect(unchanged.outputs.operation).toBe('unchanged');
      expect(operations(github)).toEqual([...READS, 'git/create-tree']);
      expect(github.violations).toEqual([]);
    },
  );

  test.each([1, 10, 100])(
    '%i changed files with reviewers and auto-merge: 10 requests, then 4 to re-run',
    async (n) => {
      const { files, tags } = manyFiles(n);
      const github = await start({ files, allowAutoMerge: true });
      const inputs = { reviewers: 'platform-dri', 'auto-merge': 'squash' };
      const created = await promote(github, { tags, inputs });
      expectSuccess(created);
      expect(JSON.parse(created.outputs.changes as string)).toHaveLength(2 * n);
      expect(await gitOut(github, ['diff', '--name-only', 'main..promote/staging'])).toBe(
        Object.keys(files).sort().join('\n'),
      );
      expect(operations(github)).toEqual([
        ...READS,
        ...WRITE,
        'pulls/create',
        'issues/add-labels',
        'pulls/request-reviewers',
        'graphql mutation enablePullRequestAutoMerge',
      ]);
      github.resetCounts();
      const unchanged = await promote(github, { tags, inputs });
      expectSuccess(unchanged);
      expect(unchanged.outputs.operation).toBe('unchanged');
      expect(operations(github)).toEqual([...READS, 'git/create-tree']);
      expect(github.violations).toEqual([]);
    },
  );
});
