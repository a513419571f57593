/**
 * The images an environment runs, read from its files with the same finder bump-values uses:
 * one `{tag, digest, image}` per service, so that promoting environment A to B is a bump of B
 * to A's images. Pure. A service written two ways in A, or not pinned by digest there, is a
 * FileError naming the file and line: prod gets digests.
 */
import type { ComponentTags } from '../component-tags.js';
import { FileError, InputError } from '../errors.js';
import { findImageOccurrences } from '../image-edit/find-occurrences.js';
import { AUTHORITATIVE_HINTS, type ImageOccurrence } from '../image-edit/image-occurrence.js';
import { fullName, type GitHubApi, type PromotionLog, type RepositoryName } from './github-api.js';
import { type PromotionSource, selectPromotionFiles, type TreeEntry } from './promotion-plan.js';
import { type BlobTexts, readFileTexts } from './repository-reader.js';

/** One service's image in an environment, and where it was read. */
export interface EnvironmentImage {
  service: string;
  tag: string;
  digest: string;
  repository?: string;
  file: string;
  line: number;
}

/** The service an occurrence names by itself (key path, Flux policy, kustomize name). */
function serviceOf(occ: ImageOccurrence): string | undefined {
  return occ.hintSource && AUTHORITATIVE_HINTS.has(occ.hintSource) ? occ.serviceHint : undefined;
}

function imageOf(occ: ImageOccurrence, service: string): EnvironmentImage {
  if (occ.digest && !occ.tag)
    throw new FileError(
      occ.file,
      occ.line,
      `${occ.keyPath} (service '${service}') is pinned by digest without a tag; ` +
        'promote copies a tag and its digest: write the tag beside the digest in the source environment.',
    );
  if (!occ.digest)
    throw new FileError(
      occ.file,
      occ.line,
      `${occ.keyPath} (service '${service}') is not pinned by digest` +
        (occ.tag ? ` (tag ${JSON.stringify(occ.tag)} only)` : '') +
        '; a promotion copies digests, never tags alone. Pin it in the source environment first.',
    );
  return {
    service,
    tag: occ.tag ?? '',
    digest: occ.digest,
    ...(occ.repository ? { repository: occ.repository } : {}),
    file: occ.file,
    line: occ.line,
  };
}

/**
 * The images of the services `files` name, by service. `services` narrows them (empty: all);
 * only the chosen services must be pinned and agree.
 */
export function environmentImages(
  files: readonly PromotionSource[],
  services: readonly string[] = [],
): Map<string, EnvironmentImage> {
  const images = new Map<string, EnvironmentImage>();
  for (const file of files) {
    for (const occ of findImageOccurrences(file.path, file.text).occurrences) {
      const service = serviceOf(occ);
      if (service === undefined || (services.length > 0 && !services.includes(service))) continue;
      const image = imageOf(occ, service);
      const seen = images.get(service);
      if (seen && (seen.tag !== image.tag || seen.digest !== image.digest))
        throw new FileError(
          image.file,
          image.line,
          `service '${service}' runs ${image.tag}@${image.digest} here but ` +
            `${seen.tag}@${seen.digest} in ${seen.file}:${seen.line}; a promotion needs one image per service`,
        );
      if (!seen) images.set(service, image);
    }
  }
  return images;
}

/** The images as component tags, for the bump of the target environment. */
export function imagesAsComponentTags(
  images: ReadonlyMap<string, EnvironmentImage>,
): ComponentTags {
  const tags: ComponentTags = {};
  for (const [service, image] of images) tags[service] = { tag: image.tag, digest: image.digest };
  return tags;
}

/** A branch already read: its name, head commit and tree entries (and texts read ahead). */
export interface BranchAt {
  base: string;
  head: string;
  entries: readonly TreeEntry[];
  texts?: BlobTexts;
}

/**
 * Read the images of the source environment's files on a branch the caller has read (`at`:
 * the promotion's base, so that source and target are read on one commit).
 */
export async function readEnvironmentImages(
  api: GitHubApi,
  repository: RepositoryName,
  from: { patterns: readonly string[]; services: readonly string[] },
  log: PromotionLog,
  at: BranchAt,
): Promise<Map<string, EnvironmentImage>> {
  const { base, head, entries, texts } = at;
  const tree = { entries };
  const selected = selectPromotionFiles(tree.entries, from.patterns);
  if (selected.files.length === 0)
    throw new InputError(
      'from-environment',
      from.patterns.join(', '),
      `matches no file in ${fullName(repository)}@${base}: check 'files' and 'from-environment'`,
    );
  const images = environmentImages(
    await readFileTexts(api, repository, selected.files, texts),
    from.services,
  );
  for (const service of from.services)
    if (!images.has(service))
      throw new InputError('services', service, 'has no image in the source environment');
  log.info(`Source: ${images.size} service(s) in ${selected.files.length} file(s) at ${head}.`);
  return images;
}
