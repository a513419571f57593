/**
 * The manifest media types of the OCI image spec and Docker's v2 schema 2, and what kind of
 * manifest each one is.
 */

export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const DOCKER_IMAGE_CONFIG = 'application/vnd.docker.container.image.v1+json';
export const OCI_IMAGE_CONFIG = 'application/vnd.oci.image.config.v1+json';
export const DOCKER_SCHEMA1_SIGNED = 'application/vnd.docker.distribution.manifest.v1+prettyjws';

/** The `Accept` header of a manifest request: all four manifest media types. */
export const MANIFEST_ACCEPT = [
  OCI_INDEX,
  DOCKER_MANIFEST_LIST,
  OCI_MANIFEST,
  DOCKER_MANIFEST,
].join(', ');

/** An index (several platforms) or a single image manifest. */
export type ManifestKind = 'index' | 'manifest';

/** The media type without parameters, lowercased: `application/json; charset=utf-8` → `application/json`. */
export function bareMediaType(value: string): string {
  return (value.split(';')[0] ?? '').trim().toLowerCase();
}

/** The kind of manifest a media type denotes, or undefined for any other type. */
export function manifestKindOf(mediaType: string): ManifestKind | undefined {
  const bare = bareMediaType(mediaType);
  if (bare === OCI_INDEX || bare === DOCKER_MANIFEST_LIST) return 'index';
  if (bare === OCI_MANIFEST || bare === DOCKER_MANIFEST) return 'manifest';
  return undefined;
}

/** Whether a config media type is an image config that carries `os` and `architecture`. */
export function isImageConfigMediaType(mediaType: string): boolean {
  const bare = bareMediaType(mediaType);
  return bare === OCI_IMAGE_CONFIG || bare === DOCKER_IMAGE_CONFIG;
}
