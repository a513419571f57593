/**
 * The core's GitHub client for promotions, in process against the local GitHub server: the
 * fallbacks a race or a retried request needs, and how files are read.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { FileError } from '@gitops-promote/core';
import type { GitHubApi } from '@gitops-promote/core/promotion';
import { pointBranch } from '../packages/core/src/promotion/branch-writer.js';
import {
  createPullRequest,
  tryRequestReviewers,
} from '../packages/core/src/promotion/pull-requests.js';
import { readFileTexts, readTree } from '../packages/core/src/promotion/repository-reader.js';
import {
  createTestOctokit,
  startGitHubServer,
  type GitHubTestServer,
} from './support/github-server/index.js';

const repository = { owner: 'acme', repo: 'config' };
let server: GitHubTestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp(
  files: Record<string, string>,
): Promise<{ github: GitHubTestServer; api: GitHubApi }> {
  server = await startGitHubServer({ ...repository, files });
  const octokit = createTestOctokit(server);
  return {
    github: server,
    api: {
      request: (route, params) => octokit.request(route, { ...params, request: {} }),
      graphql: (query, variables) => octokit.graphql(query, variables),
    },
  };
}

const messages = () => {
  const warnings: string[] = [];
  return { warnings, log: { info: () => undefined, warning: (m: string) => warnings.push(m) } };
};

describe('reading files', () => {
  test('one GraphQL request for all files; a blob shared by two paths is read once', async () => {
    const { github, api } = await setUp({
      'a/values.yaml': 'x: 1\r\n',
      'b/values.yaml': 'x: 1\r\n',
      'c/values.yaml': '\uFEFFy: "é"\n',
    });
    const tree = await readTree(api, repository, 'main');
    github.resetCounts();
    const files = await readFileTexts(
      api,
      repository,
      tree.entries.filter((e) => e.type === 'blob' && e.path !== 'README.md'),
    );
    expect(files.map((f) => [f.path, f.text])).toEqual([
      ['a/values.yaml', 'x: 1\r\n'],
      ['b/values.yaml', 'x: 1\r\n'],
      ['c/values.yaml', '\uFEFFy: "é"\n'],
    ]);
    expect(github.requests.map((r) => r.operation)).toEqual(['graphql query repository']);
    expect(github.violations).toEqual([]);
  });

  test('a binary file is a FileError naming it', async () => {
    const { github, api } = await setUp({ 'bin/values.yaml': 'a\u0000b' });
    const tree = await readTree(api, repository, 'main');
    const read = readFileTexts(
      api,
      repository,
      tree.entries.filter((e) => e.path === 'bin/values.yaml'),
    );
    await expect(read).rejects.toThrow(FileError);
    await expect(read).rejects.toThrow(
      'bin/values.yaml: is not UTF-8 text; only text files can be bumped',
    );
    expect(github.violations).toEqual([]);
  });
});

describe('fallbacks for races and retried writes', () => {
  test('creating a branch that exists meanwhile force-updates it', async () => {
    const { github, api } = await setUp({ 'a.yaml': 'a: 1\n' });
    const main = (await github.branchSha('main')) as string;
    const other = await github.commitFiles('promote/dev', { 'a.yaml': 'a: 2\n' });
    expect(other).not.toBe(main);
    await pointBranch(api, repository, 'promote/dev', main, false);
    expect(await github.branchSha('promote/dev')).toBe(main);
    expect(github.countRequests({ operation: 'git/create-ref', status: 422 })).toBe(1);
    expect(github.violations).toEqual([]);
  });

  test('opening a pull request that exists meanwhile returns the open one', async () => {
    const { github, api } = await setUp({ 'a.yaml': 'a: 1\n' });
    await github.commitFiles('promote/dev', { 'a.yaml': 'a: 2\n' });
    const pull = { branch: 'promote/dev', base: 'main', title: 't', body: 'b', draft: false };
    const first = await createPullRequest(api, repository, pull);
    const second = await createPullRequest(api, repository, { ...pull, title: 'other' });
    expect(first).toMatchObject({ created: true, pull: { number: 1 } });
    expect(second).toMatchObject({ created: false, pull: { number: 1, title: 't' } });
    expect(github.violations).toEqual([]);
  });

  test('a review request GitHub refuses is a warning', async () => {
    const { github, api } = await setUp({ 'a.yaml': 'a: 1\n' });
    await github.commitFiles('promote/dev', { 'a.yaml': 'a: 2\n' });
    const { pull } = await createPullRequest(api, repository, {
      branch: 'promote/dev',
      base: 'main',
      title: 't',
      body: '',
      draft: false,
    });
    const { warnings, log } = messages();
    const requested = await tryRequestReviewers(
      api,
      repository,
      pull.number,
      { reviewers: [pull.author], teams: [] },
      log,
    );
    expect(requested).toBe(false);
    expect(warnings).toEqual([
      expect.stringContaining('Review cannot be requested from pull request author'),
    ]);
    expect(github.violations).toEqual([]);
  });
});
