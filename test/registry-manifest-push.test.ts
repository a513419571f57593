/**
 * The registry client's manifest PUT and exact-bytes GET against a real registry: every
 * manifest kind keeps its bytes, media type and digest under a new tag; a tags list through a
 * paginating proxy equals the registry's own.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createRegistryClient,
  type RegistryClient,
} from '../packages/core/src/registry/registry-client.js';
import { manifestTarget } from '../packages/core/src/registry/registry-lookup.js';
import {
  pushImage,
  pushIndex,
  startPaginatingProxy,
  startRegistry,
  type PaginatingProxy,
  type TestRegistry,
} from './support/registry/index.js';

let registry: TestRegistry;
let proxy: PaginatingProxy;
let client: RegistryClient;

beforeAll(async () => {
  registry = await startRegistry();
  proxy = await startPaginatingProxy({ target: registry.host, pageSize: 2 });
  client = createRegistryClient({ insecureRegistries: ['127.0.0.1'] });
}, 60_000);

afterAll(async () => {
  client?.close();
  await proxy?.stop();
  await registry?.stop();
});

describe('putManifest', () => {
  test.each([
    { name: 'an OCI image', push: () => pushImage(registry, 'acme/put', 'oci', { seed: 'o' }) },
    {
      name: 'a Docker v2 image',
      push: () => pushImage(registry, 'acme/put', 'docker', { seed: 'd', format: 'docker' }),
    },
    {
      name: 'an OCI index',
      push: () => pushIndex(registry, 'acme/put', 'oci-index', { seed: 'i' }),
    },
    {
      name: 'a Docker manifest list',
      push: () => pushIndex(registry, 'acme/put', 'list', { seed: 'l', format: 'docker' }),
    },
  ])('$name keeps its bytes, media type and digest under a new tag', async ({ push }) => {
    const pushed = await push();
    const source = await client.fetchManifestBody(
      manifestTarget(`${registry.host}/acme/put@${pushed.digest}`),
    );
    expect(source.status).toBe('present');
    if (source.status !== 'present') return;
    expect(source.body.equals(pushed.manifest)).toBe(true);
    const tag = `copy-${pushed.digest.slice(7, 19)}`;
    const target = manifestTarget(`${registry.host}/acme/put:${tag}`);
    const put = await client.putManifest(target, source.body, source.manifest.mediaType);
    expect(put).toMatchObject({ status: 'pushed', digest: pushed.digest });
    const back = await client.fetchManifestBody(target);
    expect(back.status === 'present' && back.manifest.digest).toBe(pushed.digest);
    expect(back.status === 'present' && back.manifest.mediaType).toBe(pushed.mediaType);
    expect(back.status === 'present' && back.body.equals(pushed.manifest)).toBe(true);
  });

  test('a manifest whose blobs the repository lacks is refused, not half-pushed', async () => {
    const elsewhere = await pushImage(registry, 'acme/elsewhere', 'v1', { seed: 'e' });
    const target = manifestTarget(`${registry.host}/acme/empty:v1`);
    const put = await client.putManifest(target, elsewhere.manifest, elsewhere.mediaType);
    expect(put.status).toBe('error');
    expect(put.status === 'error' && put.message).toContain('127.0.0.1');
    const back = await client.lookupManifest(target);
    expect(back.status).not.toBe('present');
  });
});

describe('tags list through a paginating registry', () => {
  test('gives the same tags as the registry itself, over several pages', async () => {
    for (const tag of ['t1', 't2', 't3', 't4', 't5'])
      await pushImage(registry, 'acme/paged', tag, { seed: tag });
    const direct = await client.listTags(`${registry.host}/acme/paged`);
    const pages = proxy.pages();
    const paged = await client.listTags(`${proxy.host}/acme/paged`);
    expect(direct.status === 'present' && direct.tags.sort()).toEqual([
      't1',
      't2',
      't3',
      't4',
      't5',
    ]);
    expect(paged.status === 'present' && paged.tags).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(proxy.pages() - pages).toBe(3);
  });
});
