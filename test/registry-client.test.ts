/**
 * The registry client against a real registry (distribution 2.8, anonymous): presence by digest
 * and tag, indexes and platforms, moved tags, request counting, tags lists, blobs, and skopeo
 * as a second opinion on the digests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createRegistryClient,
  type RegistryClient,
  type RegistryClientOptions,
} from '../packages/core/src/registry/registry-client.js';
import { manifestTarget } from '../packages/core/src/registry/registry-lookup.js';
import {
  deleteManifest,
  hasSkopeo,
  moveTag,
  pushImage,
  pushIndex,
  retag,
  sha256,
  skopeoInspect,
  startRegistry,
  type PushedImage,
  type PushedIndex,
  type TestRegistry,
} from './support/registry/index.js';

const ABSENT = `sha256:${'0'.repeat(64)}`;

let registry: TestRegistry;
let v1: PushedImage;
let dockerArm: PushedImage;
let multi: PushedIndex;
let dockerList: PushedIndex;
let other: PushedImage;
let deleted: PushedImage;
const clients: RegistryClient[] = [];

function client(options: RegistryClientOptions = {}): RegistryClient {
  const made = createRegistryClient({ insecureRegistries: ['127.0.0.1'], ...options });
  clients.push(made);
  return made;
}

beforeAll(async () => {
  registry = await startRegistry();
  v1 = await pushImage(registry, 'acme/app', 'v1');
  dockerArm = await pushImage(registry, 'acme/app', 'arm', {
    platform: 'linux/arm64/v8',
    format: 'docker',
  });
  multi = await pushIndex(registry, 'acme/app', 'multi');
  dockerList = await pushIndex(registry, 'acme/app', 'list', {
    format: 'docker',
    platforms: ['linux/amd64', 'linux/arm/v7'],
  });
  other = await pushImage(registry, 'acme/other', 'v1', { seed: 'other' });
  deleted = await pushImage(registry, 'acme/app', 'doomed', { seed: 'doomed' });
  await deleteManifest(registry, 'acme/app', deleted.digest);
});

afterAll(async () => {
  for (const made of clients) made.close();
  await registry?.stop();
});

describe('manifest lookups', () => {
  const cases: Array<{
    name: string;
    image: () => string;
    status: 'present' | 'missing';
    digest?: () => string;
    code?: string;
  }> = [
    {
      name: 'pinned and present',
      image: () => `${registry.host}/acme/app:v1@${v1.digest}`,
      status: 'present',
      digest: () => v1.digest,
    },
    {
      name: 'by digest only',
      image: () => `${registry.host}/acme/app@${v1.digest}`,
      status: 'present',
      digest: () => v1.digest,
    },
    {
      name: 'by tag',
      image: () => `${registry.host}/acme/app:v1`,
      status: 'present',
      digest: () => v1.digest,
    },
    {
      name: 'index by tag',
      image: () => `${registry.host}/acme/app:multi`,
      status: 'present',
      digest: () => multi.digest,
    },
    {
      name: 'child of an index',
      image: () => `${registry.host}/acme/app@${multi.images[1]?.digest}`,
      status: 'present',
      digest: () => multi.images[1]?.digest ?? '',
    },
    {
      name: 'present tag, pinned digest never pushed',
      image: () => `${registry.host}/acme/app:v1@${ABSENT}`,
      status: 'missing',
      code: 'MANIFEST_UNKNOWN',
    },
    {
      name: 'deleted manifest',
      image: () => `${registry.host}/acme/app@${deleted.digest}`,
      status: 'missing',
      code: 'MANIFEST_UNKNOWN',
    },
    {
      name: 'digest of another repository',
      image: () => `${registry.host}/acme/app@${other.digest}`,
      status: 'missing',
      code: 'MANIFEST_UNKNOWN',
    },
    {
      name: 'unknown tag',
      image: () => `${registry.host}/acme/app:nope`,
      status: 'missing',
      code: 'MANIFEST_UNKNOWN',
    },
    // distribution 2.8 says MANIFEST_UNKNOWN here; others say NAME_UNKNOWN: both mean missing.
    {
      name: 'unknown repository',
      image: () => `${registry.host}/acme/nothing@${v1.digest}`,
      status: 'missing',
      code: 'MANIFEST_UNKNOWN',
    },
  ];

  test.each(cases)('$name', async ({ image, status, digest, code }) => {
    const found = await client().lookupManifest(image());
    expect(found.status).toBe(status);
    if (found.status === 'present') expect(found.manifest.digest).toBe(digest?.());
    if (found.status === 'missing') {
      expect(found.code).toBe(code);
      expect(found.message).toContain(`registry ${registry.host} does not have it: HTTP 404`);
    }
  });

  test('the tag of a pinned reference resolves although the pinned digest is missing', async () => {
    const reader = client();
    const image = `${registry.host}/acme/app:v1@${ABSENT}`;
    const [byDigest, byTag] = await Promise.all([
      reader.lookupManifest(image),
      reader.lookupManifest(manifestTarget(image, 'tag')),
    ]);
    expect(byDigest.status).toBe('missing');
    expect(byTag.status === 'present' && byTag.manifest.digest).toBe(v1.digest);
  });
});

describe('kinds and platforms', () => {
  test.each([
    {
      name: 'OCI index',
      image: () => `${registry.host}/acme/app:multi`,
      expected: () => ({
        kind: 'index',
        mediaType: 'application/vnd.oci.image.index.v1+json',
        platforms: ['linux/amd64', 'linux/arm64'],
      }),
    },
    {
      name: 'Docker manifest list with a variant',
      image: () => `${registry.host}/acme/app:list`,
      expected: () => ({
        kind: 'index',
        mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
        platforms: ['linux/amd64', 'linux/arm/v7'],
      }),
    },
    {
      name: 'OCI image manifest, platform from its config',
      image: () => `${registry.host}/acme/app@${v1.digest}`,
      expected: () => ({
        kind: 'manifest',
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        platforms: ['linux/amd64'],
      }),
    },
    {
      name: 'Docker image manifest, platform with variant',
      image: () => `${registry.host}/acme/app:arm`,
      expected: () => ({
        kind: 'manifest',
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        platforms: ['linux/arm64/v8'],
      }),
    },
  ])('$name', async ({ image, expected }) => {
    const found = await client().lookupManifest(image(), { platform: true });
    expect(found.status).toBe('present');
    if (found.status !== 'present') return;
    const { kind, mediaType, platforms } = found.manifest;
    expect({ kind, mediaType, platforms }).toEqual(expected());
    expect(found.manifest.platformProblem).toBeUndefined();
  });

  test('an index lists its children with digests and platforms', async () => {
    const found = await client().lookupManifest(`${registry.host}/acme/app@${multi.digest}`);
    expect(found.status === 'present' && found.manifest.manifests).toEqual(
      multi.images.map((image) => ({
        digest: image.digest,
        mediaType: image.mediaType,
        size: image.manifest.length,
        platform: image.platform,
        attestation: false,
      })),
    );
  });

  test('without the platform option a single manifest costs one request and names no platform', async () => {
    const reader = client();
    const found = await reader.lookupManifest(`${registry.host}/acme/app@${dockerArm.digest}`);
    expect(found.status === 'present' && found.manifest.platforms).toEqual([]);
    expect(found.status === 'present' && found.manifest.config?.digest).toBe(
      dockerArm.configDigest,
    );
    expect(reader.requestCounts()).toMatchObject({ manifest: 1, blob: 0 });
  });
});

describe('moving tags', () => {
  test('a tag is asked afresh and follows the move; the old digest stays present', async () => {
    const reader = client();
    const first = await pushImage(registry, 'acme/moving', 'stable', { seed: 'one' });
    const before = await reader.lookupManifest(`${registry.host}/acme/moving:stable`);
    const moved = await moveTag(registry, 'acme/moving', 'stable');
    const after = await reader.lookupManifest(`${registry.host}/acme/moving:stable`);
    const old = await reader.lookupManifest(`${registry.host}/acme/moving@${first.digest}`);
    expect(before.status === 'present' && before.manifest.digest).toBe(first.digest);
    expect(after.status === 'present' && after.manifest.digest).toBe(moved.digest);
    expect(moved.digest).not.toBe(first.digest);
    expect(old.status).toBe('present');
    // Two tag lookups; the old digest was learned from the first and not asked again.
    expect(reader.requestCounts()).toMatchObject({ ping: 1, manifest: 2 });
  });

  test('retag puts the same manifest under a second tag', async () => {
    const digest = await retag(registry, 'acme/app', 'multi', 'multi-copy');
    const found = await client().lookupManifest(`${registry.host}/acme/app:multi-copy`);
    expect(digest).toBe(multi.digest);
    expect(found.status === 'present' && found.manifest.digest).toBe(multi.digest);
  });
});

describe('request counting and deduplication', () => {
  test('many lookups of one digest, at once and later, make one manifest request', async () => {
    const reader = client();
    const image = `${registry.host}/acme/app@${multi.digest}`;
    const results = await Promise.all(
      Array.from({ length: 50 }, () => reader.lookupManifest(image)),
    );
    for (let i = 0; i < 10; i++) results.push(await reader.lookupManifest(image));
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['present']));
    expect(reader.requestCounts()).toEqual({
      ping: 1,
      token: 0,
      manifest: 1,
      tags: 0,
      blob: 0,
      retries: 0,
    });
  });

  test('one manifest request per unique digest, whatever the number of lookups', async () => {
    const reader = client({ concurrency: 3 });
    const pushed = [v1, dockerArm, multi, ...multi.images, ...dockerList.images];
    const unique = [...new Set([...pushed.map((p) => p.digest), ABSENT])];
    const lookups = [...unique, ...unique, ...unique].map((digest) =>
      reader.lookupManifest(`${registry.host}/acme/app@${digest}`),
    );
    const statuses = (await Promise.all(lookups)).map((found) => found.status);
    expect(statuses.filter((s) => s === 'present')).toHaveLength(3 * (unique.length - 1));
    expect(statuses.filter((s) => s === 'missing')).toHaveLength(3);
    expect(reader.requestCounts()).toMatchObject({ ping: 1, manifest: unique.length, retries: 0 });
  });

  test('the limiter keeps at most `concurrency` requests on the wire', async () => {
    let active = 0;
    let peak = 0;
    const slow = http.createServer((req, res) => {
      active++;
      peak = Math.max(peak, active);
      setTimeout(() => {
        active--;
        if (req.url === '/v2/') return res.writeHead(200).end('{}');
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}');
      }, 30);
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(slow.address() as AddressInfo).port}`;
    const reader = client({ concurrency: 3 });
    const digests = Array.from({ length: 12 }, (_, i) => sha256(`d${i}`));
    const found = await Promise.all(digests.map((d) => reader.lookupManifest(`${host}/x@${d}`)));
    slow.closeAllConnections();
    slow.close();
    expect(found.every((f) => f.status === 'missing')).toBe(true);
    expect(peak).toBe(3);
  });

  test('a tag lookup teaches the digest: asking for that digest next costs nothing', async () => {
    const reader = client();
    await reader.lookupManifest(`${registry.host}/acme/app:v1`);
    const byDigest = await reader.lookupManifest(`${registry.host}/acme/app@${v1.digest}`);
    expect(byDigest.status === 'present' && byDigest.target.reference).toBe(v1.digest);
    expect(reader.requestCounts()).toMatchObject({ manifest: 1 });
  });
});

describe('tags lists', () => {
  test('lists the tags of a repository', async () => {
    const found = await client().listTags(`${registry.host}/acme/other`);
    expect(found).toEqual({
      registry: registry.host,
      repository: 'acme/other',
      status: 'present',
      tags: ['v1'],
    });
  });

  test('an unknown repository is missing (NAME_UNKNOWN)', async () => {
    const found = await client().listTags({ registry: registry.host, repository: 'acme/nothing' });
    expect(found.status === 'missing' && found.code).toBe('NAME_UNKNOWN');
  });

  // distribution 2.8 ignores `?n=`, so pagination is checked against a small stand-in.
  test.each([
    {
      name: 'follows Link pages',
      pages: 3,
      foreign: false,
      expected: { status: 'present', tags: ['a', 'b', 'c', 'd', 'e'] },
    },
    {
      name: 'refuses a next page on another host',
      pages: 3,
      foreign: true,
      expected: { status: 'error', reason: 'bad-response' },
    },
  ])('$name', async ({ foreign, expected }) => {
    const all = ['a', 'b', 'c', 'd', 'e'];
    const pager = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://pager');
      if (url.pathname === '/v2/') return res.writeHead(200).end('{}');
      const n = Number(url.searchParams.get('n') ?? 2);
      const start = url.searchParams.has('last')
        ? all.indexOf(url.searchParams.get('last') ?? '') + 1
        : 0;
      const tags = all.slice(start, start + n);
      const last = tags[tags.length - 1];
      const more = start + n < all.length;
      const prefix = foreign ? 'http://elsewhere.invalid' : '';
      res.writeHead(200, {
        'content-type': 'application/json',
        ...(more ? { link: `<${prefix}/v2/p/tags/list?last=${last}&n=${n}>; rel="next"` } : {}),
      });
      res.end(JSON.stringify({ name: 'p', tags }));
    });
    await new Promise<void>((resolve) => pager.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(pager.address() as AddressInfo).port}`;
    const reader = client();
    const found = await reader.listTags(`${host}/p`, { pageSize: 2 });
    pager.closeAllConnections();
    pager.close();
    expect(found).toMatchObject(expected);
    expect(reader.requestCounts().tags).toBe(foreign ? 1 : 3);
  });
});

describe('blobs', () => {
  test.each([
    { name: 'config blob present', digest: () => v1.configDigest, status: 'present' },
    { name: 'layer present', digest: () => v1.layerDigests[0] ?? '', status: 'present' },
    { name: 'absent blob', digest: () => ABSENT, status: 'missing' },
  ])('HEAD: $name', async ({ digest, status }) => {
    const found = await client().lookupBlob(`${registry.host}/acme/app`, digest());
    expect(found.status).toBe(status);
  });

  test('GET verifies the content', async () => {
    const found = await client().fetchBlob(`${registry.host}/acme/app`, v1.configDigest);
    expect(found.status === 'present' && sha256(found.body)).toBe(v1.configDigest);
  });
});

describe.runIf(hasSkopeo())('skopeo agrees', () => {
  test('on the digest and platform of a single image', async () => {
    const seen = JSON.parse(await skopeoInspect(`${registry.host}/acme/app:arm`)) as {
      Digest: string;
      Architecture: string;
      Os: string;
    };
    const found = await client().lookupManifest(`${registry.host}/acme/app:arm`, {
      platform: true,
    });
    expect(seen.Digest).toBe(dockerArm.digest);
    expect(found.status === 'present' && found.manifest.digest).toBe(seen.Digest);
    expect(found.status === 'present' && found.manifest.platforms).toEqual([
      `${seen.Os}/${seen.Architecture}/v8`,
    ]);
  });

  test('on the digest of an index, and on its raw bytes', async () => {
    const seen = JSON.parse(await skopeoInspect(`${registry.host}/acme/app:multi`)) as {
      Digest: string;
    };
    const raw = await skopeoInspect(`${registry.host}/acme/app@${multi.digest}`, ['--raw']);
    expect(seen.Digest).toBe(multi.digest);
    expect(sha256(raw)).toBe(multi.digest);
  });
});
