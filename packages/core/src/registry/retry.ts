/**
 * When to retry a registry request and how long to wait: exponential backoff with jitter,
 * at least as long as the server's `Retry-After`. Pure.
 */

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** The first backoff step; each next one doubles, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the request fails at once. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  retries: 4,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

/** Whether an HTTP status is worth retrying: 429 and the transient 5xx. */
export function isRetriableStatus(status: number): boolean {
  return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

/**
 * The backoff before retry number `retry` (0 for the first retry): half of the exponential step
 * fixed, half random ("equal jitter"), so retries spread out but never come at once.
 */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(step / 2 + (step / 2) * random());
}

/** A `Retry-After` value (seconds or an HTTP date) in milliseconds from `nowMs`. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/^[A-Za-z]{3}, /.test(text)) return undefined; // an HTTP date starts with its day name
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** The wait before a retry: the backoff, or the server's `Retry-After` when that is longer. */
export function retryDelayMs(
  retry: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  return Math.max(backoffDelayMs(retry, policy, random), retryAfterMs ?? 0);
}
