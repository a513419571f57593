/**
 * What a registry lookup reports. Every outcome is one of three, and the client fails closed:
 * `present` only when the registry served the object and its digest checks out, `missing` only
 * when the registry said so in the distribution API's own words, `error` whenever the truth is
 * unknown. Messages name the registry and say why.
 */
import { InvalidReferenceError } from '../errors.js';
import {
  isValidDigest,
  isValidTag,
  parseReference,
  registryOf,
  registryPathOf,
  type ImageReference,
} from '../reference.js';
import type { IndexEntry } from './manifest.js';
import type { ManifestKind } from './media-types.js';

export type LookupStatus = 'present' | 'missing' | 'error';

export type LookupErrorReason =
  | 'unreachable'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'server-error'
  | 'bad-response'
  | 'digest-mismatch'
  | 'unsupported';

/** The registry said it does not have it: `code` is its error code (`MANIFEST_UNKNOWN` …). */
export interface LookupMissing {
  status: 'missing';
  code: string;
  message: string;
}

/** The truth is unknown. */
export interface LookupError {
  status: 'error';
  reason: LookupErrorReason;
  message: string;
  httpStatus?: number;
}

export type LookupFailure = LookupMissing | LookupError;

/** One manifest in one repository of one registry, by digest or by tag. */
export interface ManifestTarget {
  /** As in a normalised reference: `ghcr.io`, `docker.io`, `127.0.0.1:5000`. */
  registry: string;
  /** The path inside the registry: `acme/api`, `library/nginx`. */
  repository: string;
  /** A digest (`sha256:…`) or a tag. */
  reference: string;
}

export interface ManifestInfo {
  /** The verified `sha256:` digest of the manifest as served. */
  digest: string;
  mediaType: string;
  kind: ManifestKind;
  size: number;
  /** An index's image platforms; a single manifest's own platform once read; else empty. */
  platforms: string[];
  /** An index's children. */
  manifests: IndexEntry[];
  /** An image manifest's config descriptor. */
  config?: { digest: string; mediaType: string };
  /** Why a single manifest's platform could not be read (the manifest itself is present). */
  platformProblem?: string;
}

export type ManifestLookup = { target: ManifestTarget } & (
  { status: 'present'; manifest: ManifestInfo } | LookupFailure
);

export interface RepositoryTarget {
  registry: string;
  repository: string;
}

export type TagListLookup = RepositoryTarget &
  ({ status: 'present'; tags: string[] } | LookupFailure);

export type BlobLookup = RepositoryTarget & { digest: string } & (
    { status: 'present'; size?: number } | LookupFailure
  );

export type BlobFetch = RepositoryTarget & { digest: string } & (
    { status: 'present'; body: Buffer } | LookupFailure
  );

/**
 * The manifest to look up for an image reference: by digest when it has one (unless
 * `by: 'tag'`), else by its tag, else `latest`. Parses text with `parseReference`.
 */
export function manifestTarget(
  image: string | ImageReference,
  by?: 'digest' | 'tag',
): ManifestTarget {
  const ref = typeof image === 'string' ? parseReference(image) : image;
  const reference = by === 'tag' ? (ref.tag ?? 'latest') : (ref.digest ?? ref.tag ?? 'latest');
  return { registry: registryOf(ref), repository: registryPathOf(ref), reference };
}

/** The repository of an image reference or repository name, in registry terms. */
export function repositoryTarget(image: string | ImageReference): RepositoryTarget {
  const { registry, repository } = manifestTarget(image);
  return { registry, repository };
}

/** `registry/repository@digest` or `registry/repository:tag`. */
export function describeTarget(target: ManifestTarget): string {
  const separator = isValidDigest(target.reference) ? '@' : ':';
  return `${target.registry}/${target.repository}${separator}${target.reference}`;
}

const PATH_RE =
  /^[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*)*$/;

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** A repository target whose path is a valid repository path; throws InvalidReferenceError. */
function checkedRepository(target: RepositoryTarget): RepositoryTarget {
  if (!PATH_RE.test(target.repository))
    throw new InvalidReferenceError(target.repository, 'it is not a repository path');
  return { registry: target.registry, repository: target.repository };
}

/** A manifest target from text, a parsed reference or a target; throws InvalidReferenceError. */
export function toManifestTarget(image: string | ImageReference | ManifestTarget): ManifestTarget {
  const target = isObject(image) && 'reference' in image ? image : manifestTarget(image);
  checkedRepository(target);
  if (!isValidDigest(target.reference) && !isValidTag(target.reference))
    throw new InvalidReferenceError(target.reference, 'it is neither a digest nor a tag');
  return target;
}

/** A repository target from text, a parsed reference or a target; throws InvalidReferenceError. */
export function toRepositoryTarget(
  repository: string | ImageReference | RepositoryTarget,
): RepositoryTarget {
  const isTarget = isObject(repository) && 'registry' in repository && 'repository' in repository;
  return checkedRepository(isTarget ? repository : repositoryTarget(repository));
}

/** The digest, if it is a sha256 digest; throws InvalidReferenceError. */
export function checkedDigest(digest: string): string {
  if (!isValidDigest(digest)) throw new InvalidReferenceError(digest, 'it is not a sha256 digest');
  return digest;
}
