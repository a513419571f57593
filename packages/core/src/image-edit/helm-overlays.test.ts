import { describe, expect, test } from 'vitest';
import { memoryTree } from '../../../../test/support/memory-tree.js';
import { analyseFile, findImageOccurrences } from './find-occurrences.js';
import { chartDefaultsNeeded, chartDefaultsPathOf, createOverlayReader } from './helm-overlays.js';

const paths = new Set([
  'charts/api/Chart.yaml',
  'charts/api/values.yaml',
  'charts/api/values-prod.yaml',
  'charts/api/templates/deployment.yaml',
  'charts/api/env/prod/values.yaml',
  'charts/web/Chart.yaml',
  'charts/web/values-prod.yaml',
  'apps/values-prod.yaml',
]);

describe('chartDefaultsPathOf', () => {
  test.each([
    ['charts/api/values-prod.yaml', 'charts/api/values.yaml'],
    ['charts/api/env/prod/values.yaml', 'charts/api/values.yaml'],
    ['charts/api/values.yaml', undefined], // the defaults themselves
    ['charts/api/templates/deployment.yaml', undefined], // a template, not values
    ['charts/api/Chart.yaml', undefined],
    ['charts/web/values-prod.yaml', undefined], // a chart without values.yaml
    ['apps/values-prod.yaml', undefined], // in no chart
  ])('%s -> %s', (file, expected) => {
    expect(chartDefaultsPathOf(file, paths)).toBe(expected);
  });

  test('the defaults the overlays need, once each', () => {
    const files = ['charts/api/values-prod.yaml', 'charts/api/env/prod/values.yaml', 'x.yaml'];
    expect(chartDefaultsNeeded(files, paths)).toEqual(['charts/api/values.yaml']);
  });
});

describe('createOverlayReader', () => {
  const tree = memoryTree({
    'c/Chart.yaml': 'name: c\n',
    'c/values.yaml':
      'image:\n  repository: ghcr.io/org/api\n  tag: "1"\nworker:\n  image:\n    repository: ghcr.io/org/worker\n    tag: "1"\n',
    'c/values-prod.yaml':
      'image:\n  tag: "1"\nworker:\n  image:\n    tag: "1"\nother:\n  image:\n    tag: "1"\n',
  });
  const overlay = { path: 'c/values-prod.yaml', text: tree.read('c/values-prod.yaml') };

  test('overlay maps take the identity of the same key path in the chart values', () => {
    const reader = createOverlayReader(tree, findImageOccurrences);
    const found = reader.complete(analyseFile(overlay)).found.occurrences;
    expect(found.map((o) => [o.keyPath, o.matchNames, o.matchRepositories])).toEqual([
      ['image', [], ['ghcr.io/org/api']],
      ['worker.image', ['worker'], ['ghcr.io/org/worker']],
      ['other.image', ['other'], []],
    ]);
    expect(found[0]?.chartDefault).toMatchObject({ file: 'c/values.yaml', line: 1 });
    expect(found[0]?.repository, 'the overlay still writes no repository').toBeUndefined();
  });

  test('without a tree, each file is read on its own', () => {
    const found = createOverlayReader(undefined, findImageOccurrences).complete(
      analyseFile(overlay),
    ).found.occurrences;
    expect(found[0]?.matchRepositories).toEqual([]);
  });

  test('a chart values file that is not YAML identifies nothing', () => {
    const broken = memoryTree({ 'c/Chart.yaml': '', 'c/values.yaml': 'a: [', ...{} });
    const reader = createOverlayReader(
      { paths: new Set([...broken.paths, overlay.path]), read: broken.read },
      findImageOccurrences,
    );
    expect(reader.complete(analyseFile(overlay)).found.occurrences[0]?.matchRepositories).toEqual(
      [],
    );
  });
});
