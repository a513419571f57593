/**
 * The set-up of a test file that drives the local GitHub with the actions' client: start it
 * with a client before each test, and after it check that no request broke GitHub's contract
 * before closing it. Apart from index.ts because it asserts with vitest (the benchmarks load
 * index.ts outside vitest).
 */
import { expect } from 'vitest';
import {
  createTestOctokit,
  type GitHubServerOptions,
  type GitHubTestServer,
  startGitHubServer,
  type TestOctokit,
} from './index.js';

/** A started local GitHub and a client of it. */
export interface GitHubWithClient {
  server: GitHubTestServer;
  octokit: TestOctokit;
}

/** Start the local GitHub and a client of it, as the actions build theirs. */
export async function startWithClient(options: GitHubServerOptions): Promise<GitHubWithClient> {
  const server = await startGitHubServer(options);
  return { server, octokit: createTestOctokit(server) };
}

/** After a test: no request broke GitHub's contract; then close the server. */
export async function closeChecked(server: GitHubTestServer): Promise<void> {
  expect(server.violations).toEqual([]);
  await server.close();
}
