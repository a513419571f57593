/**
 * An OCI distribution API client: manifests by digest or tag, tags lists, blobs. Each unique
 * digest is asked for once (concurrent and later callers share the answer), requests run
 * under a concurrency bound with retries and a deadline, and every outcome is `present`,
 * `missing` or `error` (see registry-lookup.ts). All I/O goes through an `HttpTransport`.
 */
import { isValidDigest, type ImageReference } from '../reference.js';
import { getBlob, headBlob } from './blob-lookup.js';
import type { CredentialsFor } from './credentials.js';
import { createNodeTransport, type HttpTransport } from './http-transport.js';
import { createLimiter } from './limiter.js';
import { ManifestFormatError, platformOfImageConfig } from './manifest.js';
import { fetchManifest } from './manifest-lookup.js';
import {
  fetchManifestBody,
  pushManifest,
  type ManifestBody,
  type ManifestPush,
} from './manifest-push.js';
import { isImageConfigMediaType } from './media-types.js';
import { sharedPromise } from './promise-cache.js';
import { createAuthenticator } from './registry-auth.js';
import {
  checkedDigest,
  toManifestTarget,
  toRepositoryTarget,
  type BlobFetch,
  type BlobLookup,
  type ManifestLookup,
  type ManifestTarget,
  type RepositoryTarget,
  type TagListLookup,
} from './registry-lookup.js';
import { createRegistryRequests } from './registry-requests.js';
import { createRequestSender, type RequestCounts, type RequestEvent } from './request-sender.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import { fetchTags, type ListTagsOptions } from './tag-lookup.js';

export interface RegistryClientOptions {
  /** Credentials per registry host (`ghcr.io`, `docker.io`, `127.0.0.1:5000`). */
  credentialsFor?: CredentialsFor;
  /** Hosts reached over plain HTTP; an entry without a port matches every port. */
  insecureRegistries?: readonly string[];
  /** Requests in flight at once, over all registries (default 16). */
  concurrency?: number;
  /** Deadline of each attempt, connect to last byte (default 30 000 ms). */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Defaults to `node:http`/`node:https` with keep-alive agents. */
  transport?: HttpTransport;
  userAgent?: string;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Called after every attempt, for logs and benchmarks. */
  onRequest?: (event: RequestEvent) => void;
}

export interface LookupManifestOptions {
  /** For a single-platform manifest, read its config blob to learn its platform (one request). */
  platform?: boolean;
}

export type Repository = string | ImageReference | RepositoryTarget;

export interface RegistryClient {
  /** By digest when the reference has one, else by tag (`latest` when it has neither). */
  lookupManifest(
    image: string | ImageReference | ManifestTarget,
    options?: LookupManifestOptions,
  ): Promise<ManifestLookup>;
  listTags(repository: Repository, options?: ListTagsOptions): Promise<TagListLookup>;
  /** `HEAD` a blob: present, or missing on 404. */
  lookupBlob(repository: Repository, digest: string): Promise<BlobLookup>;
  /** `GET` a blob and verify its sha256 (default limit 8 MiB). */
  fetchBlob(repository: Repository, digest: string, maxBytes?: number): Promise<BlobFetch>;
  /** `GET` a manifest by tag or digest with its exact bytes (never cached). */
  fetchManifestBody(image: string | ImageReference | ManifestTarget): Promise<ManifestBody>;
  /**
   * `PUT` manifest bytes under a tag (`target.reference`) with their media type, under push
   * scope. Tag lookups are never cached once answered, so a read-back asks the registry.
   */
  putManifest(target: ManifestTarget, body: Buffer, mediaType: string): Promise<ManifestPush>;
  /** Requests sent so far, by kind; retries included and also counted apart. */
  requestCounts(): RequestCounts;
  /** Close kept-alive connections. */
  close(): void;
}

type PlatformRead = { platform: string } | { problem: string };

const MAX_CONFIG_BYTES = 8 * 1024 * 1024;

function sleepFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function keyOf(target: RepositoryTarget, reference: string): string {
  return `${target.registry}/${target.repository}@${reference}`;
}

export function createRegistryClient(options: RegistryClientOptions = {}): RegistryClient {
  const concurrency = options.concurrency ?? 16;
  const insecureRegistries = options.insecureRegistries ?? [];
  const userAgent = options.userAgent ?? 'gitops-promote';
  const now = options.now ?? Date.now;
  const transport = options.transport ?? createNodeTransport({ maxSockets: concurrency });
  const sender = createRequestSender({
    transport,
    limiter: createLimiter(concurrency),
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    timeoutMs: options.timeoutMs ?? 30_000,
    random: options.random ?? Math.random,
    sleep: options.sleep ?? sleepFor,
    now,
    ...(options.onRequest === undefined ? {} : { onRequest: options.onRequest }),
  });
  const credentialsFor = options.credentialsFor ?? (() => undefined);
  const auth = createAuthenticator({ sender, credentialsFor, insecureRegistries, userAgent, now });
  const requests = createRegistryRequests({ sender, auth, insecureRegistries, userAgent });
  const byDigest = new Map<string, Promise<ManifestLookup>>();
  const byTag = new Map<string, Promise<ManifestLookup>>();
  const platforms = new Map<string, Promise<PlatformRead>>();
  const blobs = new Map<string, Promise<BlobLookup>>();
  const blobBodies = new Map<string, Promise<BlobFetch>>();
  const tagLists = new Map<string, Promise<TagListLookup>>();

  /** The manifest, once per digest; a tag is asked afresh once its answer is in. */
  function manifestOnce(target: ManifestTarget): Promise<ManifestLookup> {
    const key = keyOf(target, target.reference);
    if (isValidDigest(target.reference))
      return sharedPromise(byDigest, key, true, () => fetchManifest(requests, target));
    return sharedPromise(byTag, key, false, async () => {
      const found = await fetchManifest(requests, target);
      if (found.status !== 'present') return found;
      const { digest } = found.manifest;
      if (!byDigest.has(keyOf(target, digest)))
        byDigest.set(
          keyOf(target, digest),
          Promise.resolve({ ...found, target: { ...target, reference: digest } }),
        );
      return found;
    });
  }

  async function readPlatform(target: RepositoryTarget, digest: string): Promise<PlatformRead> {
    const blob = await client.fetchBlob(target, digest, MAX_CONFIG_BYTES);
    if (blob.status !== 'present') return { problem: blob.message };
    try {
      return { platform: platformOfImageConfig(blob.body) };
    } catch (error) {
      if (!(error instanceof ManifestFormatError)) throw error;
      return { problem: `config ${digest}: ${error.message}` };
    }
  }

  /** A single manifest with the platform its config declares (or why it could not be read). */
  async function withPlatform(found: ManifestLookup): Promise<ManifestLookup> {
    if (found.status !== 'present' || found.manifest.kind !== 'manifest') return found;
    const { config } = found.manifest;
    if (config === undefined) return found;
    const read: PlatformRead = isImageConfigMediaType(config.mediaType)
      ? await sharedPromise(platforms, keyOf(found.target, config.digest), true, () =>
          readPlatform(found.target, config.digest),
        )
      : { problem: `config media type ${JSON.stringify(config.mediaType)} is not an image config` };
    const manifest =
      'platform' in read
        ? { ...found.manifest, platforms: [read.platform] }
        : { ...found.manifest, platformProblem: read.problem };
    return { ...found, manifest };
  }

  const client: RegistryClient = {
    async lookupManifest(image, lookupOptions = {}) {
      const found = await manifestOnce(toManifestTarget(image));
      return lookupOptions.platform ? withPlatform(found) : found;
    },
    listTags(repository, listOptions = {}) {
      const target = toRepositoryTarget(repository);
      const key = `${keyOf(target, '')} ${listOptions.pageSize ?? ''}`;
      return sharedPromise(tagLists, key, false, () => fetchTags(requests, target, listOptions));
    },
    lookupBlob(repository, digest) {
      const target = toRepositoryTarget(repository);
      const key = keyOf(target, checkedDigest(digest));
      return sharedPromise(blobs, key, true, () => headBlob(requests, target, digest));
    },
    fetchBlob(repository, digest, maxBytes = MAX_CONFIG_BYTES) {
      const target = toRepositoryTarget(repository);
      const key = `${keyOf(target, checkedDigest(digest))} ${maxBytes}`;
      return sharedPromise(blobBodies, key, false, () =>
        getBlob(requests, target, digest, maxBytes),
      );
    },
    fetchManifestBody: (image) => fetchManifestBody(requests, toManifestTarget(image)),
    putManifest: (target, body, mediaType) =>
      pushManifest(requests, toManifestTarget(target), body, mediaType),
    requestCounts: () => sender.counts(),
    close: () => transport.close(),
  };
  return client;
}
