import { describe, expect, test } from 'vitest';
import {
  TransportError,
  type HttpRequest,
  type HttpResponse,
  type HttpTransport,
} from './http-transport.js';
import { createLimiter } from './limiter.js';
import { createRequestSender, RegistryRequestError, type RequestEvent } from './request-sender.js';

type Step = HttpResponse | TransportError;

function answer(status: number, headers: Record<string, string> = {}, body = ''): HttpResponse {
  return { status, headers, body: Buffer.from(body) };
}

/** A transport that plays a script and records what it was asked. */
function scripted(steps: Step[]): HttpTransport & { seen: HttpRequest[] } {
  const seen: HttpRequest[] = [];
  return {
    seen,
    request(request) {
      seen.push(request);
      const step = steps.shift();
      if (step === undefined) throw new Error('script ran out');
      return step instanceof TransportError ? Promise.reject(step) : Promise.resolve(step);
    },
    close: () => undefined,
  };
}

function sender(transport: HttpTransport, sleeps: number[], events: RequestEvent[] = []) {
  return createRequestSender({
    transport,
    limiter: createLimiter(2),
    retry: { retries: 2, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 },
    timeoutMs: 1000,
    random: () => 0,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    now: () => 0,
    onRequest: (event) => events.push(event),
  });
}

const GET = {
  kind: 'manifest' as const,
  method: 'GET' as const,
  url: 'http://r.test/v2/a/manifests/x',
  headers: { authorization: 'Bearer t' },
  maxBodyBytes: 100,
};
const reset = (): TransportError => new TransportError('ECONNRESET', GET.url, 'socket hang up');

describe('createRequestSender', () => {
  test.each([
    { name: 'first answer', steps: [answer(200)], status: 200, sleeps: [], attempts: 1 },
    { name: '404 is final', steps: [answer(404)], status: 404, sleeps: [], attempts: 1 },
    {
      name: 'reset, then answer',
      steps: [reset(), answer(200)],
      status: 200,
      sleeps: [50],
      attempts: 2,
    },
    {
      name: '503 twice, then answer',
      steps: [answer(503), answer(502), answer(200)],
      status: 200,
      sleeps: [50, 100],
      attempts: 3,
    },
    {
      name: '429 with Retry-After',
      steps: [answer(429, { 'retry-after': '2' }), answer(200)],
      status: 200,
      sleeps: [2000],
      attempts: 2,
    },
  ])('$name', async ({ steps, status, sleeps, attempts }) => {
    const transport = scripted(steps);
    const slept: number[] = [];
    const events: RequestEvent[] = [];
    const send = sender(transport, slept, events);
    const response = await send.send(GET);
    expect(response.status).toBe(status);
    expect(slept).toEqual(sleeps);
    expect(events.map((e) => e.attempt)).toEqual([...Array(attempts).keys()]);
    expect(send.counts()).toMatchObject({ manifest: attempts, retries: attempts - 1 });
    expect(transport.seen.every((r) => r.timeoutMs === 1000)).toBe(true);
  });

  test.each([
    {
      name: 'resets until retries run out',
      steps: [reset(), reset(), reset()],
      reason: 'unreachable',
      message: 'socket hang up (after 3 attempts)',
    },
    {
      name: 'refused, retried',
      steps: [
        new TransportError('ECONNREFUSED', GET.url, 'connect ECONNREFUSED'),
        reset(),
        reset(),
      ],
      reason: 'unreachable',
      message: '(after 3 attempts)',
    },
    {
      name: 'unknown host is not retried',
      steps: [new TransportError('ENOTFOUND', GET.url, 'getaddrinfo ENOTFOUND r.test')],
      reason: 'unreachable',
      message: 'getaddrinfo ENOTFOUND r.test',
    },
    {
      name: 'timeouts',
      steps: [
        new TransportError('TIMEOUT', GET.url, 'slow'),
        new TransportError('TIMEOUT', GET.url, 'slow'),
        new TransportError('TIMEOUT', GET.url, 'slow'),
      ],
      reason: 'timeout',
      message: 'slow (after 3 attempts)',
    },
    {
      name: 'body too large is not retried',
      steps: [new TransportError('EBODYTOOLARGE', GET.url, 'too big')],
      reason: 'bad-response',
      message: 'too big',
    },
    {
      name: '503 until retries run out',
      steps: [
        answer(503),
        answer(503),
        answer(503, {}, '{"errors":[{"code":"UNAVAILABLE","message":"down"}]}'),
      ],
      reason: 'server-error',
      message: 'HTTP 503 Service Unavailable (UNAVAILABLE: down) (after 3 attempts)',
    },
    {
      name: 'Retry-After beyond the limit',
      steps: [answer(429, { 'retry-after': '60' })],
      reason: 'rate-limited',
      message: 'HTTP 429 Too Many Requests, Retry-After 60 s is longer than we wait',
    },
  ])('$name → RegistryRequestError', async ({ steps, reason, message }) => {
    const send = sender(scripted(steps), []);
    const failure = await send.send(GET).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RegistryRequestError);
    expect((failure as RegistryRequestError).reason).toBe(reason);
    expect((failure as Error).message).toContain(message);
  });

  test.each([
    {
      name: 'same host keeps Authorization',
      location: '/v2/a/blobs/y',
      url: 'http://r.test/v2/a/blobs/y',
      auth: 'Bearer t',
    },
    {
      name: 'another host drops it',
      location: 'https://storage.test/blob?sig=1',
      url: 'https://storage.test/blob?sig=1',
      auth: undefined,
    },
  ])('redirect: $name', async ({ location, url, auth }) => {
    const transport = scripted([answer(307, { location }), answer(200)]);
    const response = await sender(transport, []).send(GET);
    expect(response.status).toBe(200);
    expect(transport.seen[1]?.url).toBe(url);
    expect(transport.seen[1]?.headers.authorization).toBe(auth);
  });

  test('too many redirects', async () => {
    const loop = Array.from({ length: 7 }, () => answer(302, { location: '/again' }));
    const failure = await sender(scripted(loop), [])
      .send(GET)
      .catch((error: unknown) => error);
    expect((failure as RegistryRequestError).reason).toBe('bad-response');
  });
});

describe('the run time limit (deadline) bounds every attempt and retry wait', () => {
  /** A sender on a clock that moves by each sleep and by `perAttemptMs` per attempt. */
  function clocked(steps: Step[], deadline: number, perAttemptMs: number) {
    let clock = 0;
    const transport = scripted(steps);
    const timed: HttpTransport = {
      request: (request) => {
        clock += perAttemptMs;
        return transport.request(request);
      },
      close: () => undefined,
    };
    const send = createRequestSender({
      transport: timed,
      limiter: createLimiter(2),
      retry: { retries: 4, baseDelayMs: 1000, maxDelayMs: 1000, maxRetryAfterMs: 60_000 },
      timeoutMs: 30_000,
      random: () => 0.5,
      sleep: (ms) => {
        clock += ms;
        return Promise.resolve();
      },
      now: () => clock,
      deadline,
    });
    return { send, transport, clock: () => clock };
  }

  test.each([
    {
      name: 'stalls: each attempt is cut to what is left, then no retry is tried',
      steps: [new TransportError('TIMEOUT', GET.url, 'timed out'), answer(200)],
      deadline: 5000,
      perAttemptMs: 5000,
      attempts: 1,
      says: 'time limit ran out before an answer (the last attempt: timed out)',
    },
    {
      name: '429 with a Retry-After past the limit is not waited for',
      steps: [answer(429, { 'retry-after': '30' }), answer(200)],
      deadline: 10_000,
      perAttemptMs: 10,
      attempts: 1,
      says: 'time limit ran out before an answer (the last attempt: HTTP 429',
    },
    {
      name: '503s until the limit: the retries stop at it',
      steps: [answer(503), answer(503), answer(503), answer(503), answer(200)],
      deadline: 2500,
      perAttemptMs: 10,
      attempts: 4,
      says: 'time limit ran out',
    },
  ])('$name', async ({ steps, deadline, perAttemptMs, attempts, says }) => {
    const { send, transport, clock } = clocked(steps, deadline, perAttemptMs);
    const sent = send.send(GET);
    await expect(sent).rejects.toThrow(RegistryRequestError);
    await expect(sent).rejects.toThrow(says);
    await expect(sent).rejects.toMatchObject({ reason: 'timeout' });
    // At most `attempts`, and never all five the retry policy allows.
    expect(transport.seen.length).toBeLessThanOrEqual(attempts);
    expect(transport.seen.length).toBeLessThan(5);
    expect(transport.seen[0]?.timeoutMs).toBe(Math.min(30_000, deadline));
    expect(clock()).toBeLessThanOrEqual(deadline);
  });

  test('within the limit, retries go on as before', async () => {
    const { send } = clocked([answer(503), answer(200)], 60_000, 10);
    await expect(send.send(GET)).resolves.toMatchObject({ status: 200 });
  });
});
