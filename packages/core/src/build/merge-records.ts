/**
 * The component-tags record of a build: the file already in the workspace, the records of
 * a matrix's artifacts and this build's digests, merged in that order into one.
 */
import { type ComponentTags, formatComponentTags, mergeComponentTags } from '../component-tags.js';
import { recordComponentTags, type ServiceImage } from './build-tags.js';
import type { NamedComponentTags } from './build-request.js';
import { shortSha } from './tag-template.js';

/** What this build pushed: each service's digest, under the build's first tag. */
export interface BuildDigests {
  images: readonly ServiceImage[];
  digests: ReadonlyMap<string, string>;
  tag: string;
  sha: string;
  shortShaLength: number;
}

/** The records to merge, in order; later ones win where they overlap. */
export interface RecordSources {
  /** The file already at the output path, if any. */
  existing?: NamedComponentTags;
  /** Records read from artifacts (`merge-artifacts`). */
  artifacts?: readonly NamedComponentTags[];
  /** This build's digests (`digests`). */
  recorded?: BuildDigests;
}

/** The merged record, and its JSON as written. */
export interface MergedRecord {
  merged: ComponentTags;
  json: string;
}

/** Merge the sources in order and format the result. */
export function mergeRecords(sources: RecordSources): MergedRecord {
  const all: NamedComponentTags[] = [...(sources.existing ? [sources.existing] : [])];
  all.push(...(sources.artifacts ?? []));
  const recorded = sources.recorded;
  if (recorded)
    all.push({
      name: 'digests',
      tags: recordComponentTags({
        images: recorded.images,
        digests: recorded.digests,
        tag: recorded.tag,
        shortSha: shortSha(recorded.sha, recorded.shortShaLength),
      }),
    });
  const merged = mergeComponentTags(all);
  return { merged, json: formatComponentTags(merged) };
}
