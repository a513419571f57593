/**
 * Put a source manifest under new tags without a rebuild: plan what each tag needs (push,
 * move an alias, or keep), refuse to move an immutable tag, then PUT the source's exact bytes
 * under each tag and read it back.
 */
import { OCI_INDEX, OCI_MANIFEST } from '../registry/media-types.js';
import { manifestTarget } from '../registry/registry-lookup.js';
import { ImmutableTagError, ReadBackError, RetagRegistryError } from './retag-errors.js';
import type { ResolvedSource, RetagRegistry } from './resolve-source.js';

/** What a tag needs: */
export type TagAction =
  /** the tag does not exist yet: push it */
  | 'push'
  /** an alias that points at another digest: move it to the source */
  | 'move'
  /** the tag already points at the source: leave it (a re-run is a no-op) */
  | 'keep';

/** A tag to put on the source, from one template line. */
export interface WantedTag {
  tag: string;
  /** A template with no placeholder (`production`): it may move between digests. */
  alias: boolean;
}

export interface PlannedTag extends WantedTag {
  action: TagAction;
  /** The digest the tag points at now, when it exists. */
  current?: string;
}

async function planOne(
  registry: RetagRegistry,
  source: ResolvedSource,
  wanted: WantedTag,
): Promise<PlannedTag> {
  const found = await registry.lookupManifest(
    manifestTarget(`${source.repository}:${wanted.tag}`, 'tag'),
  );
  if (found.status === 'missing') return { ...wanted, action: 'push' };
  if (found.status === 'error')
    throw new RetagRegistryError(
      source.repository,
      `Cannot read ${source.repository}:${wanted.tag}: ${found.message}`,
    );
  const current = found.manifest.digest;
  if (current === source.digest) return { ...wanted, action: 'keep', current };
  if (!wanted.alias)
    throw new ImmutableTagError(source.repository, wanted.tag, current, source.digest);
  return { ...wanted, action: 'move', current };
}

/** What each tag needs; throws ImmutableTagError before anything is pushed. */
export async function planRetag(
  registry: RetagRegistry,
  source: ResolvedSource,
  tags: readonly WantedTag[],
): Promise<PlannedTag[]> {
  const planned: PlannedTag[] = [];
  for (const wanted of tags) planned.push(await planOne(registry, source, wanted));
  return planned;
}

/** The media type to PUT with: the manifest's own, else the OCI type of its kind. */
function mediaTypeOf(source: ResolvedSource): string {
  if (source.mediaType !== '') return source.mediaType;
  return source.kind === 'index' ? OCI_INDEX : OCI_MANIFEST;
}

async function pushOne(
  registry: RetagRegistry,
  source: ResolvedSource,
  tag: string,
): Promise<void> {
  const target = manifestTarget(`${source.repository}:${tag}`, 'tag');
  const pushed = await registry.putManifest(target, source.body, mediaTypeOf(source));
  if (pushed.status !== 'pushed')
    throw new RetagRegistryError(
      source.repository,
      `Cannot push ${source.repository}:${tag}: ${pushed.message}`,
    );
  const back = await registry.lookupManifest(target);
  if (back.status !== 'present')
    throw new ReadBackError(source.repository, tag, `cannot be read back: ${back.message}`);
  if (back.manifest.digest !== source.digest)
    throw new ReadBackError(
      source.repository,
      tag,
      `resolves to ${back.manifest.digest}, not the source ${source.digest}`,
    );
}

/** PUT the source under every tag that needs it, then check each resolves to the source digest. */
export async function applyRetag(
  registry: RetagRegistry,
  source: ResolvedSource,
  planned: readonly PlannedTag[],
): Promise<void> {
  for (const entry of planned)
    if (entry.action !== 'keep') await pushOne(registry, source, entry.tag);
}
