/**
 * Registry authentication for real: distribution 2.8 with htpasswd (Basic) and with token auth
 * (Bearer) against our own token service. Refusals are errors, never "missing".
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  credentialsLookup,
  type CredentialsFor,
} from '../packages/core/src/registry/credentials.js';
import { parseDockerConfig } from '../packages/core/src/registry/docker-config.js';
import { parseRegistryAuth } from '../packages/core/src/registry/registry-auth-input.js';
import {
  createRegistryClient,
  type RegistryClient,
  type RegistryClientOptions,
} from '../packages/core/src/registry/registry-client.js';
import {
  pushImage,
  startRegistry,
  type PushedImage,
  type TestRegistry,
} from './support/registry/index.js';

const ABSENT = `sha256:${'0'.repeat(64)}`;
const PASSWORD = 's3cret-Pa55';
const clients: RegistryClient[] = [];

function client(options: RegistryClientOptions = {}): RegistryClient {
  const made = createRegistryClient({ insecureRegistries: ['127.0.0.1'], ...options });
  clients.push(made);
  return made;
}

const as =
  (username: string, password: string): CredentialsFor =>
  () => ({ username, password });

afterAll(() => {
  for (const made of clients) made.close();
});

describe('Basic (htpasswd)', () => {
  let registry: TestRegistry;
  let image: PushedImage;

  beforeAll(async () => {
    registry = await startRegistry({ auth: { mode: 'htpasswd', users: { admin: PASSWORD } } });
    image = await pushImage(registry, 'team/app', 'v1');
  });
  afterAll(() => registry?.stop());

  test.each([
    {
      name: 'right credentials, present',
      credentials: as('admin', PASSWORD),
      digest: () => image.digest,
      status: 'present',
      reason: undefined,
      says: undefined,
    },
    {
      name: 'right credentials, missing digest',
      credentials: as('admin', PASSWORD),
      digest: () => ABSENT,
      status: 'missing',
      reason: undefined,
      says: undefined,
    },
    {
      name: 'wrong password',
      credentials: as('admin', 'wrong-password'),
      digest: () => image.digest,
      status: 'error',
      reason: 'unauthorized',
      says: 'the credentials configured for 127.0.0.1:PORT (user admin) were used',
    },
    {
      name: 'wrong password, absent digest is still an error',
      credentials: as('admin', 'wrong-password'),
      digest: () => ABSENT,
      status: 'error',
      reason: 'unauthorized',
      says: 'HTTP 401 Unauthorized (UNAUTHORIZED: authentication required)',
    },
    {
      name: 'no credentials',
      credentials: () => undefined,
      digest: () => image.digest,
      status: 'error',
      reason: 'unauthorized',
      says: 'no credentials are configured for 127.0.0.1:PORT',
    },
  ])('$name', async ({ credentials, digest, status, reason, says }) => {
    const found = await client({ credentialsFor: credentials }).lookupManifest(
      `${registry.host}/team/app@${digest()}`,
    );
    expect(found.status).toBe(status);
    if (found.status !== 'error') return;
    expect(found.reason).toBe(reason);
    expect(found.httpStatus).toBe(401);
    expect(found.message).toContain(`registry ${registry.host} refused access`);
    expect(found.message).toContain(says?.replace('127.0.0.1:PORT', registry.host));
    expect(found.message).not.toContain('wrong-password');
  });

  test('credentials from the registry-auth input and a Docker config', async () => {
    const input = parseRegistryAuth(`# test\n${registry.host}=admin:${PASSWORD}\n`);
    const config = parseDockerConfig(
      JSON.stringify({
        auths: {
          [`http://${registry.host}/v2/`]: { auth: Buffer.from('admin:nope').toString('base64') },
        },
      }),
    );
    const fromInput = await client({
      credentialsFor: credentialsLookup(input, config.credentials),
    }).lookupManifest(`${registry.host}/team/app:v1`);
    const fromConfig = await client({
      credentialsFor: credentialsLookup(config.credentials),
    }).lookupManifest(`${registry.host}/team/app:v1`);
    expect(fromInput.status).toBe('present');
    expect(fromConfig.status === 'error' && fromConfig.reason).toBe('unauthorized');
  });

  test('Basic needs no token: one ping, then one request per digest', async () => {
    const reader = client({ credentialsFor: as('admin', PASSWORD) });
    await Promise.all(
      [image.digest, ABSENT, image.digest].map((d) =>
        reader.lookupManifest(`${registry.host}/team/app@${d}`),
      ),
    );
    expect(reader.requestCounts()).toEqual({
      ping: 1,
      token: 0,
      manifest: 2,
      tags: 0,
      blob: 0,
      retries: 0,
    });
  });
});

describe('Bearer (token service)', () => {
  let registry: TestRegistry;
  const images: Record<string, PushedImage> = {};

  beforeAll(async () => {
    registry = await startRegistry({
      auth: {
        mode: 'token',
        users: { admin: PASSWORD },
        publicRepositories: ['public/app'],
        refreshTokens: { 'refresh-abc': 'admin' },
      },
    });
    images.public = await pushImage(registry, 'public/app', 'v1');
    images.private = await pushImage(registry, 'private/app', 'v1');
    images.private2 = await pushImage(registry, 'private/app', 'v2', { seed: 'two' });
    images.private3 = await pushImage(registry, 'private/app', 'v3', { seed: 'three' });
    images.other = await pushImage(registry, 'private/other', 'v1');
  });
  afterAll(() => registry?.stop());

  const tokenRequests = () => registry.tokenServer?.requests ?? [];

  test.each([
    {
      name: 'anonymous pull of a public repository',
      credentials: undefined,
      repo: 'public/app',
      key: 'public',
      status: 'present',
      reason: undefined,
    },
    {
      name: 'credentials on a private repository',
      credentials: as('admin', PASSWORD),
      repo: 'private/app',
      key: 'private',
      status: 'present',
      reason: undefined,
    },
    {
      name: 'credentials, absent digest',
      credentials: as('admin', PASSWORD),
      repo: 'private/app',
      key: undefined,
      status: 'missing',
      reason: undefined,
    },
    {
      name: 'identity token (OAuth2 refresh grant)',
      credentials: () => ({ identityToken: 'refresh-abc' }),
      repo: 'private/app',
      key: 'private',
      status: 'present',
      reason: undefined,
    },
    {
      name: 'anonymous on a private repository',
      credentials: undefined,
      repo: 'private/app',
      key: 'private',
      status: 'error',
      reason: 'unauthorized',
    },
    {
      name: 'anonymous, absent digest in a private repository: error, not missing',
      credentials: undefined,
      repo: 'private/app',
      key: undefined,
      status: 'error',
      reason: 'unauthorized',
    },
    {
      name: 'wrong password: the token service refuses',
      credentials: as('admin', 'wrong-password'),
      repo: 'private/app',
      key: 'private',
      status: 'error',
      reason: 'unauthorized',
    },
    {
      name: 'unknown identity token',
      credentials: () => ({ identityToken: 'stolen' }),
      repo: 'public/app',
      key: 'public',
      status: 'error',
      reason: 'unauthorized',
    },
  ])('$name', async ({ credentials, repo, key, status, reason }) => {
    const digest = key === undefined ? ABSENT : (images[key]?.digest ?? '');
    const reader = client(credentials === undefined ? {} : { credentialsFor: credentials });
    const found = await reader.lookupManifest(`${registry.host}/${repo}@${digest}`);
    expect(found.status).toBe(status);
    if (found.status === 'present') expect(found.manifest.digest).toBe(digest);
    if (found.status !== 'error') return;
    expect(found.reason).toBe(reason);
    expect(found.message).toContain(`registry ${registry.host}`);
    expect(found.message).not.toContain('wrong-password');
  });

  test('one token per repository scope, shared by every lookup in it', async () => {
    const before = tokenRequests().length;
    const reader = client({ credentialsFor: as('admin', PASSWORD) });
    const lookups = [
      ...[images.private, images.private2, images.private3].map(
        (i) => `${registry.host}/private/app@${i?.digest}`,
      ),
      `${registry.host}/private/app@${ABSENT}`,
      `${registry.host}/private/app:v1`,
      `${registry.host}/private/other@${images.other?.digest}`,
      `${registry.host}/private/other:v1`,
    ];
    const found = await Promise.all(
      [...lookups, ...lookups].map((image) => reader.lookupManifest(image)),
    );
    expect(found.map((f) => f.status).sort()).toEqual(
      [...Array(12).fill('present'), 'missing', 'missing'].sort(),
    );
    expect(reader.requestCounts()).toEqual({
      ping: 1,
      token: 2,
      manifest: 7,
      tags: 0,
      blob: 0,
      retries: 0,
    });
    expect(tokenRequests().slice(before)).toEqual(
      expect.arrayContaining([
        { method: 'GET', account: 'admin', scopes: ['repository:private/app:pull'], status: 200 },
        { method: 'GET', account: 'admin', scopes: ['repository:private/other:pull'], status: 200 },
      ]),
    );
    expect(tokenRequests().slice(before)).toHaveLength(2);
  });

  test('a refused scope is renewed once, not once per lookup', async () => {
    const reader = client();
    const digests = [images.private, images.private2, images.private3].map((i) => i?.digest);
    const found = await Promise.all(
      digests.map((d) => reader.lookupManifest(`${registry.host}/private/app@${d}`)),
    );
    expect(found.every((f) => f.status === 'error' && f.reason === 'unauthorized')).toBe(true);
    expect(reader.requestCounts()).toMatchObject({ ping: 1, token: 2, manifest: 6 });
  });

  test('an expired token is fetched again', async () => {
    let clock = 1_000_000;
    const reader = client({ credentialsFor: as('admin', PASSWORD), now: () => clock });
    await reader.lookupManifest(`${registry.host}/private/app@${images.private?.digest}`);
    clock += 600_000; // the token service grants 300 s
    const later = await reader.lookupManifest(
      `${registry.host}/private/app@${images.private2?.digest}`,
    );
    expect(later.status).toBe('present');
    expect(reader.requestCounts()).toMatchObject({ token: 2, manifest: 2 });
  });

  test.each(['token', 'access_token'] as const)(
    'accepts a token answered as "%s" only',
    async (field) => {
      const server = registry.tokenServer;
      if (server === undefined) throw new Error('token mode has a token server');
      server.tokenField = field;
      const found = await client().lookupManifest(`${registry.host}/public/app:v1`);
      server.tokenField = 'both';
      expect(found.status).toBe('present');
    },
  );

  test('the token service gives anonymous callers pull, never push, and the registry enforces it', async () => {
    const server = registry.tokenServer;
    if (server === undefined) throw new Error('token mode has a token server');
    const scope = encodeURIComponent('repository:public/app:pull,push');
    const answer = (await (
      await fetch(`${server.realm}?service=${server.service}&scope=${scope}`)
    ).json()) as { token: string };
    const claims = JSON.parse(
      Buffer.from(answer.token.split('.')[1] ?? '', 'base64url').toString(),
    ) as { access: unknown };
    const upload = await fetch(`${registry.url}/v2/public/app/blobs/uploads/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${answer.token}` },
    });
    expect(claims.access).toEqual([{ type: 'repository', name: 'public/app', actions: ['pull'] }]);
    expect(upload.status).toBe(401);
    expect(upload.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
  });

  test('tags lists and blobs use the same scope and token', async () => {
    const reader = client({ credentialsFor: as('admin', PASSWORD) });
    const tags = await reader.listTags(`${registry.host}/private/app`);
    const blob = await reader.lookupBlob(
      `${registry.host}/private/app`,
      images.private?.configDigest ?? '',
    );
    const manifest = await reader.lookupManifest(`${registry.host}/private/app:v2`, {
      platform: true,
    });
    expect(tags.status === 'present' && [...tags.tags].sort()).toEqual(['v1', 'v2', 'v3']);
    expect(blob.status).toBe('present');
    expect(manifest.status === 'present' && manifest.manifest.platforms).toEqual(['linux/amd64']);
    expect(reader.requestCounts()).toEqual({
      ping: 1,
      token: 1,
      manifest: 1,
      tags: 1,
      blob: 2,
      retries: 0,
    });
  });
});

describe('a token service that is down', () => {
  test('is an error naming the token service, never missing', async () => {
    const registry = await startRegistry({ auth: { mode: 'token', users: {} } });
    await registry.tokenServer?.stop();
    const reader = client({ retry: { retries: 1, baseDelayMs: 10 } });
    const found = await reader.lookupManifest(`${registry.host}/any/app@${ABSENT}`);
    await registry.stop();
    expect(found.status === 'error' && found.reason).toBe('unreachable');
    expect(found.status === 'error' && found.message).toContain(
      `registry ${registry.host} is unreachable: its token service at ${registry.tokenServer?.realm} failed: connect ECONNREFUSED`,
    );
  });
});
