/**
 * What the per-kind finders share while one document is walked: where a node sits, the
 * results collected so far, and small helpers to read a field or a marker the same way.
 */
import { type Document, isScalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { normalizeRepositoryText } from '../reference.js';
import { type BadFluxMarker, type FluxMarker, markerAfter } from './flux-markers.js';
import {
  type FieldSpan,
  formatKeyPath,
  type HintSource,
  type ImageOccurrence,
  type OccurrenceIdentity,
  type OccurrenceKind,
  type PathSegment,
  type SkippedOccurrence,
  type SkipReason,
} from './image-occurrence.js';
import type { ParsedYamlFile } from './yaml-file.js';
import { colonOffset, pairKey } from './yaml-maps.js';
import { readScalar, scalarText } from './yaml-scalars.js';

/** Where a node sits in its document. Paths and lines are computed only when needed. */
export interface NodeLocation {
  /** This node's key or index in its container (none for the root). */
  segment?: PathSegment;
  /** The map key whose value this node is (undefined for sequence items and the root). */
  key?: string;
  /** Offset of the key, or of the node for items and the root. */
  offset: number;
  /** The map or sequence that holds this node. */
  container?: YAMLMap | YAMLSeq;
  /** Where that container sits. */
  parent?: NodeLocation;
  /** Anchors on this node and the nodes above it. */
  anchors: string[];
  /** The path from the root, once computed. */
  path?: PathSegment[];
}

/** The path from the document root to the node at `loc`. */
export function pathOf(loc: NodeLocation): PathSegment[] {
  if (loc.path) return loc.path;
  // concat allocates the path at its size; a spread or a push leaves room for 16 more
  // elements (about 230 bytes instead of 90), and occurrences keep their paths.
  const above = loc.parent ? pathOf(loc.parent) : [];
  const path = loc.segment === undefined ? above.slice() : above.concat(loc.segment);
  loc.path = path;
  return path;
}

/** The 1-based line of the key (or node) at `loc`. */
export function lineAt(ctx: FindContext, loc: NodeLocation): number {
  return ctx.source.lineOf(loc.offset);
}

/** The walk state of one document. */
export interface FindContext {
  source: ParsedYamlFile;
  doc: Document.Parsed;
  document: number;
  occurrences: ImageOccurrence[];
  skipped: SkippedOccurrence[];
  /** Anchors each occurrence depends on, checked against the document's aliases at the end. */
  anchorsOf: Map<ImageOccurrence, string[]>;
  /** Lines of the `$imagepolicy` comments read as markers. */
  markersRead: Set<number>;
  /** Whether the file mentions `$imagepolicy` at all (else no scalar is checked for one). */
  hasMarkers: boolean;
}

/** The fields every occurrence and skipped occurrence start with. */
export function baseOf(
  ctx: FindContext,
  loc: NodeLocation,
  kind: OccurrenceKind,
  line = lineAt(ctx, loc),
) {
  const keyPath = formatKeyPath(pathOf(loc));
  return { file: ctx.source.file, document: ctx.document, line, kind, keyPath };
}

/** The last path segment of a repository name: `api` for `ghcr.io/org/api`. */
export function lastSegment(repository: string): string {
  return repository.slice(repository.lastIndexOf('/') + 1);
}

/** Identity from names that identify a service and repositories as written. */
export function identityOf(
  names: ReadonlyArray<string | undefined>,
  repositories: ReadonlyArray<string | undefined>,
): OccurrenceIdentity {
  const matchNames = [...new Set(names.filter((n): n is string => !!n))];
  const normal = repositories.map((r) => (r ? normalizeRepositoryText(r) : undefined));
  return { matchNames, matchRepositories: [...new Set(normal.filter((r): r is string => !!r))] };
}

/** A hint and its source, omitting both when there is no hint. */
export function hintOf(hint: string | undefined, source: HintSource) {
  return hint ? { serviceHint: hint, hintSource: source } : {};
}

/**
 * The `$imagepolicy` marker after a scalar, if any. A marker that cannot be read is recorded
 * as skipped (it says nothing the engine can act on) and `undefined` is returned.
 */
export function markerOf(
  ctx: FindContext,
  node: unknown,
  loc: NodeLocation,
): FluxMarker | undefined {
  if (!ctx.hasMarkers || !isScalar(node) || !node.range) return undefined;
  const end = node.range[1];
  const marker: FluxMarker | BadFluxMarker | undefined = markerAfter(ctx.source.text, end);
  if (marker === undefined) return undefined;
  ctx.markersRead.add(ctx.source.lineOf(end));
  if (marker.ok) return marker;
  ctx.skipped.push({
    ...baseOf(ctx, loc, 'flux-marker', ctx.source.lineOf(end)),
    reason: 'unrecognised-marker',
    detail: marker.detail,
    matchNames: [],
    matchRepositories: [],
  });
  return undefined;
}

/** A field of a map read as a span, or why it cannot be. */
export type FieldRead =
  { ok: true; span: FieldSpan } | { ok: false; reason: SkipReason; detail: string; line: number };

/** Read the value of `pair` (in the map at `mapPath`) as a writable span. */
export function readField(ctx: FindContext, pair: Pair, mapPath: PathSegment[]): FieldRead {
  const key = pairKey(pair) ?? '';
  const { text, lineOf } = ctx.source;
  const read = readScalar(pair.value, text, lineOf, colonOffset(pair, text));
  if (!read.ok) return read;
  return { ok: true, span: { ...read.span, key, path: mapPath.concat(key) } };
}

/** The one-line text of a map's scalar value at `key`, if it has one. */
export function textAt(pairs: Map<string, Pair>, key: string): string | undefined {
  return scalarText(pairs.get(key)?.value);
}

/** Anchors on a node (none for a missing node). */
export function anchorOf(node: unknown): string[] {
  const anchor = (node as Node | null)?.anchor;
  return anchor ? [anchor] : [];
}
