/**
 * The gates' reads through the API (`explainGates`, what `promote --explain` prints): the
 * introducing commit found by trailer or by file content over real git history, and required
 * checks from commit statuses and check runs, on the local GitHub checked against GitHub's
 * OpenAPI description. Nothing is written.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { withChangeTrailers } from '@gitops-promote/core/git';
import {
  evaluateGates,
  explainGates,
  gatesFor,
  parsePolicy,
  readCheckStates,
  readGateFacts,
  type GatesRequest,
} from '@gitops-promote/core/promotion';
import { git } from './support/git-fixture.js';
import {
  createTestOctokit,
  startGitHubServer,
  type GitHubTestServer,
} from './support/github-server/index.js';

const FILE = 'envs/staging/values.yaml';
const D = (c: string) => `sha256:${c.repeat(64)}`;
const repository = { owner: 'acme', repo: 'config' };
const log = { info: () => undefined, warning: () => undefined };
const NOW = new Date('2026-12-02T12:00:00Z');

let server: GitHubTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(policy: string) {
  server = await startGitHubServer({
    ...repository,
    files: { [FILE]: `api:\n  digest: ${D('1')}\n`, '.gitops-promote/policy.yaml': policy },
  });
  return { github: server, api: createTestOctokit(server) };
}

const request = (extra: Partial<GatesRequest> = {}): GatesRequest => ({
  repository,
  base: '',
  environment: 'prod',
  mode: 'promote',
  from: 'staging',
  hotfix: false,
  policy: { path: '.gitops-promote/policy.yaml', explicit: false },
  now: NOW,
  sources: [{ service: 'api', digest: D('3'), file: FILE }],
  ...extra,
});

describe('explainGates', () => {
  test.each([
    ['by its trailer', true],
    ['by the file content (a hand edit)', false],
  ])(
    'the introducing commit is found %s, and later commits do not reset its age',
    async (_name, trailer) => {
      const { github, api } = await start('environments:\n  prod:\n    soak: 24h\n');
      const message = trailer
        ? withChangeTrailers('bump api', [
            { service: 'api', file: FILE, field: 'digest', from: D('1'), to: D('3') },
          ])
        : 'hand edit';
      const introduced = await github.commitFiles(
        'main',
        { [FILE]: `api:\n  digest: ${D('3')}\n` },
        message,
        new Date('2026-12-01T06:00:00Z'),
      );
      await github.commitFiles(
        'main',
        { [FILE]: `# reviewed\napi:\n  digest: ${D('3')}\n` },
        'comment',
        new Date('2026-12-02T11:00:00Z'),
      );
      const { report, policyFound } = await explainGates(api, request(), ['api'], log);
      expect(policyFound).toBe(true);
      expect(report.services[0]?.verdicts).toEqual([
        {
          gate: 'soak',
          verdict: 'pass',
          reason: `in staging since 2026-12-01T06:00:00Z (${introduced.slice(0, 7)}), 1d 6h, soak 24h`,
        },
      ]);
      expect(github.violations).toEqual([]);
    },
  );

  test('a digest no listed commit wrote waits with no time known', async () => {
    const { github, api } = await start('environments:\n  prod:\n    soak: 1h\n');
    const { report } = await explainGates(api, request(), ['api'], log);
    expect(report).toMatchObject({ eligible: [], waiting: ['api'] });
    expect(report.eligibleAt).toBeUndefined();
    expect(github.violations).toEqual([]);
  });

  test('the policy and the facts cost few requests, and none is a write', async () => {
    const { github, api } = await start(
      'environments:\n  prod:\n    soak: 1h\n    require-checks: [ci]\n',
    );
    github.resetCounts();
    await explainGates(api, request(), ['api'], log);
    // The base (3 reads), the policy's blob (GraphQL), the file's history, one file's text.
    expect(github.requests.map((r) => r.operation)).toEqual([
      'repos/get',
      'git/get-ref',
      'git/get-tree',
      'graphql query repository',
      'repos/list-commits',
      'repos/get-content',
    ]);
    expect(github.requests.every((r) => r.method === 'GET' || r.path.endsWith('/graphql'))).toBe(
      true,
    );
  });
});

/** Commit `text` to FILE as a rebase or cherry-pick leaves it: an old author date, a new committer one. */
async function pushRebased(
  github: GitHubTestServer,
  text: string,
  message: string,
  dates: { author: string; committer: string },
): Promise<string> {
  const clone = mkdtempSync(join(tmpdir(), 'gates-rebased-'));
  git(clone, ['clone', '-q', github.bareRepoPath, '.']);
  writeFileSync(join(clone, FILE), text);
  git(clone, ['add', FILE]);
  git(clone, ['commit', '-q', '-m', message], {
    GIT_AUTHOR_DATE: dates.author,
    GIT_COMMITTER_DATE: dates.committer,
  });
  git(clone, ['push', '-q', 'origin', 'HEAD:main']);
  return git(clone, ['rev-parse', 'HEAD']);
}

describe('the introducing commit', () => {
  test('is dated by its committer (when it reached the branch), not its author', async () => {
    const { github, api } = await start('environments:\n  prod:\n    soak: 24h\n');
    const message = withChangeTrailers('bump api', [
      { service: 'api', file: FILE, field: 'digest', from: D('1'), to: D('3') },
    ]);
    const sha = await pushRebased(github, `api:\n  digest: ${D('3')}\n`, message, {
      author: '2026-11-20T09:00:00Z',
      committer: '2026-12-02T10:00:00Z',
    });
    const { report } = await explainGates(api, request(), ['api'], log);
    expect(report.services[0]?.verdicts).toEqual([
      {
        gate: 'soak',
        verdict: 'wait',
        reason: `in staging since 2026-12-02T10:00:00Z (${sha.slice(0, 7)}), 2h of 24h; soaked at 2026-12-03T10:00:00Z`,
        opensAt: '2026-12-03T10:00:00Z',
      },
    ]);
    expect(github.violations).toEqual([]);
  });

  /** FILE's history: the trailer commit for D('3'), then `later` commits that keep it. */
  async function history(github: GitHubTestServer, later: number): Promise<string> {
    const introduced = await github.commitFiles(
      'main',
      { [FILE]: `api:\n  digest: ${D('3')}\n` },
      withChangeTrailers('bump api', [
        { service: 'api', file: FILE, field: 'digest', from: D('1'), to: D('3') },
      ]),
      new Date('2026-11-30T12:00:00Z'),
    );
    for (let i = 0; i < later; i++)
      await github.commitFiles(
        'main',
        { [FILE]: `# note ${i}\napi:\n  digest: ${D('3')}\n` },
        `note ${i}`,
        new Date('2026-12-01T12:00:00Z'),
      );
    return introduced;
  }

  const facts = async (github: GitHubTestServer, api: ReturnType<typeof createTestOctokit>) =>
    readGateFacts(api, repository, {
      baseSha: (await github.branchSha('main')) as string,
      images: [{ service: 'api', digest: D('3'), file: FILE }],
      requireChecks: [],
      historyLimit: { perPage: 4, pages: 3 },
    });

  test('is searched page after page, within the bound', async () => {
    const { github, api } = await start('environments: {}\n');
    const introduced = await history(github, 9);
    github.resetCounts();
    const [candidate] = await facts(github, api);
    expect(candidate?.introduced?.sha).toBe(introduced);
    expect(candidate?.historyCut).toBeUndefined();
    // 10 commits of the file at 4 a page: the trailer is on the third page.
    expect(github.countRequests({ operation: 'repos/list-commits' })).toBe(3);
    expect(github.violations).toEqual([]);
  });

  test('past the bound: the verdict says the history was cut, and no age is guessed', async () => {
    const { github, api } = await start('environments: {}\n');
    await history(github, 12);
    const candidates = await facts(github, api);
    expect(candidates).toEqual([{ service: 'api', digest: D('3'), historyCut: 12 }]);
    expect(github.countRequests({ operation: 'repos/list-commits' })).toBe(3);
    const report = evaluateGates({
      environment: 'prod',
      from: 'staging',
      gates: gatesFor(parsePolicy('p.yaml', 'environments:\n  prod:\n    soak: 1h\n'), 'prod'),
      policyPath: 'p.yaml',
      mode: 'promote',
      hotfix: false,
      now: NOW,
      candidates,
    });
    expect(report.services[0]?.verdicts).toEqual([
      {
        gate: 'soak',
        verdict: 'wait',
        reason: `no commit of staging's files that wrote ${D('3')} was found in the newest 12 commits of its file (the history was cut there), so its age is unknown`,
      },
    ]);
    expect(report.eligibleAt).toBeUndefined();
  });
});

describe('services bumped together', () => {
  test('share the introducing commit, whose checks are read once', async () => {
    const { github, api } = await start('environments:\n  prod:\n    require-checks: [ci]\n');
    const sha = await github.commitFiles(
      'main',
      { [FILE]: `api:\n  digest: ${D('3')}\nweb:\n  digest: ${D('4')}\n` },
      withChangeTrailers('bump api, web', [
        { service: 'api', file: FILE, field: 'digest', from: D('1'), to: D('3') },
        { service: 'web', file: FILE, field: 'digest', from: '', to: D('4') },
      ]),
    );
    github.addCheckRun(sha, { name: 'ci', conclusion: 'success' });
    github.resetCounts();
    const sources = [
      { service: 'api', digest: D('3'), file: FILE },
      { service: 'web', digest: D('4'), file: FILE },
    ];
    const { report } = await explainGates(api, request({ sources }), ['api', 'web'], log);
    expect(report.eligible).toEqual(['api', 'web']);
    expect(github.countRequests({ operation: 'repos/list-commits' })).toBe(1);
    expect(github.countRequests({ operation: 'checks/list-for-ref' })).toBe(1);
    expect(github.countRequests({ operation: 'repos/get-combined-status-for-ref' })).toBe(1);
    expect(github.violations).toEqual([]);
  });
});

describe('readCheckStates', () => {
  test.each([
    ['a success status', [{ state: 'success' }], [], 'success'],
    ['a pending status', [{ state: 'pending' }], [], 'pending'],
    ['an error status', [{ state: 'error' }], [], 'failure'],
    ['a successful check run', [], [{ conclusion: 'success' }], 'success'],
    ['a neutral check run', [], [{ conclusion: 'neutral' }], 'success'],
    ['a running check run', [], [{ status: 'in_progress' }], 'pending'],
    ['a timed-out check run', [], [{ conclusion: 'timed_out' }], 'failure'],
    [
      'a success status but a failed run',
      [{ state: 'success' }],
      [{ conclusion: 'failure' }],
      'failure',
    ],
    ['nothing reported', [], [], 'missing'],
  ] as const)('%s', async (_name, statuses, runs, expected) => {
    const { github, api } = await start('environments: {}\n');
    const sha = (await github.branchSha('main')) as string;
    for (const s of statuses) github.addCommitStatus(sha, { ...s, context: 'ci' });
    for (const r of runs) github.addCheckRun(sha, { name: 'ci', ...r });
    github.addCommitStatus(sha, { state: 'failure', context: 'other' });
    expect(await readCheckStates(api, repository, sha, ['ci'])).toEqual({ ci: expected });
    expect(github.violations).toEqual([]);
  });
});
