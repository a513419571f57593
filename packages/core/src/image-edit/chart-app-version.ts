/**
 * `chart-app-version`: keep a chart's `Chart.yaml` `appVersion` in step with the service whose
 * version it tracks (seed 000 syncs it on each release). The value written is the service's
 * new tag as is, which is what `{{ .Values.image.tag | default .Chart.AppVersion }}` expects.
 *
 * Which service: `true` means the one service whose tag this bump changed in the chart's files
 * (a chart that had several changed asks for the name); a service name means that service, in
 * the charts where its tag changed. Only the `appVersion` scalar's bytes change; the result is
 * re-parsed and must equal the original with only `appVersion` replaced.
 */
import { isMap, isScalar, type Pair } from 'yaml';
import type { Change } from '../change.js';
import { FileError, InputError } from '../errors.js';
import { chartDirOf, joinPath, type TreeSource } from '../verify/chart-files.js';
import { EditVerificationError, UnsafeOccurrenceError } from './image-edit-errors.js';
import { parseYamlFile } from './yaml-file.js';
import { colonOffset, pairKey } from './yaml-maps.js';
import { readScalar, replacementText } from './yaml-scalars.js';

/** `false`: off; `true`: the chart's one changed service; else the name of the service. */
export type ChartAppVersion = boolean | string;

/** A Chart.yaml the bump changes. */
export interface ChartFileEdit {
  path: string;
  before: string;
  after: string;
  change: Change;
}

/** The tag changes of the bump, by chart folder ('' is the root). */
function tagChangesByChart(changes: readonly Change[], paths: ReadonlySet<string>) {
  const byChart = new Map<string, Map<string, string>>();
  for (const change of changes) {
    if (change.field !== 'tag') continue;
    const chart = chartDirOf(change.file, paths);
    if (chart === undefined) continue;
    const services = byChart.get(chart) ?? new Map<string, string>();
    services.set(change.service, change.to);
    byChart.set(chart, services);
  }
  return byChart;
}

/** The service (and its new tag) whose version the chart's appVersion tracks, if any. */
function trackedService(
  chartFile: string,
  services: ReadonlyMap<string, string>,
  setting: ChartAppVersion,
): [string, string] | undefined {
  if (typeof setting === 'string') {
    const tag = services.get(setting);
    return tag === undefined ? undefined : [setting, tag];
  }
  const [only, ...others] = services;
  if (only && others.length === 0) return only;
  throw new InputError(
    'chart-app-version',
    'true',
    `cannot tell which service ${chartFile}'s appVersion tracks: this bump changed ` +
      `${[...services.keys()].map((s) => `'${s}'`).join(', ')} there; name the service instead`,
  );
}

/** The top-level `appVersion` pair of a Chart.yaml. */
function appVersionPair(path: string, text: string) {
  const source = parseYamlFile(path, text);
  const root = source.documents[0]?.contents;
  const pair = isMap(root)
    ? (root.items as Pair[]).find((p) => isScalar(p.key) && pairKey(p) === 'appVersion')
    : undefined;
  if (!pair)
    throw new FileError(path, 1, 'has no top-level appVersion to update (chart-app-version)');
  return { source, pair };
}

/** Set `appVersion` in a Chart.yaml's text, byte-exact; `undefined` when it already holds it. */
export function setAppVersion(
  path: string,
  text: string,
  version: string,
  service: string,
): { after: string; change: Change } | undefined {
  const { source, pair } = appVersionPair(path, text);
  const read = readScalar(pair.value, text, source.lineOf, colonOffset(pair, text));
  if (!read.ok)
    throw new UnsafeOccurrenceError(
      path,
      read.line,
      service,
      read.reason,
      `appVersion ${read.detail}`,
    );
  const span = read.span;
  if (span.value === version) return undefined;
  const after = text.slice(0, span.start) + replacementText(span, version) + text.slice(span.end);
  const expected = { ...(source.documents[0]?.toJS() as object), appVersion: version };
  const reread = appVersionPair(path, after).source.documents[0]?.toJS();
  if (JSON.stringify(reread) !== JSON.stringify(expected))
    throw new EditVerificationError(
      path,
      span.line,
      'after the edit, appVersion does not read as planned',
    );
  const change: Change = {
    file: path,
    line: span.line,
    service,
    field: 'app-version',
    from: span.value,
    to: version,
  };
  return { after, change };
}

/**
 * The Chart.yaml edits that keep each bumped chart's `appVersion` in step (none when off).
 * Throws an InputError when `true` cannot tell the service, and a FileError when a chart has no
 * `appVersion` or it cannot be written safely.
 */
export function chartAppVersionEdits(
  changes: readonly Change[],
  tree: TreeSource,
  setting: ChartAppVersion,
): ChartFileEdit[] {
  if (setting === false) return [];
  const edits: ChartFileEdit[] = [];
  for (const [chart, services] of tagChangesByChart(changes, tree.paths)) {
    const path = joinPath(chart, 'Chart.yaml');
    const tracked = trackedService(path, services, setting);
    if (tracked === undefined) continue;
    const before = tree.read(path);
    const set = setAppVersion(path, before, tracked[1], tracked[0]);
    if (set) edits.push({ path, before, after: set.after, change: set.change });
  }
  return edits.sort((a, b) => a.path.localeCompare(b.path));
}
