/**
 * Plan a bump over the workspace: match the file patterns, read the files, run the core engine.
 * Used for the first plan and again, on a fresh tree, when a push must be retried.
 */
import type { ComponentTags } from '../component-tags.js';
import { matchFilePatterns } from '../file-patterns.js';
import { bumpFiles, type BumpResult } from '../image-edit/bump-files.js';
import type { ChartAppVersion } from '../image-edit/chart-app-version.js';
import type { FluxNamespace } from '../image-edit/flux-namespaces.js';
import type { WriteMode } from '../image-edit/image-occurrence.js';
import {
  listedPathOf,
  listWorkspace,
  readListedFile,
  resolveInWorkspace,
  type WorkspaceListing,
  writeFileAtomic,
  writeListedFile,
} from '../workspace-files.js';

/** What to plan: the files (glob lines, `{env}` already replaced) and the values to write. */
export interface WorkspacePlanInput {
  filePatterns: readonly string[];
  write: WriteMode;
  /** Let a tag move backwards (a rollback). */
  allowDowngrade?: boolean;
  /** Write only Flux markers of this namespace. */
  fluxNamespace?: FluxNamespace;
  /** Keep bumped charts' `appVersion` in step. */
  chartAppVersion?: ChartAppVersion;
}

export interface WorkspacePlan extends BumpResult {
  /** Every file the patterns matched. */
  matchedFiles: string[];
  /** Patterns that matched no file. */
  unmatchedPatterns: string[];
  /** The workspace as this plan listed it, so that writing it resolves only the links. */
  listing?: WorkspaceListing;
}

/** Match, read and plan; throws before anything is written when a file cannot be bumped. */
export function planWorkspace(
  workspace: string,
  componentTags: ComponentTags,
  input: WorkspacePlanInput,
): WorkspacePlan {
  const listing = listWorkspace(workspace);
  const { files, unmatched } = matchFilePatterns(listing.files, input.filePatterns);
  // A symbolic link is read, reported and written as its target, once even when both match.
  const paths = [...new Set(files.map((path) => listedPathOf(listing, path, 'files')))];
  const read = (path: string) => readListedFile(listing, path, 'files');
  const sources = paths.map((path) => ({ path, text: read(path) }));
  const result = bumpFiles({
    files: sources,
    componentTags,
    write: input.write,
    tree: { paths: new Set(listing.files), read },
    allowDowngrade: input.allowDowngrade === true,
    ...(input.fluxNamespace ? { fluxNamespace: input.fluxNamespace } : {}),
    ...(input.chartAppVersion ? { chartAppVersion: input.chartAppVersion } : {}),
  });
  return { ...result, matchedFiles: files, unmatchedPatterns: unmatched, listing };
}

/**
 * Write every changed file of the plan, each atomically, inside the workspace. With the plan's
 * listing, a regular file is written at its listed path, a link resolved and checked as ever.
 */
export function writePlan(
  workspace: string,
  plan: BumpResult & { listing?: WorkspaceListing },
): void {
  const { listing } = plan;
  for (const file of plan.files)
    if (listing) writeListedFile(listing, file.path, file.after, 'files');
    else writeFileAtomic(resolveInWorkspace(workspace, file.path, 'files'), file.after);
}
