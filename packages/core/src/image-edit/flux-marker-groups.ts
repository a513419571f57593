/**
 * Flux markers with a `:tag`, `:name` or `:digest` suffix that are not part of a Helm map or a
 * kustomize image: the marked scalars of one collection that name the same policy form one
 * occurrence (its tag, its digest, and its repository from the `:name` scalar).
 *
 *   backend:
 *     repo: ghcr.io/org/backend            # {"$imagepolicy": "flux-system:backend:name"}
 *     version: develop-v0.0.1-a1b2c3d-1    # {"$imagepolicy": "flux-system:backend:tag"}
 */
import {
  baseOf,
  type FindContext,
  identityOf,
  lineAt,
  type NodeLocation,
  pathOf,
} from './find-context.js';
import type { FluxMarker } from './flux-markers.js';
import type { FieldSpan, ImageOccurrence } from './image-occurrence.js';
import { readScalar } from './yaml-scalars.js';

/** A scalar with a suffix marker, as the walk met it. */
export interface MarkedScalar {
  node: unknown;
  loc: NodeLocation;
  marker: FluxMarker;
  /** Offset of the `:` before the value, when it is a map value. */
  colon?: number;
}

/** Group the suffix-marked scalars of one collection by policy and record each group. */
export function readFluxMarkerGroups(
  ctx: FindContext,
  container: NodeLocation,
  marked: readonly MarkedScalar[],
): void {
  const groups = new Map<string, MarkedScalar[]>();
  for (const item of marked) {
    const group = groups.get(item.marker.policy);
    if (group) group.push(item);
    else groups.set(item.marker.policy, [item]);
  }
  for (const [policy, items] of groups) readGroup(ctx, container, policy, items);
}

/** Record one policy's marked scalars as a flux-marker occurrence (or a skipped one). */
function readGroup(
  ctx: FindContext,
  container: NodeLocation,
  policy: string,
  items: readonly MarkedScalar[],
): void {
  const first = items[0] as MarkedScalar;
  const { text, lineOf } = ctx.source;
  const fields: { tag?: FieldSpan; digest?: FieldSpan } = {};
  let repository: string | undefined;
  const name = first.marker.name;
  const described = { serviceHint: name, hintSource: 'flux-policy' as const, policy };
  for (const item of items) {
    const read = readScalar(item.node, text, lineOf, item.colon);
    const base = baseOf(ctx, container, 'flux-marker', lineAt(ctx, item.loc));
    if (!read.ok) {
      const identity = identityOf([name], [repository]);
      const field = item.marker.field;
      const { reason, detail, line } = read;
      ctx.skipped.push({ ...base, ...identity, ...described, field, reason, detail, line });
      return;
    }
    const path = pathOf(item.loc);
    const key = path[path.length - 1] ?? '';
    const span: FieldSpan = { ...read.span, key, path };
    if (item.marker.field === 'name') repository ??= span.value || undefined;
    else if (item.marker.field === 'tag' || item.marker.field === 'digest')
      fields[item.marker.field] ??= span;
  }
  const occurrence: ImageOccurrence = {
    ...baseOf(ctx, container, 'flux-marker', lineAt(ctx, first.loc)),
    ...identityOf([name], [repository]),
    ...described,
    ...(repository ? { repository } : {}),
    ...(fields.tag?.value ? { tag: fields.tag.value } : {}),
    ...(fields.digest?.value ? { digest: fields.digest.value } : {}),
    fields,
  };
  ctx.occurrences.push(occurrence);
  const anchors = [...new Set(items.flatMap((item) => item.loc.anchors))];
  if (anchors.length > 0) ctx.anchorsOf.set(occurrence, anchors);
}
