/**
 * An Octokit for tests, made as the actions make theirs (`getOctokit` with the retry and
 * throttling plugins) but with waits shortened so that retries take milliseconds.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

export type TestOctokit = ReturnType<typeof getOctokit>;

export interface TestOctokitOptions {
  /** Retries after a rate limit (primary or secondary) before giving up (default 2). */
  rateLimitRetries?: number;
  /** Milliseconds per second of `retry-after` and of the retry plugin's backoff (default 1). */
  msPerSecond?: number;
}

/** An Octokit client for `server` (anything with `apiUrl` and `token`). */
export function createTestOctokit(
  server: { apiUrl: string; token: string },
  options: TestOctokitOptions = {},
): TestOctokit {
  const msPerSecond = options.msPerSecond ?? 1;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const onLimit = (_retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < rateLimitRetries;
  // Own limiter groups without the default pauses between writes (1 s) and notifications (3 s).
  const group = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });
  return getOctokit(
    server.token,
    {
      baseUrl: server.apiUrl,
      retry: { retryAfterBaseValue: msPerSecond },
      throttle: {
        retryAfterBaseValue: msPerSecond,
        write: group(),
        notifications: group(),
        search: group(),
        onRateLimit: onLimit,
        onSecondaryRateLimit: onLimit,
      },
    },
    retry,
    throttling,
  );
}
