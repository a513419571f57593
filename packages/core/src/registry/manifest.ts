/**
 * Read what matters in a manifest body: its media type, its kind, the platforms of an index,
 * the config of an image manifest, and the platform of an image config. Pure.
 */
import { createHash } from 'node:crypto';
import { PromoteError } from '../errors.js';
import {
  bareMediaType,
  DOCKER_SCHEMA1_SIGNED,
  manifestKindOf,
  type ManifestKind,
} from './media-types.js';

/** A manifest body that is not a manifest we understand. */
export class ManifestFormatError extends PromoteError {
  override name = 'ManifestFormatError';
}

/** A child of an index: the manifest of one platform (or an attestation). */
export interface IndexEntry {
  digest: string;
  mediaType: string;
  size: number;
  /** `os/arch[/variant]`, absent when the entry names no platform. */
  platform?: string;
  /** Buildx attestation manifests (`vnd.docker.reference.type: attestation-manifest`). */
  attestation: boolean;
}

export interface ManifestDescription {
  mediaType: string;
  kind: ManifestKind;
  /** An index's children, in order; empty for an image manifest. */
  manifests: IndexEntry[];
  /** An index's image platforms (attestations left out), in order and without repeats. */
  platforms: string[];
  /** An image manifest's config descriptor. */
  config?: { digest: string; mediaType: string };
}

export interface PlatformFields {
  os?: unknown;
  architecture?: unknown;
  variant?: unknown;
}

/** `sha256:<hex>` of the bytes. */
export function sha256Digest(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** `os/arch[/variant]`, or undefined when os or architecture is missing. */
export function formatPlatform(fields: PlatformFields): string | undefined {
  const { os, architecture, variant } = fields;
  if (
    typeof os !== 'string' ||
    typeof architecture !== 'string' ||
    os === '' ||
    architecture === ''
  )
    return undefined;
  return typeof variant === 'string' && variant !== ''
    ? `${os}/${architecture}/${variant}`
    : `${os}/${architecture}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJsonObject(body: Buffer | string, what: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString());
  } catch {
    throw new ManifestFormatError(`the ${what} is not valid JSON`);
  }
  if (!isObject(parsed)) throw new ManifestFormatError(`the ${what} is not a JSON object`);
  return parsed;
}

function indexEntryOf(value: unknown, position: number): IndexEntry {
  if (!isObject(value) || typeof value.digest !== 'string')
    throw new ManifestFormatError(`index entry ${position} has no digest`);
  const platform = isObject(value.platform) ? formatPlatform(value.platform) : undefined;
  const annotations = isObject(value.annotations) ? value.annotations : {};
  return {
    digest: value.digest,
    mediaType: typeof value.mediaType === 'string' ? value.mediaType : '',
    size: typeof value.size === 'number' ? value.size : 0,
    ...(platform === undefined ? {} : { platform }),
    attestation: annotations['vnd.docker.reference.type'] === 'attestation-manifest',
  };
}

/** The manifest's kind from its media type, or from its shape when it names none. */
function kindOf(mediaType: string, manifest: Record<string, unknown>): ManifestKind {
  if (bareMediaType(mediaType) === DOCKER_SCHEMA1_SIGNED || manifest.schemaVersion === 1)
    throw new ManifestFormatError(
      'schema 1 manifests are not supported (their digest cannot be checked)',
    );
  const kind = mediaType === '' ? undefined : manifestKindOf(mediaType);
  if (kind !== undefined) return kind;
  if (mediaType !== '')
    throw new ManifestFormatError(`media type ${JSON.stringify(mediaType)} is not a manifest`);
  if (Array.isArray(manifest.manifests)) return 'index';
  if (isObject(manifest.config)) return 'manifest';
  throw new ManifestFormatError(
    'the body names no media type and is neither an index nor a manifest',
  );
}

/**
 * Describe a manifest body. The body's own `mediaType` wins over the `Content-Type` header.
 * Throws ManifestFormatError for anything that is not an index or an image manifest.
 */
export function describeManifest(body: Buffer | string, contentType = ''): ManifestDescription {
  const manifest = parseJsonObject(body, 'manifest');
  const mediaType =
    typeof manifest.mediaType === 'string' ? manifest.mediaType : bareMediaType(contentType);
  const kind = kindOf(mediaType, manifest);
  if (kind === 'index') {
    if (!Array.isArray(manifest.manifests))
      throw new ManifestFormatError('the index has no "manifests" list');
    const manifests = manifest.manifests.map(indexEntryOf);
    const platforms = [
      ...new Set(manifests.flatMap((m) => (m.attestation || !m.platform ? [] : [m.platform]))),
    ];
    return { mediaType, kind, manifests, platforms };
  }
  const config = manifest.config;
  if (!isObject(config) || typeof config.digest !== 'string')
    throw new ManifestFormatError('the manifest has no config descriptor');
  const configMediaType = typeof config.mediaType === 'string' ? config.mediaType : '';
  return {
    mediaType,
    kind,
    manifests: [],
    platforms: [],
    config: { digest: config.digest, mediaType: configMediaType },
  };
}

/** The platform an image config declares; throws ManifestFormatError when it declares none. */
export function platformOfImageConfig(body: Buffer | string): string {
  const platform = formatPlatform(parseJsonObject(body, 'image config'));
  if (platform === undefined)
    throw new ManifestFormatError('the image config has no "os" and "architecture"');
  return platform;
}
