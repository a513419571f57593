/**
 * Helm-style image maps: the map at `<service>.image` (at any depth), and any map with a
 * `repository` that names an image and a `tag` or `digest` beside it. Bitnami's
 * `registry` + `repository` split is joined back into one repository.
 *
 *   api:
 *     image:
 *       registry: ghcr.io          # optional
 *       repository: org/api
 *       tag: "1.7.3"
 *       digest: sha256:…           # added after the tag when missing
 */
import { type Pair, type YAMLMap, isMap, isSeq } from 'yaml';
import { parseRepository } from '../reference.js';
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
import type { FieldSpan, HintSource, ImageOccurrence } from './image-occurrence.js';
import { insertionAfter, pairsByKey } from './yaml-maps.js';

const IMAGE_MAP_KEYS = ['registry', 'repository', 'tag', 'digest'] as const;

/** Whether `text` is a repository name (no tag, no digest). */
function isRepository(text: string | undefined): text is string {
  if (text === undefined) return false;
  try {
    parseRepository(text);
    return true;
  } catch {
    return false;
  }
}

/** The service a map at `…<service>.image` implies, and how. */
function hintFor(
  loc: NodeLocation,
  repository: string | undefined,
): { hint?: string; source: HintSource } {
  if (loc.key === 'image') {
    const holder = loc.parent;
    if (holder?.key !== undefined) return { hint: holder.key, source: 'image-key-path' };
    if (holder && isSeq(holder.container) && isMap(loc.container)) {
      const name = textAt(pairsByKey(loc.container), 'name');
      if (name) return { hint: name, source: 'sibling-name' };
    }
  } else if (loc.key !== undefined) {
    return { hint: loc.key, source: 'parent-key' };
  }
  return { hint: repository ? lastSegment(repository) : undefined, source: 'repository-name' };
}

/** The pair after which missing keys go: the tag, else the last repository-ish key, else the last. */
function insertionAnchor(map: YAMLMap, pairs: Map<string, Pair>): Pair | undefined {
  const tag = pairs.get('tag');
  if (tag) return tag;
  const named = new Set([pairs.get('repository'), pairs.get('name'), pairs.get('registry')]);
  const items = map.items as Pair[];
  for (let i = items.length - 1; i >= 0; i--) if (named.has(items[i])) return items[i];
  return items[items.length - 1];
}

/**
 * Read `map` as a Helm image map. Records an occurrence (or a skipped one) and returns the
 * pairs it claims, so the walk does not read them again; `undefined` when it is not one.
 */
export function readHelmImageMap(
  ctx: FindContext,
  map: YAMLMap,
  loc: NodeLocation,
  keys: ReadonlyArray<string | undefined>,
): Set<Pair> | undefined {
  const atImageKey = loc.key === 'image';
  if (!atImageKey && !keys.includes('repository')) return undefined;
  const pairs = pairsByKey(map);
  const repositoryKey = pairs.has('repository') || !atImageKey ? 'repository' : 'name';
  const registry = textAt(pairs, 'registry');
  const repoText = textAt(pairs, repositoryKey);
  const joined = registry && repoText ? `${registry.replace(/\/+$/, '')}/${repoText}` : repoText;
  const repository = isRepository(joined) ? joined : undefined;
  if (atImageKey ? !IMAGE_MAP_KEYS.some((k) => pairs.has(k)) : !repository) return undefined;
  if (!atImageKey && !pairs.has('tag') && !pairs.has('digest')) return undefined;

  const claimed = new Set<Pair>();
  let policy: { policy: string; name: string } | undefined;
  for (const key of ['registry', repositoryKey, 'tag', 'digest']) {
    const pair = pairs.get(key);
    if (!pair) continue;
    claimed.add(pair);
    const marker = markerOf(ctx, pair.value, loc);
    if (marker && !policy) policy = marker;
  }
  const { hint, source } = hintFor(loc, repository);
  const authoritative = source === 'image-key-path' ? hint : undefined;
  const identity = identityOf([authoritative, policy?.name], [repository]);
  const described = {
    ...(policy ? hintOf(policy.name, 'flux-policy') : hintOf(hint, source)),
    ...(policy ? { policy: policy.policy } : {}),
    ...(repository ? { repository } : {}),
  };

  const fields: { tag?: FieldSpan; digest?: FieldSpan } = {};
  for (const key of ['tag', 'digest'] as const) {
    const pair = pairs.get(key);
    if (!pair) continue;
    const read = readField(ctx, pair, pathOf(loc));
    if (!read.ok) {
      ctx.skipped.push({
        ...baseOf(ctx, loc, 'helm-map'),
        ...identity,
        ...described,
        field: key,
        line: read.line,
        reason: read.reason,
        detail: `${key} ${read.detail}`,
      });
      return claimed;
    }
    fields[key] = read.span;
  }
  const anchor = insertionAnchor(map, pairs);
  const insertion = anchor
    ? insertionAfter(ctx.source, map, anchor, pathOf(loc), { tagKey: 'tag', digestKey: 'digest' })
    : undefined;
  const occurrence: ImageOccurrence = {
    ...baseOf(ctx, loc, 'helm-map'),
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
