/**
 * The source of a promotion: an image already in its registry, chosen by an explicit tag or
 * by a tag policy, with its manifest bytes and the labels its build set.
 */
import type { ServiceImage } from './build-tags.js';
import { chooseTag, type TagChoice, type TagPolicy } from '../policy/tag-policy.js';
import type { ManifestKind } from '../registry/media-types.js';
import type { RegistryClient } from '../registry/registry-client.js';
import { manifestTarget, type ManifestTarget } from '../registry/registry-lookup.js';
import { RetagRegistryError } from './retag-errors.js';
import { sourceLabelsOf, type SourceLabels } from './source-labels.js';

/** What a retag needs of a registry client. */
export type RetagRegistry = Pick<
  RegistryClient,
  'listTags' | 'fetchManifestBody' | 'fetchBlob' | 'lookupManifest' | 'putManifest'
>;

/** `from-tag`, or a policy over the repository's tags list. */
export type SourceSpec = { kind: 'tag'; tag: string } | { kind: 'policy'; policy: TagPolicy };

export interface ResolvedSource {
  service: string;
  /** The repository as given in `images`. */
  repository: string;
  tag: string;
  digest: string;
  mediaType: string;
  kind: ManifestKind;
  /** The manifest's exact bytes, to PUT under each new tag. */
  body: Buffer;
  labels: SourceLabels;
  /** How the policy chose the tag; absent for `from-tag`. */
  choice?: TagChoice;
}

async function chooseSourceTag(
  registry: RetagRegistry,
  image: ServiceImage,
  policy: TagPolicy,
): Promise<TagChoice> {
  const listed = await registry.listTags(image.repository);
  if (listed.status !== 'present')
    throw new RetagRegistryError(image.repository, `Cannot list the tags: ${listed.message}`);
  return chooseTag(listed.tags, policy, image.repository);
}

/** The config of the manifest, or of an index's first platform image (attestations skipped). */
async function configDigestOf(
  registry: RetagRegistry,
  target: ManifestTarget,
  source: {
    kind: ManifestKind;
    config?: { digest: string };
    manifests: readonly { digest: string; attestation: boolean }[];
  },
): Promise<string | undefined> {
  if (source.kind === 'manifest') return source.config?.digest;
  const first = source.manifests.find((m) => !m.attestation);
  if (first === undefined) return undefined;
  const child = await registry.lookupManifest({ ...target, reference: first.digest });
  if (child.status !== 'present')
    throw new RetagRegistryError(
      target.repository,
      `Cannot read the index's first image: ${child.message}`,
    );
  return child.manifest.config?.digest;
}

async function readLabels(
  registry: RetagRegistry,
  target: ManifestTarget,
  source: Parameters<typeof configDigestOf>[2],
): Promise<SourceLabels> {
  const config = await configDigestOf(registry, target, source);
  if (config === undefined) return {};
  const blob = await registry.fetchBlob(target, config);
  if (blob.status !== 'present')
    throw new RetagRegistryError(
      target.repository,
      `Cannot read the image config: ${blob.message}`,
    );
  return sourceLabelsOf(blob.body);
}

/** Choose the source tag, read its manifest bytes and its labels. */
export async function resolveSource(
  registry: RetagRegistry,
  image: ServiceImage,
  spec: SourceSpec,
): Promise<ResolvedSource> {
  const choice =
    spec.kind === 'policy' ? await chooseSourceTag(registry, image, spec.policy) : undefined;
  const tag = choice?.tag ?? (spec.kind === 'tag' ? spec.tag : '');
  const target = manifestTarget(`${image.repository}:${tag}`, 'tag');
  const found = await registry.fetchManifestBody(target);
  if (found.status !== 'present')
    throw new RetagRegistryError(
      image.repository,
      `The source ${image.repository}:${tag} cannot be read: ${found.message}`,
    );
  const { manifest } = found;
  return {
    service: image.service,
    repository: image.repository,
    tag,
    digest: manifest.digest,
    mediaType: manifest.mediaType,
    kind: manifest.kind,
    body: found.body,
    labels: await readLabels(registry, target, manifest),
    ...(choice === undefined ? {} : { choice }),
  };
}
