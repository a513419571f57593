import { describe, expect, test } from 'vitest';
import type { Change } from '../change.js';
import { FileError, InputError } from '../errors.js';
import { memoryTree } from '../../../../test/support/memory-tree.js';
import { chartAppVersionEdits, type ChartAppVersion } from './chart-app-version.js';

const CHART = [
  '# The queen-califia chart',
  'apiVersion: v2',
  'name: queen-califia',
  'version: 0.4.1',
  'appVersion: "0.4.1" # synced on release',
  '',
].join('\n');
const tree = memoryTree({
  'helm/qc/Chart.yaml': CHART,
  'helm/qc/values-prod.yaml': '',
  'helm/bare/Chart.yaml': 'apiVersion: v2\nname: bare\nversion: 1.0.0\n',
  'helm/bare/values-prod.yaml': '',
  'k8s/values.yaml': '',
});
const tagChange = (file: string, service: string, to: string): Change => ({
  file,
  line: 3,
  service,
  field: 'tag',
  from: '0.4.1',
  to,
});

describe('chartAppVersionEdits', () => {
  test.each<[string, ChartAppVersion, Change[], string | undefined]>([
    ['off', false, [tagChange('helm/qc/values-prod.yaml', 'api', '0.5.0')], undefined],
    [
      'true: the one service changed in the chart',
      true,
      [tagChange('helm/qc/values-prod.yaml', 'api', '0.5.0')],
      CHART.replace('appVersion: "0.4.1"', 'appVersion: "0.5.0"'),
    ],
    [
      'a service name, among several changed',
      'frontend',
      [
        tagChange('helm/qc/values-prod.yaml', 'api', '0.5.0'),
        tagChange('helm/qc/values-prod.yaml', 'frontend', 'v0.6.0'),
      ],
      CHART.replace('appVersion: "0.4.1"', 'appVersion: "v0.6.0"'),
    ],
    [
      'a service not changed in the chart',
      'frontend',
      [tagChange('helm/qc/values-prod.yaml', 'api', '0.5.0')],
      undefined,
    ],
    ['a change outside any chart', true, [tagChange('k8s/values.yaml', 'api', '0.5.0')], undefined],
    ['already current', true, [tagChange('helm/qc/values-prod.yaml', 'api', '0.4.1')], undefined],
  ])('%s', (_, setting, changes, expected) => {
    const edits = chartAppVersionEdits(changes, tree, setting);
    expect(edits[0]?.after).toBe(expected);
    if (expected !== undefined)
      expect(edits[0]?.change).toMatchObject({
        file: 'helm/qc/Chart.yaml',
        line: 5,
        field: 'app-version',
        from: '0.4.1',
      });
  });

  test('true with several services changed in a chart asks for the name', () => {
    const changes = [
      tagChange('helm/qc/values-prod.yaml', 'api', '0.5.0'),
      tagChange('helm/qc/values-prod.yaml', 'frontend', '0.5.0'),
    ];
    const run = () => chartAppVersionEdits(changes, tree, true);
    expect(run).toThrow(InputError);
    expect(run).toThrow(
      /helm\/qc\/Chart.yaml's appVersion tracks.*'api', 'frontend'.*name the service/,
    );
  });

  test('a chart without appVersion is an error naming it', () => {
    const run = () =>
      chartAppVersionEdits([tagChange('helm/bare/values-prod.yaml', 'api', '1.1.0')], tree, true);
    expect(run).toThrow(FileError);
    expect(run).toThrow(/helm\/bare\/Chart.yaml:1: has no top-level appVersion/);
  });
});
