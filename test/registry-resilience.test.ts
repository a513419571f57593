/**
 * The registry client when the network misbehaves: a seeded flaky proxy in front of a real
 * registry (resets, 503, 429, stalls), Retry-After, exhausted retries, a registry that is down,
 * and kept-alive connections.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createRegistryClient,
  type RegistryClient,
  type RegistryClientOptions,
} from '../packages/core/src/registry/registry-client.js';
import type { ManifestLookup } from '../packages/core/src/registry/registry-lookup.js';
import {
  closedPort,
  pushImage,
  pushIndex,
  sha256,
  startFlakyProxy,
  startRegistry,
  type FlakyProxy,
  type FlakyProxyOptions,
  type TestRegistry,
} from './support/registry/index.js';

const FAST_RETRY = { retries: 3, baseDelayMs: 10, maxDelayMs: 50 };
const clients: RegistryClient[] = [];
const proxies: FlakyProxy[] = [];
let registry: TestRegistry;
let digests: string[];

function client(options: RegistryClientOptions = {}): RegistryClient {
  const made = createRegistryClient({
    insecureRegistries: ['127.0.0.1'],
    retry: FAST_RETRY,
    ...options,
  });
  clients.push(made);
  return made;
}

async function proxy(options: Omit<FlakyProxyOptions, 'target'>): Promise<FlakyProxy> {
  const started = await startFlakyProxy({ target: registry.host, ...options });
  proxies.push(started);
  return started;
}

/** What a lookup says, without the parts that name the host it went through. */
function verdict(found: ManifestLookup): string {
  return found.status === 'present'
    ? `present ${found.manifest.digest} ${found.manifest.platforms.join(',')}`
    : found.status === 'missing'
      ? `missing ${found.code}`
      : `error ${found.reason}`;
}

beforeAll(async () => {
  registry = await startRegistry();
  const pushed: string[] = [];
  for (let i = 0; i < 8; i++)
    pushed.push((await pushImage(registry, 'acme/app', `v${i}`, { seed: `s${i}` })).digest);
  pushed.push((await pushIndex(registry, 'acme/app', 'multi')).digest);
  digests = [...pushed, ...[1, 2, 3, 4].map((i) => sha256(`absent ${i}`))];
});

afterAll(async () => {
  for (const made of clients) made.close();
  for (const started of proxies) await started.stop();
  await registry?.stop();
});

describe('a flaky registry', () => {
  test('gives the same answers as a healthy one, through resets, 503, 429 and stalls', async () => {
    const flaky = await proxy({
      seed: 42,
      faultRate: 0.4,
      faults: ['reset', '503', '429', 'stall'],
    });
    const direct = client();
    const through = client({ timeoutMs: 1000, concurrency: 4 });
    const expected = await Promise.all(
      digests.map((d) =>
        direct.lookupManifest(`${registry.host}/acme/app@${d}`, { platform: true }),
      ),
    );
    const got = await Promise.all(
      digests.map((d) => through.lookupManifest(`${flaky.host}/acme/app@${d}`, { platform: true })),
    );
    const tags = await through.listTags(`${flaky.host}/acme/app`);

    expect(got.map(verdict)).toEqual(expected.map(verdict));
    expect(expected.filter((f) => f.status === 'present')).toHaveLength(9);
    expect(tags.status === 'present' && tags.tags.length).toBe(9);
    const stats = flaky.stats();
    const faults = Object.values(stats.faults).reduce((a, b) => a + b, 0);
    expect(faults).toBeGreaterThan(5);
    // Each fault costs one retry (more only if a healthy answer were slower than the deadline).
    expect(through.requestCounts().retries).toBeGreaterThanOrEqual(faults);
  });

  test('the fault pattern is repeatable for a seed', async () => {
    const runs: string[][] = [];
    for (let run = 0; run < 2; run++) {
      const flaky = await proxy({ seed: 7, faultRate: 0.5, faults: ['503', 'reset'] });
      const reader = client({ concurrency: 1 });
      for (const d of digests.slice(0, 5))
        await reader.lookupManifest(`${flaky.host}/acme/app@${d}`);
      runs.push(flaky.stats().log.map((entry) => `${entry.request} ${entry.outcome}`));
    }
    expect(runs[1]).toEqual(runs[0]);
  });

  test('waits as long as Retry-After says', async () => {
    const flaky = await proxy({
      seed: 1,
      faultRate: 1,
      faults: ['429'],
      maxConsecutiveFaults: 1,
      retryAfterSeconds: 1,
      paths: /manifests/,
    });
    const found = await client().lookupManifest(`${flaky.host}/acme/app@${digests[0]}`);
    const [first, second] = flaky
      .stats()
      .log.filter((entry) => entry.request.includes('manifests'));
    expect(found.status).toBe('present');
    expect([first?.outcome, second?.outcome]).toEqual(['429', 'forwarded']);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  test.each([
    {
      name: 'server errors until retries run out',
      faults: ['503'] as const,
      retryAfterSeconds: 0,
      reason: 'server-error',
      says: 'HTTP 503 Service Unavailable (UNAVAILABLE: flaky proxy: 503) (after 4 attempts)',
      requests: 4,
    },
    {
      name: 'rate limited until retries run out',
      faults: ['429'] as const,
      retryAfterSeconds: 0,
      reason: 'rate-limited',
      says: 'HTTP 429 Too Many Requests',
      requests: 4,
    },
    {
      name: 'Retry-After longer than we wait: fail at once',
      faults: ['429'] as const,
      retryAfterSeconds: 3600,
      reason: 'rate-limited',
      says: 'Retry-After 3600 s is longer than we wait',
      requests: 1,
    },
    {
      name: 'connections reset every time',
      faults: ['reset'] as const,
      retryAfterSeconds: 0,
      reason: 'unreachable',
      says: '(after 4 attempts)',
      requests: 4,
    },
    {
      name: 'no answer before the deadline',
      faults: ['stall'] as const,
      retryAfterSeconds: 0,
      reason: 'timeout',
      says: 'no complete answer within 200 ms (after 4 attempts)',
      requests: 4,
    },
  ])(
    '$name → error, never missing',
    async ({ faults, retryAfterSeconds, reason, says, requests }) => {
      const flaky = await proxy({
        seed: 3,
        faultRate: 1,
        faults,
        maxConsecutiveFaults: 100,
        retryAfterSeconds,
        paths: /manifests/,
      });
      const reader = client({ timeoutMs: 200 });
      const found = await reader.lookupManifest(`${flaky.host}/acme/app@${sha256('absent 1')}`);
      expect(found.status === 'error' && found.reason).toBe(reason);
      expect(found.status === 'error' && found.message).toContain(`registry ${flaky.host}`);
      expect(found.status === 'error' && found.message).toContain(says);
      expect(reader.requestCounts().manifest).toBe(requests);
    },
  );
});

describe('a registry that is down', () => {
  test('every lookup is an error naming the registry; one failed ping serves them all', async () => {
    const host = `127.0.0.1:${await closedPort()}`;
    const reader = client();
    const found = await Promise.all(
      digests.slice(0, 4).map((d) => reader.lookupManifest(`${host}/acme/app@${d}`)),
    );
    const tags = await reader.listTags(`${host}/acme/app`);
    for (const lookup of found) {
      expect(lookup.status === 'error' && lookup.reason).toBe('unreachable');
      expect(lookup.status === 'error' && lookup.message).toMatch(
        new RegExp(
          `registry ${host} is unreachable: connect ECONNREFUSED ${host} \\(after 4 attempts\\)`,
        ),
      );
    }
    expect(tags.status === 'error' && tags.reason).toBe('unreachable');
    expect(reader.requestCounts()).toEqual({
      ping: 4,
      token: 0,
      manifest: 0,
      tags: 0,
      blob: 0,
      retries: 3,
    });
  });

  test('an HTTPS registry that is not there is an error too', async () => {
    const port = await closedPort();
    const found = await client({ insecureRegistries: [] }).lookupManifest(
      `127.0.0.1:${port}/acme/app:v1`,
    );
    expect(found.status === 'error' && found.reason).toBe('unreachable');
  });
});

describe('connections', () => {
  test('are kept alive: many lookups, one connection', async () => {
    const counting = await proxy({ seed: 1, faultRate: 0 });
    const reader = client({ concurrency: 1 });
    for (const d of digests)
      await reader.lookupManifest(`${counting.host}/acme/app@${d}`, { platform: true });
    for (const d of digests.slice(0, 4)) await reader.lookupBlob(`${counting.host}/acme/app`, d);
    const stats = counting.stats();
    expect(stats.forwarded).toBeGreaterThan(20);
    expect(stats.connections).toBe(1);
  });
});
