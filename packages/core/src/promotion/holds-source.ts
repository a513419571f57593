/**
 * The holds file of a config repository read through the API, and the holds applied to the
 * services a promotion would move: held ones are left out with a notice, unless ignored.
 */
import type { ComponentTags } from '../component-tags.js';
import type { GitHubApi, PromotionLog, RepositoryName } from './github-api.js';
import { holdNotice, type HoldsFile, parseHolds, splitHeld } from './holds.js';
import type { TreeEntry } from './promotion-plan.js';
import { type BlobTexts, readFileTexts } from './repository-reader.js';

/** Where the holds are and whether this run honours them (`holds-file`, `ignore-holds`). */
export interface HoldsSetting {
  path: string;
  ignore: boolean;
}

/** The holds file as read at the base: parsed, with its text and mode when it exists. */
export interface HoldsAtBase {
  file: HoldsFile;
  text?: string;
  mode?: string;
}

/** The holds file's entry in the base tree; undefined when there is none. */
export function holdsEntry(entries: readonly TreeEntry[], path: string): TreeEntry | undefined {
  return entries.find((e) => e.path === path && e.type === 'blob');
}

/** Read and validate the holds file from the base tree (absent: no holds); `known`: read ahead. */
export async function readHoldsAtBase(
  api: GitHubApi,
  repository: RepositoryName,
  entries: readonly TreeEntry[],
  path: string,
  known?: BlobTexts,
): Promise<HoldsAtBase> {
  const entry = holdsEntry(entries, path);
  if (!entry) return { file: parseHolds(path, undefined) };
  const [source] = await readFileTexts(api, repository, [entry], known);
  const text = source?.text ?? '';
  return { file: parseHolds(path, text), text, mode: entry.mode };
}

/** The services that may move in `environment`: held ones dropped with a notice each. */
export function withoutHeld(
  componentTags: ComponentTags,
  holds: HoldsFile,
  setting: HoldsSetting,
  environment: string,
  log: PromotionLog,
): ComponentTags {
  const split = splitHeld(componentTags, holds, environment);
  if (setting.ignore) {
    for (const { service } of split.held)
      log.warning(
        `Service '${service}' is held in '${environment}' by ${holds.path}; 'ignore-holds' is true, so it moves anyway.`,
      );
    return componentTags;
  }
  for (const { hold } of split.held) log.warning(holdNotice(holds, hold));
  return split.free;
}
