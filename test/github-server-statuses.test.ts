/**
 * The local GitHub's commit statuses, check runs and commit history (list-commits with `sha`
 * and `path`), driven by the client the actions use and checked against the OpenAPI
 * description like every other endpoint.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { closeChecked, startWithClient } from './support/github-server/each-test.js';
import { type GitHubTestServer, type TestOctokit } from './support/github-server/index.js';

const owner = 'acme';
const repo = 'gitops-config';
let server: GitHubTestServer;
let octokit: TestOctokit;

beforeEach(async () => {
  ({ server, octokit } = await startWithClient({ owner, repo, files: { 'a.yaml': 'a: 1\n' } }));
});
afterEach(() => closeChecked(server));

describe('commit statuses', () => {
  test('create, list newest first, combined keeps the latest per context', async () => {
    const sha = (await server.branchSha('main')) as string;
    const created = await octokit.rest.repos.createCommitStatus({
      owner,
      repo,
      sha,
      state: 'pending',
      context: 'gitops-promote/gates',
      description: 'soak',
      target_url: 'https://github.com/acme/shop/actions/runs/1',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ state: 'pending', context: 'gitops-promote/gates' });
    await octokit.rest.repos.createCommitStatus({
      owner,
      repo,
      sha,
      state: 'success',
      context: 'gitops-promote/gates',
    });
    server.addCommitStatus(sha, { state: 'success', context: 'flux/staging' });
    const list = await octokit.rest.repos.listCommitStatusesForRef({ owner, repo, ref: 'main' });
    expect(list.data.map((s) => s.state)).toEqual(['success', 'success', 'pending']);
    const combined = await octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha });
    expect(combined.data.state).toBe('success');
    expect(combined.data.total_count).toBe(2);
    server.addCommitStatus(sha, { state: 'failure', context: 'flux/staging' });
    const again = await octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha });
    expect(again.data.state).toBe('failure');
    expect(server.commitStatuses(sha)).toHaveLength(4);
  });

  test.each([
    ['no status', [], 'pending'],
    ['one pending', ['pending', 'success'], 'pending'],
    ['an error', ['error', 'success'], 'failure'],
    ['all success', ['success', 'success'], 'success'],
  ] as const)('combined state with %s', async (_name, states, expected) => {
    const sha = (await server.branchSha('main')) as string;
    states.forEach((state, i) => server.addCommitStatus(sha, { state, context: `c${i}` }));
    const { data } = await octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha });
    expect(data.state).toBe(expected);
  });

  test('an unknown commit is 404 for combined and 404 for create', async () => {
    await expect(
      octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: 'f'.repeat(40) }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.rest.repos.createCommitStatus({ owner, repo, sha: 'f'.repeat(40), state: 'success' }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('check runs', () => {
  test('create and list for a ref, filtered by name', async () => {
    const sha = (await server.branchSha('main')) as string;
    const created = await octokit.rest.checks.create({
      owner,
      repo,
      name: 'e2e',
      head_sha: sha,
      status: 'completed',
      conclusion: 'success',
    });
    expect(created.status).toBe(201);
    server.addCheckRun(sha, { name: 'lint', status: 'in_progress' });
    const all = await octokit.rest.checks.listForRef({ owner, repo, ref: 'main' });
    expect(all.data.total_count).toBe(2);
    expect(all.data.check_runs.map((r) => [r.name, r.status, r.conclusion])).toEqual([
      ['lint', 'in_progress', null],
      ['e2e', 'completed', 'success'],
    ]);
    const named = await octokit.rest.checks.listForRef({
      owner,
      repo,
      ref: sha,
      check_name: 'e2e',
    });
    expect(named.data.check_runs.map((r) => r.name)).toEqual(['e2e']);
  });
});

describe('list commits', () => {
  test('newest first, narrowed by path and sha, with committer dates', async () => {
    const first = (await server.branchSha('main')) as string;
    const old = new Date('2026-11-30T10:00:00Z');
    const b = await server.commitFiles('main', { 'b.yaml': 'b: 1\n' }, 'add b', old);
    const a2 = await server.commitFiles('main', { 'a.yaml': 'a: 2\n' }, 'change a');
    const all = await octokit.rest.repos.listCommits({ owner, repo, sha: 'main' });
    expect(all.data.map((c) => c.sha)).toEqual([a2, b, first]);
    expect(all.data[1]?.commit.committer?.date).toBe('2026-11-30T10:00:00Z');
    const ofA = await octokit.rest.repos.listCommits({ owner, repo, sha: 'main', path: 'a.yaml' });
    expect(ofA.data.map((c) => c.sha)).toEqual([a2, first]);
    const fromB = await octokit.rest.repos.listCommits({ owner, repo, sha: b, per_page: 1 });
    expect(fromB.data.map((c) => c.sha)).toEqual([b]);
    expect(fromB.headers.link).toContain('rel="next"');
  });
});
