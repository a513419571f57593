import { describe, expect, test } from 'vitest';
import { graphqlErrorsOf, httpStatusOf } from './github-api.js';
import {
  explainingGitHubApi,
  GitHubQueryError,
  GitHubRequestError,
  permissionFor,
} from './github-errors.js';

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

describe('explainingGitHubApi, GraphQL', () => {
  const QUERY = 'query promotionSnapshot($owner: String!) { repository { id } }';
  /** An error as Octokit's graphql throws it: a GraphqlResponseError, or an HTTP error. */
  const graphqlError = (errors: Array<{ type: string; message: string }>) =>
    Object.assign(new Error('Request failed due to following response errors'), {
      name: 'GraphqlResponseError',
      errors,
      data: { repository: null },
    });
  const failing = (error: unknown) =>
    explainingGitHubApi(
      { request: () => Promise.resolve({} as never), graphql: () => Promise.reject(error) },
      { owner: 'acme', repo: 'config' },
    ).graphql(QUERY, {});

  test.each([
    [
      'NOT_FOUND, a repository the token cannot see',
      graphqlError([
        {
          type: 'NOT_FOUND',
          message: "Could not resolve to a Repository with the name 'acme/config'.",
        },
      ]),
      404,
      /^GitHub answered 404 Not Found to GraphQL query promotionSnapshot for acme\/config \(GraphQL NOT_FOUND: Could not resolve to a Repository with the name 'acme\/config'\.\): .*lacks contents: read and pull-requests: read on acme\/config/,
    ],
    [
      'FORBIDDEN, a token without the permission',
      graphqlError([{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }]),
      403,
      /^GitHub answered 403 Forbidden to GraphQL query promotionSnapshot for acme\/config \(GraphQL FORBIDDEN: Resource not accessible by integration\)/,
    ],
    [
      'HTTP 401, a refused token',
      Object.assign(new Error('Bad credentials'), { status: 401 }),
      401,
      /^GitHub answered 401 Unauthorized to GraphQL query promotionSnapshot for acme\/config: the token is not valid/,
    ],
    [
      'RATE_LIMITED, given up by the throttling plugin',
      Object.assign(new Error('GraphQL Rate Limit Exceeded'), {
        data: {
          errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation.' }],
        },
      }),
      403,
      /^GitHub's rate limit stopped GraphQL query promotionSnapshot for acme\/config \(API rate limit exceeded for installation\.\), and waiting for it was given up/,
    ],
  ])('%s', async (_name, error, status, message) => {
    const thrown = await failing(error).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(GitHubQueryError);
    expect((thrown as Error).message).toMatch(message);
    expect(httpStatusOf(thrown)).toBe(status);
  });

  test("the errors stay on the explained error, so a caller still reads GraphQL's messages", async () => {
    const errors = [
      { type: 'NOT_FOUND', message: "Could not resolve to a node with the global id of 'x'" },
    ];
    const thrown = await failing(graphqlError(errors)).catch((e: unknown) => e);
    expect(graphqlErrorsOf(thrown)).toEqual([
      "Could not resolve to a node with the global id of 'x'",
    ]);
  });

  test('an UNPROCESSABLE answer (auto-merge refused) passes through untouched', async () => {
    const error = graphqlError([
      {
        type: 'UNPROCESSABLE',
        message: 'Pull request Auto merge is not allowed for this repository',
      },
    ]);
    await expect(failing(error)).rejects.toBe(error);
  });
});

describe('explainingGitHubApi, a REST rate limit given up', () => {
  test('is explained as a rate limit, not as a missing permission', async () => {
    const api = explainingGitHubApi(
      {
        request: () =>
          Promise.reject(
            Object.assign(new Error('API rate limit exceeded for installation.'), { status: 403 }),
          ),
        graphql: () => Promise.resolve({} as never),
      },
      { owner: 'acme', repo: 'config' },
    );
    const thrown = await api
      .request('POST /repos/{owner}/{repo}/pulls', {})
      .catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(GitHubRequestError);
    expect((thrown as Error).message).toMatch(
      /^GitHub's rate limit stopped POST \/repos\/\{owner\}\/\{repo\}\/pulls for acme\/config \(API rate limit exceeded for installation\.\)/,
    );
    expect((thrown as Error).message).not.toMatch(/lacks/);
  });
});
