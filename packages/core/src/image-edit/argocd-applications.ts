/**
 * Argo CD Application manifests (seed 004): Argo CD Image Updater's default write-back sets Helm
 * parameters on the Application, under `spec.source.helm.parameters` (or `spec.sources[i]`):
 *
 *   - name: image.repository      # or api.image.repository
 *     value: ghcr.io/acme/api
 *   - name: image.tag
 *     value: "1.7.3"
 *
 * The parameters that share a prefix (`image`, `api.image`) form one image: its `tag` and
 * `digest` values are written; its `repository` (with `registry`) identifies it, as does the key
 * above `image` (`api` for `api.image.tag`). With neither, the Application's chart name
 * (`spec.source.chart`, else the last folder of `spec.source.path`) names the service.
 * `helm.valuesObject` is an ordinary map, read by the Helm image map finder. `helm.values` is a
 * YAML string inside YAML: its images are found (to know whose they are) but never edited, so a
 * bump of one of its services fails closed, asking to move the image to `valuesObject`.
 */
import { isMap, isScalar, type Pair, type YAMLSeq } from 'yaml';
import {
  baseOf,
  type FindContext,
  type FieldRead,
  identityOf,
  type NodeLocation,
  pathOf,
  readField,
  textAt,
} from './find-context.js';
import type {
  FieldSpan,
  ImageOccurrence,
  OccurrenceIdentity,
  PathSegment,
} from './image-occurrence.js';
import { YamlSyntaxError } from './image-edit-errors.js';
import { pairsByKey } from './yaml-maps.js';

const FIELDS = ['registry', 'repository', 'tag', 'digest'] as const;
type ParameterField = (typeof FIELDS)[number];

/** The parameters of one image: each field's `value` pair and the item's path. */
type ImageParameters = Map<ParameterField, { pair: Pair; path: PathSegment[]; text?: string }>;

/** Whether the document is an Argo CD Application. */
export function isArgoApplication(ctx: FindContext): boolean {
  const apiVersion = String(ctx.doc.get('apiVersion') ?? '');
  return ctx.doc.get('kind') === 'Application' && apiVersion.startsWith('argoproj.io/');
}

/** Whether the sequence at `loc` is a source's `helm.parameters`. */
export function isHelmParameters(loc: NodeLocation): boolean {
  if (loc.key !== 'parameters' || loc.parent?.key !== 'helm') return false;
  const path = pathOf(loc).slice(0, -2);
  return (
    (path.length === 2 && path[0] === 'spec' && path[1] === 'source') ||
    (path.length === 3 && path[0] === 'spec' && path[1] === 'sources')
  );
}

/** The parameters grouped by prefix: `image.tag` -> prefix `image`, field `tag`. */
function groupParameters(seq: YAMLSeq, seqPath: PathSegment[]): Map<string, ImageParameters> {
  const groups = new Map<string, ImageParameters>();
  seq.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const pairs = pairsByKey(item);
    const name = textAt(pairs, 'name');
    const value = pairs.get('value');
    const dot = name?.lastIndexOf('.') ?? -1;
    if (name === undefined || value === undefined || dot <= 0) return;
    const field = name.slice(dot + 1) as ParameterField;
    if (!FIELDS.includes(field)) return;
    const prefix = name.slice(0, dot);
    const group = groups.get(prefix) ?? new Map();
    if (!group.has(field))
      group.set(field, { pair: value, path: [...seqPath, index], text: textAt(pairs, 'value') });
    groups.set(prefix, group);
  });
  return groups;
}

/** The chart the Application deploys from this source: `chart`, else the path's last folder. */
function chartName(ctx: FindContext, sourcePath: PathSegment[]): string | undefined {
  const chart = ctx.doc.getIn([...sourcePath, 'chart']);
  if (typeof chart === 'string' && chart !== '') return chart;
  const path = ctx.doc.getIn([...sourcePath, 'path']);
  if (typeof path !== 'string') return undefined;
  const last = path.replace(/\/+$/, '').split('/').pop();
  return last || undefined;
}

/** Record one image of parameters (or why it cannot be written). */
function readImage(
  ctx: FindContext,
  loc: NodeLocation,
  prefix: string,
  group: ImageParameters,
  chart: string | undefined,
): void {
  if (!group.has('tag') && !group.has('digest')) return;
  const registry = group.get('registry')?.text;
  const repoText = group.get('repository')?.text;
  const repository =
    registry && repoText ? `${registry.replace(/\/+$/, '')}/${repoText}` : repoText;
  const segments = prefix.split('.');
  const byKey = segments.length > 1 && segments[segments.length - 1] === 'image';
  const named = byKey ? segments[segments.length - 2] : repository ? undefined : chart;
  const identity = identityOf([named], [repository]);
  const keyPath = `${baseOf(ctx, loc, 'helm-map').keyPath}[${prefix}]`;
  const line = ctx.source.lineOf(group.get('tag')?.pair.value ? rangeStart(group) : loc.offset);
  const base = { ...baseOf(ctx, loc, 'helm-map', line), keyPath, ...identity };
  const described = {
    ...(named ? { serviceHint: named, hintSource: 'image-key-path' as const } : {}),
    ...(repository ? { repository } : {}),
  };
  const fields: { tag?: FieldSpan; digest?: FieldSpan } = {};
  for (const key of ['tag', 'digest'] as const) {
    const param = group.get(key);
    if (!param) continue;
    const read: FieldRead = readField(ctx, param.pair, param.path);
    if (!read.ok) {
      ctx.skipped.push({
        ...base,
        ...described,
        field: key,
        line: read.line,
        reason: read.reason,
        detail: `${key} ${read.detail}`,
      });
      return;
    }
    fields[key] = read.span;
  }
  const occurrence: ImageOccurrence = {
    ...base,
    ...described,
    ...(fields.tag?.value ? { tag: fields.tag.value } : {}),
    ...(fields.digest?.value ? { digest: fields.digest.value } : {}),
    fields,
  };
  ctx.occurrences.push(occurrence);
}

/** Offset of the tag (else digest) parameter's value. */
function rangeStart(group: ImageParameters): number {
  const node = (group.get('tag') ?? group.get('digest'))?.pair.value as {
    range?: [number, number, number];
  } | null;
  return node?.range?.[0] ?? 0;
}

/** Read the Helm parameters of an Application's source as image occurrences. */
export function readHelmParameters(ctx: FindContext, seq: YAMLSeq, loc: NodeLocation): void {
  const seqPath = pathOf(loc);
  const chart = chartName(ctx, seqPath.slice(0, -2));
  for (const [prefix, group] of groupParameters(seq, seqPath))
    readImage(ctx, loc, prefix, group, chart);
}

/** Whether the map at `loc` is a source's `helm` map (its `values` may be a YAML string). */
export function isHelmOfSource(loc: NodeLocation): boolean {
  if (loc.key !== 'helm') return false;
  const path = pathOf(loc).slice(0, -1);
  return (
    (path.length === 2 && path[0] === 'spec' && path[1] === 'source') ||
    (path.length === 3 && path[0] === 'spec' && path[1] === 'sources')
  );
}

/**
 * Record the images of a `helm.values` string as skipped (`values-string`): editing YAML inside
 * a YAML string byte-exactly is not attempted. `find` is the finder, run on the string alone.
 */
export function readHelmValuesString(
  ctx: FindContext,
  node: unknown,
  loc: NodeLocation,
  find: (text: string) => ReadonlyArray<OccurrenceIdentity & { keyPath: string }>,
): void {
  if (!isScalar(node) || typeof node.value !== 'string') return;
  let inner: ReadonlyArray<OccurrenceIdentity & { keyPath: string }>;
  try {
    inner = find(node.value);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    return; // not YAML: Argo CD reports it; nothing here is an image to bump
  }
  for (const occ of inner)
    ctx.skipped.push({
      ...baseOf(ctx, loc, 'helm-map'),
      matchNames: occ.matchNames,
      matchRepositories: occ.matchRepositories,
      reason: 'values-string',
      detail:
        `holds ${occ.keyPath} inside a YAML string, which is not edited; move the image to ` +
        'helm.valuesObject (a map) or helm.parameters',
    });
}
