/**
 * The Octokit the edges (open-promotion-pr, the CLI) talk to GitHub with, at GITHUB_API_URL
 * (GitHub Enterprise Server, a local server), with the retry plugin (server errors) and the
 * throttling plugin (rate limits, GitHub's spacing of writes), narrowed to the core's GitHubApi.
 * A rate-limit notice goes to the `warn` callback the edge gives (a runner warning, stderr).
 *
 * GitHub asks for a pause of a second between mutative requests (POST, PATCH, PUT, DELETE:
 * "Best practices for using the REST API") and counts a GraphQL request with a mutation five
 * times one without. The throttling plugin spaces every POST /graphql as a write, reads too, so
 * GraphQL queries go through a second Octokit whose write limiter does not space: they still
 * share the plugin's global concurrency limit and its rate-limit retries. REST writes and
 * GraphQL mutations keep the spacing.
 *
 * Without a proxy: `@octokit/core` on the fetch of github-fetch.ts (node:https: Node's global
 * fetch would load its undici first, some 30 to 45 ms of start-up). With one (HTTPS_PROXY or HTTP_PROXY,
 * in any case, set), `@actions/github`'s getOctokit, whose fetch goes through the proxy and
 * honours NO_PROXY; it is loaded only then (it brings @actions/http-client and a copy of undici,
 * which would more than double the bundle and its start).
 */
import { PromoteError } from '@gitops-promote/core';
import { type GitHubApi } from '@gitops-promote/core/promotion';
import { createNodeTransport } from '@gitops-promote/core/registry';
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { yieldByImmediate } from './bottleneck-yields.js';
import { createGitHubFetch, type GitHubFetch } from './github-fetch.js';

/** Retries after a rate limit, as long as GitHub asks for a wait of at most this long. */
const RATE_LIMIT_RETRIES = 3;
const LONGEST_WAIT_SECONDS = 300;

/** What both ways of building the Octokit are given (besides the token). */
export interface OctokitSettings {
  baseUrl: string;
  userAgent?: string;
  throttle: ThrottlingOptions;
}

/**
 * GITOPS_PROMOTE_WRITE_INTERVAL_MS overrides the pause the throttling plugin keeps between
 * writes (1 s) and between notifying writes (3 s): for tests against a local server. Unset,
 * the plugin's defaults, which follow GitHub's guidance, apply.
 */
export function writeLimiters(env: NodeJS.ProcessEnv) {
  const value = env.GITOPS_PROMOTE_WRITE_INTERVAL_MS ?? '';
  if (!/^[0-9]{1,6}$/.test(value)) return {};
  const group = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: Number(value) });
  return { write: group(), notifications: group() };
}

/** The `write` limiter of the Octokit that sends GraphQL queries: no pause, no queue. */
function readLimiters() {
  return { write: new Bottleneck.Group({ minTime: 0 }) };
}

/** A GraphQL document with its comments and strings blanked: only its tokens are left. */
function graphqlTokens(document: string): string {
  return document.replace(/"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|#[^\n\r]*/g, ' ');
}

/**
 * Whether a GraphQL document only reads: no `mutation` (nor `subscription`) keyword outside its
 * strings and comments. A field named `mutation` makes a read look like a write: it is then
 * spaced, which is safe.
 */
export function isGraphqlRead(document: string): boolean {
  return !/\b(?:mutation|subscription)\b/.test(graphqlTokens(document));
}

/** Where the client reports what the caller should know (a rate limit, a retry). */
export type GitHubWarn = (message: string) => void;

/** What the client is built with besides the token and the API's address. */
export interface GitHubClientOptions {
  /** Reports rate limits (and whether they are retried). */
  warn: GitHubWarn;
  /** Read for the proxy, the orchestration id and the write interval; default process.env. */
  env?: NodeJS.ProcessEnv;
  /**
   * Called each time a request has been written whole to its connection; never through a
   * proxy (that client is `@actions/github`'s own).
   */
  onRequestWritten?: () => void;
}

function onLimit(kind: string, warn: GitHubWarn) {
  return (
    retryAfter: number,
    options: { method?: string; url?: string },
    _: unknown,
    count: number,
  ) => {
    const retrying = count < RATE_LIMIT_RETRIES && retryAfter <= LONGEST_WAIT_SECONDS;
    warn(
      `GitHub ${kind} rate limit on ${options.method} ${options.url}: ` +
        (retrying ? `retrying in ${retryAfter} s.` : 'giving up.'),
    );
    return retrying;
  };
}

/**
 * The user agent getOctokit adds before Octokit's own: `actions_orchestration_id/<id>` when the
 * runner sets ACTIONS_ORCHESTRATION_ID (characters other than `a-z0-9_.-` as `_`).
 */
export function orchestrationUserAgent(env: NodeJS.ProcessEnv): string | undefined {
  const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
  return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}

/** Whether the run names a proxy: http(s)_proxy in any case, not empty. */
export function usesProxy(env: NodeJS.ProcessEnv): boolean {
  return Object.keys(env).some((name) => /^https?_proxy$/i.test(name) && env[name]);
}

/** The GitHub API for `token` at `apiUrl`. */
export async function createGitHubApi(
  token: string,
  apiUrl: string,
  options: GitHubClientOptions,
): Promise<GitHubApi> {
  const { warn, env = process.env } = options;
  yieldByImmediate();
  const userAgent = orchestrationUserAgent(env);
  const limits = {
    onRateLimit: onLimit('primary', warn),
    onSecondaryRateLimit: onLimit('secondary', warn),
  };
  const settings = (limiters: Partial<ThrottlingOptions>): OctokitSettings => ({
    baseUrl: apiUrl,
    ...(userAgent ? { userAgent } : {}),
    throttle: { ...limits, ...limiters },
  });
  // One fetch, and so one pool of kept-alive connections, for both.
  const onWritten = options.onRequestWritten;
  const fetch = usesProxy(env)
    ? undefined
    : createGitHubFetch(createNodeTransport(onWritten ? { onWritten } : {}));
  const octokit = await createOctokit(token, settings(writeLimiters(env)), fetch);
  const reader = await createOctokit(token, settings(readLimiters()), fetch);
  // A fresh `request` object per call: the retry plugin counts retries on it, and the one
  // merged from the defaults is shared, so one handled 404 would lengthen later back-offs.
  const reach = unreachable(apiUrl);
  return {
    request: (route, params) => octokit.request(route, { ...params, request: {} }).catch(reach),
    graphql: <T>(query: string, variables?: Record<string, unknown>) =>
      (isGraphqlRead(query) ? reader : octokit).graphql<T>(query, variables).catch(reach),
  };
}

/** One Octokit with the retry and throttling plugins: on `fetch`, else through the proxy. */
async function createOctokit(token: string, settings: OctokitSettings, fetch?: GitHubFetch) {
  return fetch === undefined
    ? await (await import('./proxied-octokit.js')).proxiedOctokit(token, settings)
    : new (Octokit.plugin(retry, throttling))({ auth: token, ...settings, request: { fetch } });
}

/**
 * A request that got no HTTP response (DNS, refused connection, TLS) becomes an error naming
 * the API's address and where it comes from; an HTTP error is passed on as it is.
 */
function unreachable(apiUrl: string): (error: unknown) => never {
  return (error) => {
    const noResponse = !(
      'response' in (error as object) && (error as { response?: unknown }).response
    );
    if (error instanceof Error && error.name === 'HttpError' && noResponse)
      throw new PromoteError(
        `Cannot reach the GitHub API at ${apiUrl} (GITHUB_API_URL): ${error.message}`,
        { cause: error },
      );
    throw error;
  };
}
