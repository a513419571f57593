/**
 * Whole image references written as one string: the value at a key `image`
 * (`image: ghcr.io/org/api:1.7.3@sha256:…`), and a scalar carrying a whole-reference Flux
 * marker. The repository is kept as written; the tag and digest are replaced.
 */
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import { repositoryOf, tryParseReference } from '../reference.js';
import {
  baseOf,
  type FindContext,
  hintOf,
  identityOf,
  lastSegment,
  type NodeLocation,
  pathOf,
  textAt,
} from './find-context.js';
import type { FluxMarker } from './flux-markers.js';
import type { HintSource, ImageOccurrence } from './image-occurrence.js';
import { pairsByKey } from './yaml-maps.js';
import { readScalar, scalarText } from './yaml-scalars.js';

/** A reference string split into the repository as written, the tag and the digest. */
export interface ImageStringParts {
  repository: string;
  tag?: string;
  digest?: string;
}

/** Split a reference string; `undefined` when it is not a valid reference. */
export function splitImageString(value: string): ImageStringParts | undefined {
  const ref = tryParseReference(value);
  if (!ref) return undefined;
  return {
    repository: repositoryOf(ref),
    ...(ref.tag !== undefined ? { tag: ref.tag } : {}),
    ...(ref.digest !== undefined ? { digest: ref.digest } : {}),
  };
}

/** `repo[:tag][@digest]`: the tag is kept when a digest is added. */
export function formatImageString(parts: ImageStringParts): string {
  const tag = parts.tag !== undefined ? `:${parts.tag}` : '';
  const digest = parts.digest !== undefined ? `@${parts.digest}` : '';
  return `${parts.repository}${tag}${digest}`;
}

/** The service a string at this location implies, and how. */
function hintFor(
  loc: NodeLocation,
  repository: string | undefined,
): { hint?: string; source: HintSource } {
  const holder = loc.parent;
  if (loc.key === 'image' && holder?.key !== undefined)
    return { hint: holder.key, source: 'image-key-path' };
  if (loc.key === 'image' && isMap(loc.container) && isSeq(holder?.container)) {
    const name = textAt(pairsByKey(loc.container), 'name');
    if (name) return { hint: name, source: 'sibling-name' };
  }
  return { hint: repository ? lastSegment(repository) : undefined, source: 'repository-name' };
}

/**
 * Read an image string (at a key `image`, or any scalar with a whole-reference marker) and
 * record it as an occurrence, or as skipped when it cannot be edited safely.
 */
export function readImageString(
  ctx: FindContext,
  node: unknown,
  loc: NodeLocation,
  marker?: FluxMarker,
): void {
  const kind = marker ? 'flux-marker' : 'image-string';
  const { text, lineOf } = ctx.source;
  const read = readScalar(node, text, lineOf, undefined);
  // An unreadable value is still identified (to fail closed when it is an affected image).
  const value = read.ok
    ? read.span.value
    : isScalar(node)
      ? String(node.value ?? '').trim()
      : undefined;
  const aliased = isAlias(node) ? scalarText(node.resolve(ctx.doc)) : undefined;
  const parts = splitImageString(value ?? aliased ?? '');
  const { hint, source } = hintFor(loc, parts?.repository);
  const authoritative = source === 'image-key-path' ? hint : undefined;
  const identity = identityOf([authoritative, marker?.name], [parts?.repository]);
  const described = {
    ...hintOf(marker?.name ?? hint, marker ? 'flux-policy' : source),
    ...(marker ? { policy: marker.policy } : {}),
    ...(parts ? { repository: parts.repository } : {}),
  };
  const line = read.ok ? read.span.line : read.line;
  const base = { ...baseOf(ctx, loc, kind, line), ...identity, ...described };
  if (!read.ok) {
    ctx.skipped.push({ ...base, field: 'image', reason: read.reason, detail: read.detail });
    return;
  }
  if (!parts) {
    const empty = read.span.value === '';
    ctx.skipped.push({
      ...base,
      field: 'image',
      reason: empty ? 'empty' : 'unparseable-reference',
      detail: empty ? 'is empty' : `${JSON.stringify(read.span.value)} is not an image reference`,
    });
    return;
  }
  const path = pathOf(loc);
  const key = path[path.length - 1] ?? 'image';
  const occurrence: ImageOccurrence = {
    ...base,
    ...(parts.tag !== undefined ? { tag: parts.tag } : {}),
    ...(parts.digest !== undefined ? { digest: parts.digest } : {}),
    fields: { ref: { ...read.span, key, path } },
  };
  ctx.occurrences.push(occurrence);
  if (loc.anchors.length > 0) ctx.anchorsOf.set(occurrence, loc.anchors);
}
