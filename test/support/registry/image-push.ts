/**
 * Push test images with the registry's own upload API: blobs by POST + monolithic PUT, then
 * manifests by PUT. Small, deterministic content: the same repository, tag, platform and seed
 * always give the same digests.
 */
import { createHash } from 'node:crypto';

/** What the push helpers need of a registry; a `TestRegistry` is one. */
export interface PushTarget {
  url: string;
  pushAuthorization(repository: string): string | undefined;
}

export type ManifestFormat = 'oci' | 'docker';

export interface PushImageOptions {
  /** `os/arch[/variant]` (default `linux/amd64`). */
  platform?: string;
  format?: ManifestFormat;
  /** Changes the content, hence the digests. */
  seed?: string;
  /** Extra labels in the image config (`config.Labels`), e.g. `org.opencontainers.image.version`. */
  labels?: Record<string, string>;
}

export interface PushedImage {
  digest: string;
  mediaType: string;
  platform: string;
  configDigest: string;
  layerDigests: string[];
  manifest: Buffer;
}

export interface PushedIndex {
  digest: string;
  mediaType: string;
  platforms: string[];
  images: PushedImage[];
  manifest: Buffer;
}

const MEDIA = {
  oci: {
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    index: 'application/vnd.oci.image.index.v1+json',
    config: 'application/vnd.oci.image.config.v1+json',
    layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  },
  docker: {
    manifest: 'application/vnd.docker.distribution.manifest.v2+json',
    index: 'application/vnd.docker.distribution.manifest.list.v2+json',
    config: 'application/vnd.docker.container.image.v1+json',
    layer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  },
} as const;

export const ALL_MANIFEST_TYPES = [
  MEDIA.oci.index,
  MEDIA.docker.index,
  MEDIA.oci.manifest,
  MEDIA.docker.manifest,
].join(', ');

export function sha256(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

function headers(
  target: PushTarget,
  repository: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  const authorization = target.pushAuthorization(repository);
  return { ...extra, ...(authorization === undefined ? {} : { authorization }) };
}

async function expectStatus(response: Response, expected: number, what: string): Promise<void> {
  if (response.status !== expected)
    throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
}

/** Upload a blob (skipped when the registry has it); returns its digest. */
export async function pushBlob(
  target: PushTarget,
  repository: string,
  content: Buffer,
): Promise<string> {
  const digest = sha256(content);
  const base = `${target.url}/v2/${repository}/blobs`;
  const head = await fetch(`${base}/${digest}`, {
    method: 'HEAD',
    headers: headers(target, repository),
  });
  if (head.status === 200) return digest;
  const started = await fetch(`${base}/uploads/`, {
    method: 'POST',
    headers: headers(target, repository),
  });
  await expectStatus(started, 202, `start upload to ${repository}`);
  const location = new URL(started.headers.get('location') ?? '', target.url);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: headers(target, repository, { 'content-type': 'application/octet-stream' }),
    body: content,
  });
  await expectStatus(put, 201, `upload ${digest} to ${repository}`);
  return digest;
}

/** PUT a manifest under a tag or its digest; returns the digest the registry announced. */
export async function putManifest(
  target: PushTarget,
  repository: string,
  reference: string,
  body: Buffer,
  mediaType: string,
): Promise<string> {
  const response = await fetch(`${target.url}/v2/${repository}/manifests/${reference}`, {
    method: 'PUT',
    headers: headers(target, repository, { 'content-type': mediaType }),
    body,
  });
  await expectStatus(response, 201, `put manifest ${repository}:${reference}`);
  const digest = response.headers.get('docker-content-digest') ?? '';
  if (digest !== sha256(body))
    throw new Error(`registry announced ${digest}, expected ${sha256(body)}`);
  return digest;
}

function platformFields(platform: string): { os: string; architecture: string; variant?: string } {
  const [os = '', architecture = '', variant] = platform.split('/');
  return { os, architecture, ...(variant === undefined ? {} : { variant }) };
}

/** Push a single-platform image: one layer, a config with os/architecture, a manifest. */
export async function pushImage(
  target: PushTarget,
  repository: string,
  tag: string | undefined,
  options: PushImageOptions = {},
): Promise<PushedImage> {
  const platform = options.platform ?? 'linux/amd64';
  const media = MEDIA[options.format ?? 'oci'];
  const layer = Buffer.from(`layer of ${repository} ${platform} ${options.seed ?? ''}\n`);
  const layerDigest = await pushBlob(target, repository, layer);
  const config = Buffer.from(
    JSON.stringify({
      ...platformFields(platform),
      created: '2025-01-01T00:00:00Z',
      config: { Labels: { seed: options.seed ?? '', ...options.labels } },
      rootfs: { type: 'layers', diff_ids: [sha256(layer)] },
    }),
  );
  const configDigest = await pushBlob(target, repository, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: media.manifest,
      config: { mediaType: media.config, digest: configDigest, size: config.length },
      layers: [{ mediaType: media.layer, digest: layerDigest, size: layer.length }],
    }),
  );
  const digest = await putManifest(
    target,
    repository,
    tag ?? sha256(manifest),
    manifest,
    media.manifest,
  );
  return {
    digest,
    mediaType: media.manifest,
    platform,
    configDigest,
    layerDigests: [layerDigest],
    manifest,
  };
}

/** Push one image per platform (by digest), then an index of them under `tag`. */
export async function pushIndex(
  target: PushTarget,
  repository: string,
  tag: string | undefined,
  options: {
    platforms?: string[];
    format?: ManifestFormat;
    seed?: string;
    labels?: Record<string, string>;
  } = {},
): Promise<PushedIndex> {
  const platforms = options.platforms ?? ['linux/amd64', 'linux/arm64'];
  const format = options.format ?? 'oci';
  const images: PushedImage[] = [];
  for (const platform of platforms)
    images.push(
      await pushImage(target, repository, undefined, {
        platform,
        format,
        ...(options.seed ? { seed: options.seed } : {}),
        ...(options.labels ? { labels: options.labels } : {}),
      }),
    );
  const mediaType = MEDIA[format].index;
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType,
      manifests: images.map((image) => ({
        mediaType: image.mediaType,
        digest: image.digest,
        size: image.manifest.length,
        platform: platformFields(image.platform),
      })),
    }),
  );
  const digest = await putManifest(
    target,
    repository,
    tag ?? sha256(manifest),
    manifest,
    mediaType,
  );
  return { digest, mediaType, platforms, images, manifest };
}

/** Put the manifest that `from` (tag or digest) names under the tag `to`; returns its digest. */
export async function retag(
  target: PushTarget,
  repository: string,
  from: string,
  to: string,
): Promise<string> {
  const response = await fetch(`${target.url}/v2/${repository}/manifests/${from}`, {
    headers: headers(target, repository, { accept: ALL_MANIFEST_TYPES }),
  });
  await expectStatus(response, 200, `get manifest ${repository}:${from}`);
  const mediaType = response.headers.get('content-type') ?? '';
  return putManifest(target, repository, to, Buffer.from(await response.arrayBuffer()), mediaType);
}

/** Move `tag` to a new image (different content, same platform); returns the new image. */
export function moveTag(
  target: PushTarget,
  repository: string,
  tag: string,
  options: PushImageOptions = {},
): Promise<PushedImage> {
  return pushImage(target, repository, tag, {
    seed: `moved ${Date.now()} ${Math.random()}`,
    ...options,
  });
}

/** Delete a manifest by digest (the registry runs with `storage.delete.enabled`). */
export async function deleteManifest(
  target: PushTarget,
  repository: string,
  digest: string,
): Promise<void> {
  const response = await fetch(`${target.url}/v2/${repository}/manifests/${digest}`, {
    method: 'DELETE',
    headers: headers(target, repository),
  });
  await expectStatus(response, 202, `delete ${repository}@${digest}`);
}
