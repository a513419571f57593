import { describe, expect, test } from 'vitest';
import { httpStatusOf } from './github-api.js';
import { explainingGitHubApi, GitHubRequestError, permissionFor } from './github-errors.js';

describe('permissionFor', () => {
  test.each([
    ['GET /repos/{owner}/{repo}', 'metadata: read (access to the repository)'],
    ['GET /repos/{owner}/{repo}/git/ref/{ref}', 'contents: read'],
    ['POST /repos/{owner}/{repo}/git/commits', 'contents: write'],
    ['POST /repos/{owner}/{repo}/pulls', 'pull-requests: write'],
    ['POST /repos/{owner}/{repo}/issues/{issue_number}/labels', 'pull-requests: write'],
    ['GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', 'actions: read'],
  ])('%s -> %s', (route, permission) => {
    expect(permissionFor(route)).toBe(permission);
  });
});

describe('explainingGitHubApi', () => {
  const failing = (status: number) =>
    explainingGitHubApi(
      {
        request: () =>
          Promise.reject(Object.assign(new Error('Not Found - https://docs'), { status })),
        graphql: () => Promise.resolve({} as never),
      },
      { owner: 'acme', repo: 'config' },
    );

  test('a 404 names the request, the repository and the permission; the status is kept', async () => {
    const request = failing(404).request('POST /repos/{owner}/{repo}/pulls', {});
    await expect(request).rejects.toThrow(GitHubRequestError);
    await expect(request).rejects.toThrow(
      /^GitHub answered 404 Not Found to POST \/repos\/\{owner\}\/\{repo\}\/pulls for acme\/config: .*lacks pull-requests: write on acme\/config/,
    );
    expect(httpStatusOf(await request.catch((e: unknown) => e))).toBe(404);
  });

  test('other statuses pass through untouched', async () => {
    const request = failing(422).request('POST /repos/{owner}/{repo}/git/refs', {});
    await expect(request).rejects.toThrow('Not Found - https://docs');
    await expect(request).rejects.not.toThrow(GitHubRequestError);
  });
});
