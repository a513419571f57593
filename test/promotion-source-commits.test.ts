/**
 * What a promotion contains: the source commits between two shas, from the compare API of
 * the local GitHub (checked against GitHub's OpenAPI description), over real git history.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { sourceCommitsSection, tryReadSourceCommits } from '@gitops-promote/core/promotion';
import {
  createTestOctokit,
  startGitHubServer,
  type GitHubTestServer,
} from './support/github-server/index.js';

let server: GitHubTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function appRepository(commits: number) {
  server = await startGitHubServer({ owner: 'acme', repo: 'shop', files: { 'README.md': '#\n' } });
  const from = (await server.branchSha('main')) as string;
  let to = from;
  for (let i = 1; i <= commits; i++)
    to = await server.commitFiles('main', { 'n.txt': `${i}\n` }, `feat: change ${i} (#${100 + i})`);
  return { github: server, from, to, api: createTestOctokit(server) };
}

describe('tryReadSourceCommits', () => {
  test('lists the commits between the running and the proposed sha, with links', async () => {
    const { github, from, to, api } = await appRepository(3);
    const found = await tryReadSourceCommits(api, { owner: 'acme', repo: 'shop' }, { from, to });
    expect(found.kind).toBe('listed');
    const section = sourceCommitsSection('api', found);
    expect(section.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(3);
    expect(section).toContain('feat: change 1 (#101) by @octo-human');
    expect(section).toContain(`(${github.webUrl}/acme/shop/commit/${to})`);
    expect(github.violations).toEqual([]);
  });

  test('lists at most 50, with a link to the full comparison', async () => {
    const { github, from, to, api } = await appRepository(53);
    const found = await tryReadSourceCommits(api, { owner: 'acme', repo: 'shop' }, { from, to });
    const section = sourceCommitsSection('api', found);
    expect(section.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(50);
    expect(section).toContain(`3 more: [the full comparison](${github.webUrl}/acme/shop/compare/`);
    expect(github.violations).toEqual([]);
  });

  test.each([
    ['no token', false, true, 'abcdef1', /no source repository or token/],
    ['no repository', true, false, 'abcdef1', /no source repository or token/],
    ['an unknown running sha', true, true, 'unknown', /source commit is unknown/],
    ['a sha GitHub does not have', true, true, 'abcdef1', /GitHub answered 404/],
  ])(
    'omits the list with a note for %s, never failing',
    async (_name, withApi, withRepo, from, note) => {
      const { to, api } = await appRepository(1);
      const found = await tryReadSourceCommits(
        withApi ? api : undefined,
        withRepo ? { owner: 'acme', repo: 'shop' } : undefined,
        { from, to },
      );
      expect(found.kind).toBe('omitted');
      expect(sourceCommitsSection('api', found)).toMatch(note);
    },
  );
});
