/**
 * Faults injected on demand: server errors and GitHub's primary and secondary rate limits.
 */
import type { Reply } from './route-types.js';

export interface FaultSpec {
  method?: string;
  /** The request path (exact) or a pattern for it. */
  path?: string | RegExp;
  /** The OpenAPI operationId (`pulls/create`) or `graphql`. */
  operation?: string;
  /**
   * 200 is GraphQL's primary rate limit: a 200 whose `errors` have the type RATE_LIMITED, with
   * `x-ratelimit-remaining: 0` (for `operation: 'graphql'` only).
   */
  status: 500 | 502 | 503 | 403 | 429 | 200;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Seconds, sent in `retry-after` (secondary limit) or `x-ratelimit-reset` (primary limit). */
  retryAfter?: number;
  /** For 403 and 429: a secondary rate limit (default) or the primary one. */
  secondaryRateLimit?: boolean;
}

interface PendingFault extends FaultSpec {
  remaining: number;
}

export interface FaultTarget {
  method: string;
  path: string;
  operation: string | undefined;
}

export class FaultInjector {
  private readonly pending: PendingFault[] = [];

  add(spec: FaultSpec): void {
    this.pending.push({ ...spec, remaining: spec.times ?? 1 });
  }

  /** How many injected failures are still to happen. */
  remaining(): number {
    return this.pending.reduce((sum, fault) => sum + fault.remaining, 0);
  }

  clear(): void {
    this.pending.length = 0;
  }

  /** The reply of the first pending fault matching the request (and use it up), if any. */
  take(target: FaultTarget, requestId: string): Reply | undefined {
    const fault = this.pending.find(
      (candidate) => candidate.remaining > 0 && matches(candidate, target),
    );
    if (!fault) return undefined;
    fault.remaining--;
    return faultReply(fault, requestId);
  }
}

function matches(fault: FaultSpec, target: FaultTarget): boolean {
  if (fault.method !== undefined && fault.method.toUpperCase() !== target.method) return false;
  if (fault.operation !== undefined) {
    const operation = target.operation ?? '';
    if (
      fault.operation !== operation &&
      !(fault.operation === 'graphql' && operation.startsWith('graphql'))
    )
      return false;
  }
  if (fault.path instanceof RegExp) return fault.path.test(target.path);
  return fault.path === undefined || fault.path === target.path;
}

function faultReply(fault: FaultSpec, requestId: string): Reply {
  const retryAfter = fault.retryAfter ?? 1;
  if (fault.status === 200) return graphqlRateLimit(retryAfter, requestId);
  if (fault.status === 403 || fault.status === 429) {
    if (fault.secondaryRateLimit ?? true) {
      return {
        status: fault.status,
        json: {
          message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
          documentation_url:
            'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: String(fault.status),
        },
        headers: { 'retry-after': String(retryAfter) },
      };
    }
    return {
      status: fault.status,
      json: {
        message: `API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
        status: String(fault.status),
      },
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + retryAfter),
        'x-ratelimit-resource': 'core',
      },
    };
  }
  return {
    status: fault.status,
    json: { message: fault.status === 503 ? 'Service Unavailable' : 'Server Error' },
  };
}

/** GitHub's answer to a GraphQL request over the primary rate limit: 200, RATE_LIMITED. */
function graphqlRateLimit(retryAfter: number, requestId: string): Reply {
  return {
    status: 200,
    json: {
      errors: [
        {
          type: 'RATE_LIMITED',
          message: `API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        },
      ],
    },
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + retryAfter),
      'x-ratelimit-resource': 'graphql',
    },
  };
}
