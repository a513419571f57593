/**
 * One image as verify-digests checks it: from an occurrence in a YAML file or from an entry of
 * component-tags.json, with the lines a violation points at.
 */
import type { OccurrenceKind } from '../image-edit/index.js';
import { normalizeRepository, parseRepository, registryOf, registryPathOf } from '../reference.js';

export type ImageOrigin = OccurrenceKind | 'component-tags';

export interface ImageRecord {
  file: string;
  /** 1-based line of the occurrence (the `image:` key, the list item, the service entry). */
  line: number;
  /** Lines of the tag and digest values, where they are written (else `line`). */
  tagLine: number;
  digestLine: number;
  origin: ImageOrigin;
  /** `api.image`, `images[0]`, or the service name in component-tags.json. */
  keyPath: string;
  /** The repository as written; absent when the occurrence names none. */
  repository?: string;
  /** Where the repository was read when not at the occurrence (`helm/api/values.yaml:4`). */
  repositoryFrom?: string;
  tag?: string;
  digest?: string;
}

/** A record whose repository is known, in the registry's terms. */
export interface LocatedImage extends ImageRecord {
  repository: string;
  /** `docker.io/library/nginx` for `nginx`. */
  normalized: string;
  /** `ghcr.io`, `docker.io`, `127.0.0.1:5000`. */
  registry: string;
  /** The repository path inside the registry (`library/nginx`). */
  path: string;
}

/** `repository[:tag][@digest]` as written; `(no repository)` stands in for a missing one. */
export function imageText(record: { repository?: string; tag?: string; digest?: string }): string {
  const tag = record.tag === undefined ? '' : `:${record.tag}`;
  const digest = record.digest === undefined ? '' : `@${record.digest}`;
  return `${record.repository ?? '(no repository)'}${tag}${digest}`;
}

/** The record in registry terms, or undefined when it names no repository. */
export function locate(record: ImageRecord): LocatedImage | undefined {
  if (record.repository === undefined) return undefined;
  const ref = parseRepository(record.repository);
  return {
    ...record,
    repository: record.repository,
    normalized: normalizeRepository(ref),
    registry: registryOf(ref),
    path: registryPathOf(ref),
  };
}

/** The normalised reference, `docker.io/library/nginx:1.27@sha256:…`: one per unique image. */
export function referenceKey(image: LocatedImage): string {
  return imageText({ ...image, repository: image.normalized });
}
