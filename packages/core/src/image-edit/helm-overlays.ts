/**
 * Helm overlays: an environment's values file (`values-prod.yaml`, `values-argocd.yaml`) often
 * sets only `image.tag` / `image.digest`, or a top-level `image:` map, while the `repository` is
 * in the chart's own `values.yaml`; Helm merges the two. So does the finder, the way
 * verify-digests does (`verify/chart-repositories.ts`): the chart is the nearest folder above
 * the file holding `Chart.yaml`, and a Helm image map of the overlay takes the identity of the
 * map at the same key path in the chart's `values.yaml` (its repository and the service names
 * that path implies). Only the overlay's bytes are ever edited; the defaults are only read.
 */
import {
  chartDefaultsOf,
  chartDirOf,
  isValuesFile,
  type TreeSource,
} from '../verify/chart-files.js';
import type { AnalysedFile, FoundOccurrences } from './find-occurrences.js';
import { YamlSyntaxError } from './image-edit-errors.js';
import type { ChartDefault, ImageOccurrence, SkippedOccurrence } from './image-occurrence.js';

/** The chart's `values.yaml` that `file` is an overlay of, if it is one ('' never). */
export function chartDefaultsPathOf(file: string, paths: ReadonlySet<string>): string | undefined {
  const chart = chartDirOf(file, paths);
  if (chart === undefined || !isValuesFile(file, chart)) return undefined;
  const defaults = chartDefaultsOf(chart, paths);
  return defaults === file ? undefined : defaults;
}

/** The chart values files the overlays among `files` need, sorted (a caller reads them). */
export function chartDefaultsNeeded(
  files: readonly string[],
  paths: ReadonlySet<string>,
): string[] {
  const needed = new Set<string>();
  for (const file of files) {
    const defaults = chartDefaultsPathOf(file, paths);
    if (defaults !== undefined) needed.add(defaults);
  }
  return [...needed].sort();
}

/** The Helm image maps of a chart's values file that name a repository, by key path. */
export function chartDefaultsByKeyPath(found: FoundOccurrences): Map<string, ChartDefault> {
  const byKeyPath = new Map<string, ChartDefault>();
  for (const occ of found.occurrences) {
    if (occ.kind !== 'helm-map' || occ.repository === undefined || byKeyPath.has(occ.keyPath))
      continue;
    const identity = { matchNames: occ.matchNames, matchRepositories: occ.matchRepositories };
    byKeyPath.set(occ.keyPath, {
      file: occ.file,
      line: occ.line,
      repository: occ.repository,
      identity,
    });
  }
  return byKeyPath;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** `item` with the identity of its chart default merged in, when it lacks a repository. */
function withDefault<T extends ImageOccurrence | SkippedOccurrence>(
  item: T,
  defaults: ReadonlyMap<string, ChartDefault>,
): T {
  if (item.kind !== 'helm-map' || item.repository !== undefined) return item;
  const found = defaults.get(item.keyPath);
  if (found === undefined) return item;
  return {
    ...item,
    matchNames: union(item.matchNames, found.identity.matchNames),
    matchRepositories: union(item.matchRepositories, found.identity.matchRepositories),
    chartDefault: found,
  };
}

/** An overlay's occurrences with the identities its chart's values file gives them. */
export function withChartDefaults(
  found: FoundOccurrences,
  defaults: ReadonlyMap<string, ChartDefault>,
): FoundOccurrences {
  if (defaults.size === 0) return found;
  return {
    occurrences: found.occurrences.map((o) => withDefault(o, defaults)),
    skipped: found.skipped.map((s) => withDefault(s, defaults)),
  };
}

/** Reads each chart's defaults once and completes the overlays of that chart. */
export interface OverlayReader {
  /** `file` with its overlay maps identified (unchanged when it is no overlay). */
  complete(file: AnalysedFile): AnalysedFile;
}

/**
 * An overlay reader over `tree`. `find` is the finder (passed in so that this module does not
 * import the walk that imports it). A chart values file that does not parse identifies nothing
 * here: it is not edited, and verify-digests reports it.
 */
export function createOverlayReader(
  tree: TreeSource | undefined,
  find: (path: string, text: string) => FoundOccurrences,
): OverlayReader {
  const cache = new Map<string, Map<string, ChartDefault>>();
  const defaultsAt = (path: string): Map<string, ChartDefault> => {
    let defaults = cache.get(path);
    if (defaults === undefined) {
      defaults = new Map();
      try {
        defaults = chartDefaultsByKeyPath(find(path, tree?.read(path) ?? ''));
      } catch (error) {
        if (!(error instanceof YamlSyntaxError)) throw error; // not YAML: verify-digests says so
      }
      cache.set(path, defaults);
    }
    return defaults;
  };
  return {
    complete(file) {
      if (tree === undefined) return file;
      const path = chartDefaultsPathOf(file.source.file, tree.paths);
      if (path === undefined) return file;
      return { ...file, found: withChartDefaults(file.found, defaultsAt(path)) };
    },
  };
}
