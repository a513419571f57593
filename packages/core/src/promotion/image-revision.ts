/**
 * The source commit an image was built from: the `org.opencontainers.image.revision` label of
 * its config blob (of an index: of its first platform image, attestations skipped), read
 * through the registry client. Best-effort: a missing label, an image the registry does not
 * have or a registry that cannot be reached gives a note, never a throw.
 */
import { REVISION_LABEL, sourceLabelsOf } from '../build/source-labels.js';
import { inlineCode, shortDigest } from '../markdown.js';
import type { RegistryClient } from '../registry/registry-client.js';
import { manifestTarget, type ManifestTarget } from '../registry/registry-lookup.js';

/** What reading a revision needs of a registry client. */
export type RevisionRegistry = Pick<RegistryClient, 'lookupManifest' | 'fetchBlob'>;

/** The revision label's value, or a sentence that says why it is unknown. */
export type RevisionRead = { kind: 'found'; revision: string } | { kind: 'unknown'; note: string };

/** `ghcr.io/acme/api@sha256:0123456789ab…` in inline code, for notes. */
function shown(repository: string, digest: string): string {
  return inlineCode(`${repository}@${shortDigest(digest)}`);
}

/** The config blob digest of the image at `target`, or why there is none. */
async function configDigestOf(
  registry: RevisionRegistry,
  target: ManifestTarget,
): Promise<{ digest: string } | { problem: string }> {
  const found = await registry.lookupManifest(target);
  if (found.status !== 'present') return { problem: `cannot be read (${found.message})` };
  const { manifest } = found;
  if (manifest.kind === 'manifest')
    return manifest.config ? { digest: manifest.config.digest } : { problem: 'has no config' };
  const first = manifest.manifests.find((m) => !m.attestation);
  if (first === undefined) return { problem: 'is an index without a platform image' };
  return configDigestOf(registry, { ...target, reference: first.digest });
}

async function readRevision(
  registry: RevisionRegistry,
  repository: string,
  digest: string,
): Promise<RevisionRead> {
  const image = shown(repository, digest);
  const target = manifestTarget(`${repository}@${digest}`);
  const config = await configDigestOf(registry, target);
  if ('problem' in config) return { kind: 'unknown', note: `the image ${image} ${config.problem}` };
  const blob = await registry.fetchBlob(target, config.digest);
  if (blob.status !== 'present')
    return { kind: 'unknown', note: `the config of ${image} cannot be read (${blob.message})` };
  const { revision } = sourceLabelsOf(blob.body);
  if (revision === undefined)
    return {
      kind: 'unknown',
      note: `the image ${image} has no ${inlineCode(REVISION_LABEL)} label`,
    };
  return { kind: 'found', revision };
}

/**
 * The revision label of `repository@digest`; never throws: a reference that does not parse or a
 * registry error is a note naming the image.
 */
export async function tryReadImageRevision(
  registry: RevisionRegistry,
  repository: string,
  digest: string,
): Promise<RevisionRead> {
  try {
    return await readRevision(registry, repository, digest);
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    return {
      kind: 'unknown',
      note: `the image ${shown(repository, digest)} cannot be read (${error.message})`,
    };
  }
}
