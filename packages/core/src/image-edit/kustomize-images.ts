/**
 * Kustomize image overrides: each item of `images:` in a Kustomization (or a Component, or a
 * `kustomization.yaml` without `kind`), and of `spec.images:` in a Flux Kustomization.
 *
 *   images:
 *     - name: ghcr.io/org/backend      # what the manifests say
 *       newName: ghcr.io/org/backend   # optional
 *       newTag: e5c2216                # set
 *       digest: sha256:…               # set; added after newTag when missing
 */
import { type Document, isAlias, isMap, type Pair, type YAMLMap } from 'yaml';
import {
  anchorOf,
  baseOf,
  type FindContext,
  hintOf,
  identityOf,
  lastSegment,
  markerOf,
  type NodeLocation,
  pathOf,
  readField,
  textAt,
} from './find-context.js';
import type { FieldSpan, ImageOccurrence } from './image-occurrence.js';
import { insertionAfter, pairsByKey } from './yaml-maps.js';

const KUSTOMIZE_KINDS: ReadonlySet<string> = new Set(['Kustomization', 'Component']);
const FILE_NAMES = /(?:^|[\\/])(?:kustomization\.ya?ml|Kustomization)$/;

/**
 * The path of the `images` list in this document if it is a Kustomization: `images` for
 * kustomize's own (`kustomize.config.k8s.io`, or a kustomization file with no `kind`),
 * `spec.images` for Flux's (`kustomize.toolkit.fluxcd.io`). `undefined` otherwise.
 */
export function kustomizeImagesPath(document: Document.Parsed, file: string): string | undefined {
  const root = document.contents;
  if (!isMap(root)) return undefined;
  const pairs = pairsByKey(root);
  const kind = textAt(pairs, 'kind');
  const apiVersion = textAt(pairs, 'apiVersion') ?? '';
  if (kind === undefined) return FILE_NAMES.test(file) ? 'images' : undefined;
  if (!KUSTOMIZE_KINDS.has(kind)) return undefined;
  return apiVersion.startsWith('kustomize.toolkit.fluxcd.io/') ? 'spec.images' : 'images';
}

/** The pair after which missing keys go: newTag, else newName, else name. */
function insertionAnchor(pairs: Map<string, Pair>): Pair | undefined {
  return pairs.get('newTag') ?? pairs.get('newName') ?? pairs.get('name');
}

/**
 * Read one `images[]` item. Records an occurrence, or a skipped one when the item cannot be
 * edited safely; returns the pairs it claims.
 */
export function readKustomizeImage(ctx: FindContext, item: unknown, loc: NodeLocation): Set<Pair> {
  const claimed = new Set<Pair>();
  const base = baseOf(ctx, loc, 'kustomize-image');
  if (!isMap(item)) {
    const target = isAlias(item) ? item.resolve(ctx.doc) : undefined;
    const name = isMap(target) ? textAt(pairsByKey(target), 'name') : undefined;
    const identity = identityOf([name ? lastSegment(name) : undefined], [name]);
    ctx.skipped.push({
      ...base,
      ...identity,
      ...hintOf(name ? lastSegment(name) : undefined, 'kustomize-name'),
      ...(isAlias(item)
        ? { reason: 'alias', detail: `is an alias (*${item.source}) of a value elsewhere` }
        : { reason: 'not-a-map', detail: 'is not a map with name and newTag' }),
    });
    return claimed;
  }
  const map = item as YAMLMap;
  const pairs = pairsByKey(map);
  const name = textAt(pairs, 'name');
  const newName = textAt(pairs, 'newName');
  const policy = (['name', 'newName', 'newTag', 'digest'] as const)
    .map((key) => {
      const pair = pairs.get(key);
      if (pair) claimed.add(pair);
      return pair ? markerOf(ctx, pair.value, loc) : undefined;
    })
    .find((marker) => marker !== undefined);
  const hint = name ? lastSegment(name) : undefined;
  const identity = identityOf([hint, policy?.name], [name, newName]);
  const repository = newName ?? name;
  const described = {
    ...(policy ? hintOf(policy.name, 'flux-policy') : hintOf(hint, 'kustomize-name')),
    ...(policy ? { policy: policy.policy } : {}),
    ...(repository ? { repository } : {}),
  };
  if (!name) {
    const detail = 'has no name: kustomize cannot match it to an image';
    ctx.skipped.push({ ...base, ...identity, ...described, reason: 'no-name', detail });
    return claimed;
  }
  const fields: { tag?: FieldSpan; digest?: FieldSpan } = {};
  for (const [field, key] of [
    ['tag', 'newTag'],
    ['digest', 'digest'],
  ] as const) {
    const pair = pairs.get(key);
    if (!pair) continue;
    const read = readField(ctx, pair, pathOf(loc));
    if (!read.ok) {
      const detail = `${key} ${read.detail}`;
      ctx.skipped.push({
        ...base,
        ...identity,
        ...described,
        field: key,
        line: read.line,
        reason: read.reason,
        detail,
      });
      return claimed;
    }
    fields[field] = read.span;
  }
  const anchor = insertionAnchor(pairs);
  const keys = { tagKey: 'newTag', digestKey: 'digest' };
  const insertion = anchor ? insertionAfter(ctx.source, map, anchor, pathOf(loc), keys) : undefined;
  const occurrence: ImageOccurrence = {
    ...base,
    ...identity,
    ...described,
    ...(fields.tag?.value ? { tag: fields.tag.value } : {}),
    ...(fields.digest?.value ? { digest: fields.digest.value } : {}),
    fields,
    ...(insertion ? { insertion } : {}),
  };
  ctx.occurrences.push(occurrence);
  const anchors = [...loc.anchors, ...[...claimed].flatMap((p) => anchorOf(p.value))];
  if (anchors.length > 0) ctx.anchorsOf.set(occurrence, anchors);
  return claimed;
}
