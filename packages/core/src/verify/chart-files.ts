/**
 * Helm charts in a tree of files: the chart a values file belongs to (the nearest ancestor
 * directory holding `Chart.yaml`), and which files of a chart are values files. Pure over paths.
 */

/** A tree of files: every path (relative, `/`-separated) and a way to read one. */
export interface TreeSource {
  paths: ReadonlySet<string>;
  /** The text of a file of `paths`. */
  read(path: string): string;
}

/** Chart files that are not values, and folders of a chart that hold no values. */
const NOT_VALUES = new Set(['Chart.yaml', 'Chart.lock', 'requirements.yaml', 'requirements.lock']);
const NOT_VALUES_DIRS = new Set(['templates', 'charts', 'crds']);

/** `a/b` of `a/b/c`; '' for a file at the root. */
export function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** `dir/name`, or `name` when `dir` is the root. */
export function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** The nearest ancestor directory of `file` that holds a `Chart.yaml`, if any ('' is the root). */
export function chartDirOf(file: string, paths: ReadonlySet<string>): string | undefined {
  let dir = directoryOf(file);
  for (;;) {
    if (paths.has(joinPath(dir, 'Chart.yaml'))) return dir;
    if (dir === '') return undefined;
    dir = directoryOf(dir);
  }
}

/** Whether `file`, inside the chart at `chartDir`, is a values file (YAML, not a template). */
export function isValuesFile(file: string, chartDir: string): boolean {
  if (!/\.ya?ml$/.test(file)) return false;
  const inside = chartDir === '' ? file : file.slice(chartDir.length + 1);
  const segments = inside.split('/');
  if (segments.length > 1 && NOT_VALUES_DIRS.has(segments[0] as string)) return false;
  return !(segments.length === 1 && NOT_VALUES.has(inside));
}

/** The chart's own `values.yaml` (or `values.yml`), if it has one. */
export function chartDefaultsOf(chartDir: string, paths: ReadonlySet<string>): string | undefined {
  return ['values.yaml', 'values.yml'].map((n) => joinPath(chartDir, n)).find((p) => paths.has(p));
}
