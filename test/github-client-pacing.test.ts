/**
 * How the actions' GitHub client paces its requests, timed by the local GitHub (each request's
 * arrival): GraphQL queries are reads and go out at once, one after another; REST writes and
 * GraphQL mutations keep the throttling plugin's pause between writes (1 s, GitHub's guidance
 * for mutative requests), or GITOPS_PROMOTE_WRITE_INTERVAL_MS when set.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { closeChecked } from './support/github-server/each-test.js';
import { createGitHubApi } from '@gitops-promote/action-kit/github';
import type { GitHubApi } from '@gitops-promote/core/promotion';
import { startGitHubServer, type GitHubTestServer } from './support/github-server/index.js';

const owner = 'acme';
const repo = 'config';

/** Two reads open-promotion-pr makes, in the shape it makes them. */
const SNAPSHOT = `query snapshot($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) { defaultBranchRef { name target { oid } } }
}`;
const VIEWER = `# a comment that says mutation is no mutation
{ viewer { login } }`;
const AUTO_MERGE = `mutation enableAutoMerge($pullRequestId: ID!) {
  enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId, mergeMethod: SQUASH}) {
    pullRequest { number }
  }
}`;

let server: GitHubTestServer;

beforeEach(async () => {
  server = await startGitHubServer({ owner, repo, allowAutoMerge: true });
});

afterEach(() => closeChecked(server));

function client(env: NodeJS.ProcessEnv): Promise<GitHubApi> {
  return createGitHubApi(server.token, server.apiUrl, { warn: () => undefined, env });
}

/** How long the client waited, in ms, between each answer and the next request's arrival. */
function idleGaps(): number[] {
  const requests = server.requests;
  return requests.slice(1).map((r, i) => r.receivedAt - (requests[i]?.answeredAt as number));
}

/**
 * Ms between the arrivals of consecutive requests. Bottleneck's minTime runs from the start of
 * one write's turn to the next's; each request then takes a few ms (more when its code is still
 * cold) to reach the server, so an arrival gap may fall a little short of the interval.
 */
function startGaps(): number[] {
  const requests = server.requests;
  return requests.slice(1).map((r, i) => r.receivedAt - (requests[i]?.receivedAt as number));
}

const blob = (api: GitHubApi, content: string) =>
  api.request('POST /repos/{owner}/{repo}/git/blobs', { owner, repo, content });

describe('GitHub request pacing', () => {
  test('with GitHub’s spacing, two GraphQL queries in a row do not wait; a write after a write does', async () => {
    const api = await client({});
    await api.graphql(SNAPSHOT, { owner, name: repo });
    await api.graphql(VIEWER);
    await blob(api, 'first');
    await blob(api, 'second');
    expect(server.requests.map((r) => r.operation)).toEqual([
      'graphql query repository',
      'graphql query viewer',
      'git/create-blob',
      'git/create-blob',
    ]);
    const [queryGap, queryToWrite] = idleGaps() as [number, number];
    // Spaced, the second query would wait most of the plugin's 1 s; unspaced, it goes at once.
    expect(queryGap).toBeLessThan(300);
    expect(queryToWrite).toBeLessThan(300);
    expect(startGaps()[2]).toBeGreaterThanOrEqual(900);
  });

  test.each([
    ['a REST write', 'POST /repos/{owner}/{repo}/git/blobs'],
    ['a GraphQL mutation', 'enablePullRequestAutoMerge'],
  ])('%s after a write waits GITOPS_PROMOTE_WRITE_INTERVAL_MS', async (_, second) => {
    await server.commitFiles('promote/prod', { 'values.yaml': 'tag: "2"\n' });
    const api = await client({ GITOPS_PROMOTE_WRITE_INTERVAL_MS: '400' });
    const pull = await api.request<{ node_id: string }>('POST /repos/{owner}/{repo}/pulls', {
      owner,
      repo,
      head: 'promote/prod',
      base: 'main',
      title: 'Promote',
    });
    if (second === 'enablePullRequestAutoMerge')
      await api.graphql(AUTO_MERGE, { pullRequestId: pull.data.node_id });
    else await blob(api, 'after the pull request');
    expect(server.requests).toHaveLength(2);
    expect(startGaps()[0]).toBeGreaterThanOrEqual(300);
  });

  test('a query right after a write does not wait for the write interval', async () => {
    const api = await client({ GITOPS_PROMOTE_WRITE_INTERVAL_MS: '1500' });
    await blob(api, 'first');
    await api.graphql(SNAPSHOT, { owner, name: repo });
    await api.graphql(SNAPSHOT, { owner, name: repo });
    expect(idleGaps()).toEqual([expect.any(Number), expect.any(Number)]);
    for (const gap of idleGaps()) expect(gap).toBeLessThan(300);
  });
});
