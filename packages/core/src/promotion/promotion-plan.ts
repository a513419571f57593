/**
 * Plan a promotion over a repository tree read through the API: choose the files the patterns
 * match, then bump them with the same engine as bump-values (byte-exact, fail-closed). Pure:
 * every problem throws here, before anything is written.
 */
import type { Change } from '../change.js';
import type { ComponentTags } from '../component-tags.js';
import { matchFilePatterns } from '../file-patterns.js';
import { bumpFiles } from '../image-edit/bump-files.js';
import type { ChartAppVersion } from '../image-edit/chart-app-version.js';
import type { FluxNamespace } from '../image-edit/flux-namespaces.js';
import type {
  ImageOccurrence,
  SkippedOccurrence,
  WriteMode,
} from '../image-edit/image-occurrence.js';
import type { TreeSource } from '../verify/chart-files.js';

/** One entry of a recursive git tree, as the Git Data API lists it. */
export interface TreeEntry {
  path: string;
  mode: string;
  type: string;
  sha: string;
}

/** The tree's files that the patterns match, and the patterns that matched none. */
export interface SelectedFiles {
  files: TreeEntry[];
  unmatchedPatterns: string[];
}

/** Regular files (not symbolic links, submodules or directories) can be bumped. */
const FILE_MODES: ReadonlySet<string> = new Set(['100644', '100755']);

/** The regular files of `entries` that the glob lines match, sorted by path. */
export function selectPromotionFiles(
  entries: readonly TreeEntry[],
  patterns: readonly string[],
): SelectedFiles {
  const files = entries.filter((e) => e.type === 'blob' && FILE_MODES.has(e.mode));
  const byPath = new Map(files.map((e) => [e.path, e]));
  const { files: matched, unmatched } = matchFilePatterns([...byPath.keys()], patterns);
  return {
    files: matched.map((path) => byPath.get(path) as TreeEntry),
    unmatchedPatterns: unmatched,
  };
}

/** A matched file with its text at the base commit. */
export interface PromotionSource extends TreeEntry {
  text: string;
}

/** A file the promotion changes, with its mode (kept) and its text before and after. */
export interface PlannedFile {
  path: string;
  mode: string;
  before: string;
  after: string;
}

/** The commit a promotion makes: its files, its changes and the services they belong to. */
export interface PromotionPlan {
  files: PlannedFile[];
  changes: Change[];
  /** The services with at least one change, sorted. */
  services: string[];
  unmatchedServices: string[];
  skipped: SkippedOccurrence[];
  /** Occurrences left alone: their Flux marker is of another namespace. */
  leftAlone: ImageOccurrence[];
}

export interface PlanPromotionInput {
  files: readonly PromotionSource[];
  /** The services to bump (already filtered by the `services` input). */
  componentTags: ComponentTags;
  write: WriteMode;
  /**
   * Every path of the base tree and the text of the chart values files the matched overlays
   * need (`chartDefaultsNeeded`), so that an overlay is identified by its chart's values.
   */
  tree?: { paths: ReadonlySet<string>; texts: ReadonlyMap<string, string> };
  /** Let a tag move backwards (a rollback). */
  allowDowngrade?: boolean;
  /** Write only Flux markers of this namespace. */
  fluxNamespace?: FluxNamespace;
  /** Keep bumped charts' `appVersion` in step (their Chart.yaml texts in `tree`). */
  chartAppVersion?: ChartAppVersion;
}

/** The tree a plan reads chart defaults from; a path it was not given reads as empty. */
function treeSourceOf(tree: NonNullable<PlanPromotionInput['tree']>): TreeSource {
  return { paths: tree.paths, read: (path) => tree.texts.get(path) ?? '' };
}

/** Bump the files; throws a FileError (file and line) before anything is written. */
export function planPromotion(input: PlanPromotionInput): PromotionPlan {
  const modes = new Map(input.files.map((f) => [f.path, f.mode]));
  const result = bumpFiles({
    files: input.files.map(({ path, text }) => ({ path, text })),
    componentTags: input.componentTags,
    write: input.write,
    ...(input.tree ? { tree: treeSourceOf(input.tree) } : {}),
    ...(input.allowDowngrade ? { allowDowngrade: true } : {}),
    ...(input.fluxNamespace ? { fluxNamespace: input.fluxNamespace } : {}),
    ...(input.chartAppVersion ? { chartAppVersion: input.chartAppVersion } : {}),
  });
  return {
    files: result.files.map((f) => ({ ...f, mode: modes.get(f.path) ?? '100644' })),
    changes: result.changes,
    services: [...new Set(result.changes.map((c) => c.service))].sort(),
    unmatchedServices: result.unmatchedServices,
    skipped: result.skipped,
    leftAlone: result.leftAlone,
  };
}
