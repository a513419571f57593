/**
 * The Octokit the action talks to GitHub with: `@actions/github`'s, at GITHUB_API_URL (GitHub
 * Enterprise Server, a local server), with the retry plugin (server errors) and the throttling
 * plugin (rate limits, GitHub's spacing of writes), narrowed to the core's GitHubApi.
 */
import * as runner from '@gitops-promote/action-kit/runner';
import { getOctokit } from '@actions/github';
import type { GitHubApi } from '@gitops-promote/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

/** Retries after a rate limit, as long as GitHub asks for a wait of at most this long. */
const RATE_LIMIT_RETRIES = 3;
const LONGEST_WAIT_SECONDS = 300;

/**
 * GITOPS_PROMOTE_WRITE_INTERVAL_MS overrides the pause the throttling plugin keeps between
 * writes (1 s) and between notifying writes (3 s): for tests against a local server. Unset,
 * the plugin's defaults, which follow GitHub's guidance, apply.
 */
function writeLimiters(env: NodeJS.ProcessEnv) {
  const value = env.GITOPS_PROMOTE_WRITE_INTERVAL_MS ?? '';
  if (!/^[0-9]{1,6}$/.test(value)) return {};
  const group = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: Number(value) });
  return { write: group(), notifications: group() };
}

function onLimit(kind: string) {
  return (
    retryAfter: number,
    options: { method?: string; url?: string },
    _: unknown,
    count: number,
  ) => {
    const retrying = count < RATE_LIMIT_RETRIES && retryAfter <= LONGEST_WAIT_SECONDS;
    runner.warning(
      `GitHub ${kind} rate limit on ${options.method} ${options.url}: ` +
        (retrying ? `retrying in ${retryAfter} s.` : 'giving up.'),
    );
    return retrying;
  };
}

/** The GitHub API for `token` at `apiUrl`. */
export function createGitHubApi(
  token: string,
  apiUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): GitHubApi {
  const octokit = getOctokit(
    token,
    {
      baseUrl: apiUrl,
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...writeLimiters(env),
      },
    },
    retry,
    throttling,
  );
  // A fresh `request` object per call: the retry plugin counts retries on it, and the one
  // merged from the defaults is shared, so one handled 404 would lengthen later back-offs.
  return {
    request: (route, params) => octokit.request(route, { ...params, request: {} }),
    graphql: (query, variables) => octokit.graphql(query, variables),
  };
}
