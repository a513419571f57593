/**
 * Send one logical request: through the concurrency limiter, retried with backoff on 429,
 * transient 5xx and connection failures, following redirects, and counted by kind.
 */
import { PromoteError } from '../errors.js';
import {
  isRetriableTransportError,
  TransportError,
  type HttpRequest,
  type HttpResponse,
  type HttpTransport,
} from './http-transport.js';
import type { Limiter } from './limiter.js';
import { isRetriableStatus, parseRetryAfter, retryDelayMs, type RetryPolicy } from './retry.js';
import { describeHttpAnswer } from './error-body.js';
import { createSecretScrubber, type SecretScrubber } from './secret-scrubber.js';

export type RequestKind = 'ping' | 'token' | 'manifest' | 'tags' | 'blob';

/** Requests sent over the wire, by kind (every attempt counts), and how many were retries. */
export type RequestCounts = Record<RequestKind, number> & { retries: number };

/** Why a request produced no usable answer. */
export type SendFailureReason =
  'unreachable' | 'timeout' | 'rate-limited' | 'server-error' | 'bad-response';

/** A request that failed for good: the network failed or the server kept failing. */
export class RegistryRequestError extends PromoteError {
  override name = 'RegistryRequestError';
  constructor(
    readonly reason: SendFailureReason,
    readonly url: string,
    readonly attempts: number,
    detail: string,
    readonly httpStatus?: number,
  ) {
    super(attempts > 1 ? `${detail} (after ${attempts} attempts)` : detail);
  }
}

/** A hint for failures with a well-known cause. */
function hintFor(error: TransportError): string {
  if (error.code === 'EPROTO' || /wrong version number/i.test(error.message))
    return ' (an HTTPS request met a plain-HTTP server: list the registry as insecure?)';
  return '';
}

/** One attempt, for logs and benchmarks. The URL carries no secret. */
export interface RequestEvent {
  kind: RequestKind;
  method: string;
  url: string;
  attempt: number;
  status?: number;
  error?: string;
  durationMs: number;
}

export interface SendRequest extends Omit<HttpRequest, 'timeoutMs'> {
  kind: RequestKind;
}

export interface RequestSender {
  /** The answer; a body that is not a success has every credential sent scrubbed from it. */
  send(request: SendRequest): Promise<HttpResponse>;
  counts(): RequestCounts;
  /** The credentials and tokens sent so far, to scrub from anything built from a server's text. */
  secrets: SecretScrubber;
}

export interface RequestSenderOptions {
  transport: HttpTransport;
  limiter: Limiter;
  retry: RetryPolicy;
  timeoutMs: number;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /**
   * When every request must be done (`now()` time, ms): no attempt starts after it, each attempt
   * is cut short at it, and no retry waits past it. Bounds a whole run, not one attempt.
   */
  deadline?: number;
  onRequest?: (event: RequestEvent) => void;
  /** Hears every secret the first time it is sent (a password, a token), to mask it. */
  onSecret?: (secret: string) => void;
}

const MAX_REDIRECTS = 5;

export function emptyRequestCounts(): RequestCounts {
  return { ping: 0, token: 0, manifest: 0, tags: 0, blob: 0, retries: 0 };
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/** The request to send after a redirect; the Authorization header stays with its host. */
function redirected(request: SendRequest, location: string): SendRequest {
  const from = new URL(request.url);
  const to = new URL(location, from);
  const headers = { ...request.headers };
  if (to.host !== from.host) delete headers.authorization;
  return { ...request, url: to.toString(), headers };
}

function failureReasonOf(error: TransportError): SendFailureReason {
  if (error.code === 'TIMEOUT' || error.code === 'ETIMEDOUT') return 'timeout';
  if (error.code === 'EBODYTOOLARGE') return 'bad-response';
  return 'unreachable';
}

export function createRequestSender(options: RequestSenderOptions): RequestSender {
  const { transport, limiter, retry, timeoutMs, random, sleep, now, onRequest } = options;
  const deadline = options.deadline ?? Infinity;
  const counts = emptyRequestCounts();
  const secrets = createSecretScrubber(options.onSecret);

  /** An error body that echoes a credential back (some servers echo the request) loses it. */
  function scrubbed(response: HttpResponse): HttpResponse {
    if (response.status < 300) return response;
    const text = response.body.toString('utf8');
    if (!secrets.holdsSecret(text)) return response;
    return { ...response, body: Buffer.from(secrets.scrub(text)) };
  }

  /** The time limit ran out: a timeout that says so, with what the last attempt got. */
  function outOfTime(request: SendRequest, attempts: number, last?: string): RegistryRequestError {
    const after = last === undefined ? '' : ` (the last attempt: ${last})`;
    return new RegistryRequestError(
      'timeout',
      request.url,
      attempts,
      `the run's time limit ran out before an answer${after}`,
    );
  }

  /** Wait `ms` before a retry, unless the time limit would run out first. */
  async function waitToRetry(ms: number, request: SendRequest, attempts: number, last: string) {
    if (now() + ms >= deadline) throw outOfTime(request, attempts, last);
    await sleep(ms);
  }

  /** One attempt through the limiter, reported to `onRequest`. */
  async function attemptOnce(request: SendRequest, attempt: number): Promise<HttpResponse> {
    if (request.headers?.authorization) secrets.addAuthorization(request.headers.authorization);
    counts[request.kind]++;
    if (attempt > 0) counts.retries++;
    const started = now();
    const event = { kind: request.kind, method: request.method, url: request.url, attempt };
    try {
      const response = await limiter
        .run(() => {
          // Waiting for a slot counts against the time limit too.
          const left = deadline - now();
          if (left <= 0) throw outOfTime(request, attempt);
          return transport.request({ ...request, timeoutMs: Math.min(timeoutMs, left) });
        })
        .then(scrubbed);
      onRequest?.({ ...event, status: response.status, durationMs: now() - started });
      return response;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      onRequest?.({ ...event, error: message, durationMs: now() - started });
      throw error;
    }
  }

  /** Attempts until an answer that is final, or retries run out. */
  async function sendWithRetries(request: SendRequest): Promise<HttpResponse> {
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= retry.retries;
      let response: HttpResponse;
      try {
        response = await attemptOnce(request, attempt);
      } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        if (now() >= deadline) throw outOfTime(request, attempt + 1, error.message.trim());
        if (last || !isRetriableTransportError(error))
          throw new RegistryRequestError(
            failureReasonOf(error),
            request.url,
            attempt + 1,
            `${error.message.trim()}${hintFor(error)}`,
          );
        await waitToRetry(
          retryDelayMs(attempt, retry, random),
          request,
          attempt + 1,
          error.message,
        );
        continue;
      }
      if (!isRetriableStatus(response.status)) return response;
      const reason = response.status === 429 ? 'rate-limited' : 'server-error';
      const retryAfterMs = parseRetryAfter(response.headers['retry-after'], now());
      const answer = describeHttpAnswer(response.status, response.body);
      if (retryAfterMs !== undefined && retryAfterMs > retry.maxRetryAfterMs)
        throw new RegistryRequestError(
          reason,
          request.url,
          attempt + 1,
          `${answer}, Retry-After ${Math.ceil(retryAfterMs / 1000)} s is longer than we wait`,
          response.status,
        );
      if (last)
        throw new RegistryRequestError(reason, request.url, attempt + 1, answer, response.status);
      await waitToRetry(
        retryDelayMs(attempt, retry, random, retryAfterMs),
        request,
        attempt + 1,
        answer,
      );
    }
  }

  return {
    async send(request) {
      let current = request;
      for (let hop = 0; ; hop++) {
        const response = await sendWithRetries(current);
        const location = response.headers.location;
        if (!isRedirect(response.status) || location === undefined || current.method === 'POST')
          return response;
        if (hop >= MAX_REDIRECTS)
          throw new RegistryRequestError(
            'bad-response',
            request.url,
            1,
            `more than ${MAX_REDIRECTS} redirects`,
          );
        current = redirected(current, location);
      }
    },
    counts: () => ({ ...counts }),
    secrets,
  };
}
