/**
 * The GraphQL fields the local GitHub answers for open-promotion-pr's reads, checked against
 * git and the REST side: `Repository.defaultBranchRef` / `ref(qualifiedName:)` with
 * `Ref.target` as a Commit (its tree and parents), `Repository.pullRequests` (head, base,
 * states, order, `first`), `PullRequest.labels`, `reviewRequests`, `headRepository`, and
 * GraphQL's rate-limit answer. A document GitHub would refuse is recorded as a violation.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeChecked, startWithClient } from './support/github-server/each-test.js';
import { type GitHubTestServer, type TestOctokit } from './support/github-server/index.js';

const owner = 'acme';
const repo = 'gitops-config';

let server: GitHubTestServer;
let octokit: TestOctokit;

beforeEach(async () => {
  ({ server, octokit } = await startWithClient({
    owner,
    repo,
    files: { 'README.md': '# config\n' },
  }));
});
afterEach(() => closeChecked(server));

/** A branch one commit ahead of main, and its pull request. */
async function openPull(head: string, title = head): Promise<number> {
  await server.commitFiles(head, { [`${head}.txt`]: `${head}\n` });
  const pull = await octokit.rest.pulls.create({ owner, repo, head, base: 'main', title });
  return pull.data.number;
}

const PULLS = `query($head: String, $states: [PullRequestState!], $first: Int, $direction: OrderDirection!) {
  repository(owner: "acme", name: "gitops-config") {
    pullRequests(headRefName: $head, states: $states, first: $first, orderBy: { field: CREATED_AT, direction: $direction }) {
      totalCount
      nodes {
        number headRefName baseRefName state
        headRepository { nameWithOwner }
        labels(first: 10) { nodes { name } }
        reviewRequests(first: 10) {
          nodes { requestedReviewer { __typename ... on User { login } ... on Team { slug } } }
        }
      }
    }
  }
}`;

interface PullsAnswer {
  repository: {
    pullRequests: {
      totalCount: number;
      nodes: Array<{
        number: number;
        headRefName: string;
        state: string;
        headRepository: { nameWithOwner: string };
        labels: { nodes: Array<{ name: string }> };
        reviewRequests: {
          nodes: Array<{
            requestedReviewer: { __typename: string; login?: string; slug?: string };
          }>;
        };
      }>;
    };
  };
}

describe('GraphQL reads of open-promotion-pr', () => {
  it('Ref.target is the commit git holds: its oid, tree and parents', async () => {
    const sha = await server.commitFiles('promote/staging', { 'a.txt': 'a\n' });
    const answer = await octokit.graphql<{
      repository: Record<string, { name: string; target: Record<string, unknown> } | null>;
    }>(`{
      repository(owner: "acme", name: "gitops-config") {
        main: defaultBranchRef { name target { ... on Commit { oid tree { oid } parents(first: 2) { nodes { oid } } } } }
        branch: ref(qualifiedName: "refs/heads/promote/staging") { name target { ... on Commit { oid tree { oid } parents(first: 2) { nodes { oid } } } } }
        missing: ref(qualifiedName: "refs/heads/nope") { name }
      }
    }`);
    const [tree, parent] = (await server.git(['log', '-1', '--format=%T %P', sha]))
      .trim()
      .split(' ');
    expect(answer.repository.branch).toEqual({
      name: 'promote/staging',
      target: { oid: sha, tree: { oid: tree }, parents: { nodes: [{ oid: parent }] } },
    });
    expect(answer.repository.main?.name).toBe('main');
    expect(answer.repository.main?.target.oid).toBe(parent);
    expect(answer.repository.main?.target.parents).toEqual({ nodes: [] });
    expect(answer.repository.missing).toBeNull();
  });

  it('Repository.pullRequests filters by head and state, orders, and pages by first', async () => {
    const first = await openPull('promote/staging');
    const second = await openPull('promote/prod');
    await octokit.rest.pulls.update({ owner, repo, pull_number: second, state: 'closed' });
    const third = await openPull('promote/dev');
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: first, labels: ['a', 'b'] });
    await octokit.rest.pulls.requestReviewers({
      owner,
      repo,
      pull_number: first,
      reviewers: ['oncall'],
      team_reviewers: ['platform'],
    });
    const ask = (variables: Record<string, unknown>) =>
      octokit.graphql<PullsAnswer>(PULLS, { first: 10, direction: 'ASC', ...variables });

    const staging = (await ask({ head: 'promote/staging', states: ['OPEN'] })).repository
      .pullRequests;
    expect(staging.totalCount).toBe(1);
    expect(staging.nodes[0]).toEqual({
      number: first,
      headRefName: 'promote/staging',
      baseRefName: 'main',
      state: 'OPEN',
      headRepository: { nameWithOwner: `${owner}/${repo}` },
      labels: { nodes: [{ name: 'a' }, { name: 'b' }] },
      reviewRequests: {
        nodes: [
          { requestedReviewer: { __typename: 'User', login: 'oncall' } },
          { requestedReviewer: { __typename: 'Team', slug: 'platform' } },
        ],
      },
    });
    const closed = await ask({ head: 'promote/prod', states: ['OPEN'] });
    expect(closed.repository.pullRequests.nodes).toEqual([]);
    const open = await ask({ states: ['OPEN'], direction: 'DESC' });
    expect(open.repository.pullRequests.nodes.map((p) => p.number)).toEqual([third, first]);
    const all = await ask({ first: 2 });
    expect(all.repository.pullRequests.totalCount).toBe(3);
    expect(all.repository.pullRequests.nodes.map((p) => p.number)).toEqual([first, second]);
  });
});

describe('GraphQL contract checks', () => {
  it.each([
    ['a connection without first', { first: null }, /must provide a `first` or `last` value/],
    ['first over 100', { first: 101 }, /exceeds the `first` limit of 100 records/],
  ])('%s is refused, as GitHub does, and recorded', async (_name, variables, message) => {
    await expect(octokit.graphql(PULLS, { direction: 'ASC', ...variables })).rejects.toThrow(
      message,
    );
    expect(server.takeViolations()).toEqual([expect.objectContaining({ kind: 'graphql' })]);
  });

  it('a cursor argument the server does not implement is recorded, not ignored', async () => {
    await expect(
      octokit.graphql(`{ repository(owner: "acme", name: "gitops-config") {
        pullRequests(first: 1, after: "Y3Vyc29yOjE=") { nodes { number } } } }`),
    ).rejects.toThrow(/does not implement Repository\.pullRequests\(after:\)/);
    expect(server.takeViolations()).toEqual([expect.objectContaining({ kind: 'graphql' })]);
  });

  it('an unknown argument is refused by the schema and recorded', async () => {
    await expect(
      octokit.graphql(`{ repository(owner: "acme", name: "gitops-config") {
        pullRequests(first: 1, head: "x") { nodes { number } } } }`),
    ).rejects.toThrow(/Unknown argument "head"/);
    expect(server.takeViolations()).toEqual([expect.objectContaining({ kind: 'graphql' })]);
  });

  it("GraphQL's rate limit is a 200 with RATE_LIMITED errors and x-ratelimit-remaining 0", async () => {
    server.injectFault({ operation: 'graphql', status: 200, retryAfter: 30 });
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { authorization: `token ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { login } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(response.headers.get('x-ratelimit-resource')).toBe('graphql');
    const body = (await response.json()) as { errors: Array<{ type: string; message: string }> };
    expect(body.errors).toEqual([
      { type: 'RATE_LIMITED', message: expect.stringMatching(/^API rate limit exceeded/) },
    ]);
    expect(server.countRequests({ operation: 'graphql', fault: true })).toBe(1);
  });
});
