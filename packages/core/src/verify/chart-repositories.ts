/**
 * A Helm values file for one environment often sets only `image.tag` and `image.digest`; the
 * repository is in the chart's own `values.yaml`, and Helm merges the two. So does this: a Helm
 * image map without a repository takes the one at the same key path in the chart's defaults.
 */
import type { FoundOccurrences } from '../image-edit/index.js';
import { chartDefaultsOf, chartDirOf, type TreeSource } from './chart-files.js';
import { findInFile } from './collect-images.js';
import type { ImageRecord } from './image-record.js';

/** Fill in the repository of Helm image maps that lack one from their chart's `values.yaml`. */
export function withChartRepositories(
  records: readonly ImageRecord[],
  tree: TreeSource,
): ImageRecord[] {
  const defaults = new Map<string, FoundOccurrences | undefined>();
  const occurrencesOf = (path: string): FoundOccurrences | undefined => {
    if (!defaults.has(path)) {
      const found = findInFile({ path, text: tree.read(path) });
      defaults.set(path, 'rule' in found ? undefined : found);
    }
    return defaults.get(path);
  };
  return records.map((record) => {
    if (record.origin !== 'helm-map' || record.repository !== undefined) return record;
    const chart = chartDirOf(record.file, tree.paths);
    const path = chart === undefined ? undefined : chartDefaultsOf(chart, tree.paths);
    if (path === undefined || path === record.file) return record;
    const match = occurrencesOf(path)?.occurrences.find(
      (o) => o.kind === 'helm-map' && o.keyPath === record.keyPath && o.repository !== undefined,
    );
    if (match?.repository === undefined) return record;
    return { ...record, repository: match.repository, repositoryFrom: `${path}:${match.line}` };
  });
}
