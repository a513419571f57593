/**
 * Fail-closed classification of answers a healthy test registry never gives: a transport that
 * plays scripted answers. The real-registry tests live in test/registry-*.test.ts.
 */
import { describe, expect, test } from 'vitest';
import type { HttpRequest, HttpResponse, HttpTransport } from './http-transport.js';
import { sha256Digest } from './manifest.js';
import { createRegistryClient } from './registry-client.js';

const MANIFEST = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  config: {
    mediaType: 'application/vnd.oci.image.config.v1+json',
    digest: `sha256:${'c'.repeat(64)}`,
    size: 2,
  },
  layers: [],
});
const DIGEST = sha256Digest(MANIFEST);

function answering(
  manifest: (request: HttpRequest) => HttpResponse,
): HttpTransport & { seen: HttpRequest[] } {
  const seen: HttpRequest[] = [];
  return {
    seen,
    request(request) {
      seen.push(request);
      if (request.url.endsWith('/v2/'))
        return Promise.resolve({ status: 200, headers: {}, body: Buffer.from('{}') });
      return Promise.resolve(manifest(request));
    },
    close: () => undefined,
  };
}

const reply =
  (status: number, body: string, headers: Record<string, string> = {}) =>
  (): HttpResponse => ({
    status,
    headers,
    body: Buffer.from(body),
  });

describe('classification', () => {
  test.each([
    {
      name: 'served and checked',
      answer: reply(200, MANIFEST, { 'docker-content-digest': DIGEST }),
      verdict: 'present',
    },
    {
      name: 'no Docker-Content-Digest: the body hash decides',
      answer: reply(200, MANIFEST),
      verdict: 'present',
    },
    {
      name: 'content that is not the asked digest',
      answer: reply(200, `${MANIFEST} `),
      verdict: 'error digest-mismatch',
    },
    {
      name: 'header that disagrees with the body',
      answer: reply(200, MANIFEST, { 'docker-content-digest': `sha256:${'d'.repeat(64)}` }),
      verdict: 'error digest-mismatch',
    },
    {
      name: '404 MANIFEST_UNKNOWN',
      answer: reply(404, '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}'),
      verdict: 'missing MANIFEST_UNKNOWN',
    },
    {
      name: '404 NAME_UNKNOWN',
      answer: reply(
        404,
        '{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known"}]}',
      ),
      verdict: 'missing NAME_UNKNOWN',
    },
    {
      name: '404 from something that is not a registry',
      answer: reply(404, '<html>Not Found</html>'),
      verdict: 'error bad-response',
    },
    {
      name: '404 with another code',
      answer: reply(404, '{"errors":[{"code":"BLOB_UNKNOWN"}]}'),
      verdict: 'error bad-response',
    },
    {
      name: '403',
      answer: reply(403, '{"errors":[{"code":"DENIED","message":"no"}]}'),
      verdict: 'error forbidden',
    },
    {
      name: '401 with no challenge to follow',
      answer: reply(401, '{"errors":[{"code":"UNAUTHORIZED"}]}'),
      verdict: 'error unauthorized',
    },
    {
      name: '400',
      answer: reply(400, '{"errors":[{"code":"MANIFEST_INVALID"}]}'),
      verdict: 'error bad-response',
    },
  ])('$name → $verdict', async ({ answer, verdict }) => {
    const client = createRegistryClient({
      transport: answering(answer),
      insecureRegistries: ['r.test'],
      retry: { retries: 0 },
    });
    const found = await client.lookupManifest(`r.test/a/b@${DIGEST}`);
    const got =
      found.status === 'present'
        ? 'present'
        : found.status === 'missing'
          ? `missing ${found.code}`
          : `error ${found.reason}`;
    expect(got).toBe(verdict);
    if (found.status !== 'present')
      expect(found.message).toMatch(/^r\.test\/a\/b@sha256:[0-9a-f]{64}: registry r\.test /);
  });

  test.each([
    {
      name: 'schema 1 by tag',
      body: MANIFEST.replace('"schemaVersion":2', '"schemaVersion":1'),
      verdict: 'error unsupported',
    },
    {
      name: 'not a manifest, by tag',
      body: '{"mediaType":"application/vnd.cncf.helm.config.v1+json"}',
      verdict: 'error unsupported',
    },
    {
      name: 'a tag has no digest to compare: the body hash is the digest',
      body: MANIFEST,
      verdict: 'present',
    },
  ])('$name → $verdict', async ({ body, verdict }) => {
    const client = createRegistryClient({
      transport: answering(reply(200, body)),
      insecureRegistries: ['r.test'],
    });
    const found = await client.lookupManifest('r.test/a/b:v1');
    expect(found.status === 'error' ? `error ${found.reason}` : found.status).toBe(verdict);
  });
});

describe('requests', () => {
  test('ask for all four manifest types, over HTTPS unless insecure, at Docker Hub’s API host', async () => {
    const transport = answering(reply(200, MANIFEST));
    const client = createRegistryClient({ transport });
    await client.lookupManifest(`nginx@${DIGEST}`);
    await client.lookupManifest(`ghcr.io/acme/api@${DIGEST}`);
    const manifests = transport.seen.filter((r) => r.url.includes('/manifests/'));
    expect(manifests.map((r) => r.url)).toEqual([
      `https://registry-1.docker.io/v2/library/nginx/manifests/${DIGEST}`,
      `https://ghcr.io/v2/acme/api/manifests/${DIGEST}`,
    ]);
    expect(manifests[0]?.headers.accept).toBe(
      'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
    );
    expect(manifests.every((r) => r.method === 'GET')).toBe(true);
  });

  test.each([
    {
      name: 'a repository path that is not one',
      target: { registry: 'r.test', repository: 'A/../b', reference: 'v1' },
    },
    {
      name: 'a reference that is neither tag nor digest',
      target: { registry: 'r.test', repository: 'a', reference: 'v1/../x' },
    },
  ])('refuses $name', async ({ target }) => {
    const client = createRegistryClient({ transport: answering(reply(200, MANIFEST)) });
    await expect(client.lookupManifest(target)).rejects.toThrow('is not a valid image reference');
  });
});
