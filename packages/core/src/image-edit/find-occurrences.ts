/**
 * Find every place an image is written in a YAML file, in one walk over each document:
 * Helm image maps, kustomize images, Flux setter markers and image strings. Service-agnostic,
 * pure and total: what cannot be edited safely is reported as skipped, with a reason.
 */
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  visit,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { type FindContext, markerOf, type NodeLocation, pathOf } from './find-context.js';
import {
  isArgoApplication,
  isHelmOfSource,
  isHelmParameters,
  readHelmParameters,
  readHelmValuesString,
} from './argocd-applications.js';
import { YamlSyntaxError } from './image-edit-errors.js';
import { type MarkedScalar, readFluxMarkerGroups } from './flux-marker-groups.js';
import { markerCommentOffsets, mayHaveMarkers } from './flux-markers.js';
import { readHelmImageMap } from './helm-image-maps.js';
import {
  formatKeyPath,
  type ImageOccurrence,
  type SkippedOccurrence,
  type SourceFile,
} from './image-occurrence.js';
import { readImageString } from './image-strings.js';
import { kustomizeImagesPath, readKustomizeImage } from './kustomize-images.js';
import { type ParsedYamlFile, parseYamlFile } from './yaml-file.js';
import { colonOffset, pairKey } from './yaml-maps.js';

/** What one file holds: the occurrences that can be edited, and those that cannot. */
export interface FoundOccurrences {
  occurrences: ImageOccurrence[];
  skipped: SkippedOccurrence[];
}

/** One file, parsed and searched once. */
export interface AnalysedFile {
  source: ParsedYamlFile;
  found: FoundOccurrences;
  /**
   * Whether nodes of its documents were let go of once searched (see analyseFile's `hollow`):
   * what compares documents must then parse the text again.
   */
  hollow?: true;
}

/** The walk over one document. */
interface Walk {
  ctx: FindContext;
  /** Path of the kustomize `images` list (`images`, `spec.images`) when a Kustomization. */
  imagesPath?: string;
  /** Whether the document is an Argo CD Application (its sources' Helm parameters are read). */
  argoApplication?: boolean;
}

/** The anchors above and on `node`. */
function anchorsWith(anchors: string[], node: unknown): string[] {
  const anchor = (node as Node | null)?.anchor;
  return anchor ? [...anchors, anchor] : anchors;
}

function startOf(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

/** Read a scalar collection member: a marked scalar, or an image string at a key `image`. */
function readMember(
  w: Walk,
  value: unknown,
  loc: NodeLocation,
  marked: MarkedScalar[],
  pair?: Pair,
) {
  const marker = markerOf(w.ctx, value, loc);
  if (marker?.field === 'ref') readImageString(w.ctx, value, loc, marker);
  else if (marker) {
    const colon = pair ? colonOffset(pair, w.ctx.source.text) : undefined;
    marked.push({ node: value, loc, marker, ...(colon !== undefined ? { colon } : {}) });
  } else if (loc.key === 'image') readImageString(w.ctx, value, loc);
}

/**
 * Throw when a map repeats a key, as the parser would (Helm and kustomize reject such files):
 * keys are equal when their scalar values are (so `1` and `"1"` differ), and repeated `<<`
 * merge keys are allowed.
 */
function checkUniqueKeys(w: Walk, map: YAMLMap): void {
  if (map.items.length < 2) return;
  const seen = new Set<string>();
  for (const pair of map.items) {
    const key = pair.key;
    if (!isScalar(key) || key.value === '<<') continue;
    const identity = `${typeof key.value}:${String(key.value)}`;
    if (!seen.has(identity)) {
      seen.add(identity);
      continue;
    }
    const { file, lineOf } = w.ctx.source;
    throw new YamlSyntaxError(
      file,
      lineOf(startOf(key) ?? 0),
      `is not valid YAML: the key ${JSON.stringify(String(key.value))} is repeated in one map`,
    );
  }
}

/** Walk one pair (at `key`) of `map` (at `loc`); scalar members with a marker go to `marked`. */
function walkPair(
  w: Walk,
  map: YAMLMap,
  loc: NodeLocation,
  pair: Pair,
  key: string,
  marked: MarkedScalar[],
): void {
  const value = pair.value;
  const childLoc: NodeLocation = {
    segment: key,
    key,
    offset: startOf(pair.key) ?? startOf(value) ?? loc.offset,
    container: map,
    parent: loc,
    anchors: anchorsWith(loc.anchors, value),
  };
  if (isMap(value) || isSeq(value)) walkNode(w, value, childLoc);
  else if (w.argoApplication && key === 'values' && isHelmOfSource(loc))
    readHelmValuesString(
      w.ctx,
      value,
      childLoc,
      (text) =>
        findImageOccurrences(`${w.ctx.source.file} (${formatKeyPath(pathOf(childLoc))})`, text)
          .occurrences,
    );
  else readMember(w, value, childLoc, marked, pair);
}

function walkMap(w: Walk, map: YAMLMap, loc: NodeLocation): void {
  const keys = map.items.map(pairKey);
  checkUniqueKeys(w, map);
  const claimed = readHelmImageMap(w.ctx, map, loc, keys);
  const marked: MarkedScalar[] = [];
  map.items.forEach((pair, i) => {
    const key = keys[i];
    if (key !== undefined && !claimed?.has(pair)) walkPair(w, map, loc, pair, key, marked);
  });
  if (marked.length > 0) readFluxMarkerGroups(w.ctx, loc, marked);
}

/** Whether the sequence at `loc` is the Kustomization's `images` list. */
function isImagesList(w: Walk, loc: NodeLocation): boolean {
  return loc.key === 'images' && pathOf(loc).join('.') === w.imagesPath;
}

function walkSeq(w: Walk, seq: YAMLSeq, loc: NodeLocation): void {
  if (w.argoApplication && isHelmParameters(loc)) readHelmParameters(w.ctx, seq, loc);
  const images = w.imagesPath !== undefined && isImagesList(w, loc);
  const marked: MarkedScalar[] = [];
  seq.items.forEach((item, index) => {
    const childLoc: NodeLocation = {
      segment: index,
      offset: startOf(item) ?? loc.offset,
      container: seq,
      parent: loc,
      anchors: anchorsWith(loc.anchors, item),
    };
    if (images) {
      if (isMap(item)) checkUniqueKeys(w, item);
      readKustomizeImage(w.ctx, item, childLoc);
    } else if (isMap(item) || isSeq(item)) walkNode(w, item, childLoc);
    else readMember(w, item, childLoc, marked);
  });
  if (marked.length > 0) readFluxMarkerGroups(w.ctx, loc, marked);
}

function walkNode(w: Walk, node: unknown, loc: NodeLocation): void {
  if (isMap(node)) walkMap(w, node, loc);
  else if (isSeq(node)) walkSeq(w, node, loc);
}

/** The line of the first alias of each anchor name in the document, in document order. */
function aliasLinesOf(ctx: FindContext): Map<string, number> {
  const aliasLines = new Map<string, number>();
  visit(ctx.doc, {
    Alias(_, alias) {
      if (!aliasLines.has(alias.source))
        aliasLines.set(alias.source, ctx.source.lineOf(alias.range?.[0] ?? 0));
    },
  });
  return aliasLines;
}

/** Mark the occurrences whose anchors an alias of the document refers to. */
function markSharedAnchors(ctx: FindContext, aliasLines?: Map<string, number>): void {
  if (ctx.anchorsOf.size === 0) return;
  aliasLines ??= aliasLinesOf(ctx);
  for (const [occurrence, anchors] of ctx.anchorsOf) {
    const anchor = anchors.find((a) => aliasLines.has(a));
    if (anchor !== undefined)
      occurrence.sharedAnchor = { anchor, aliasLine: aliasLines.get(anchor) as number };
  }
}

function contextOf(source: ParsedYamlFile, doc: Document.Parsed, document: number): FindContext {
  return {
    source,
    doc,
    document,
    occurrences: [],
    skipped: [],
    anchorsOf: new Map(),
    markersRead: new Set(),
    hasMarkers: mayHaveMarkers(source.text),
  };
}

/** Find the occurrences of one parsed document. */
function findInDocument(source: ParsedYamlFile, doc: Document.Parsed, document: number) {
  const ctx = contextOf(source, doc, document);
  const imagesPath = kustomizeImagesPath(doc, source.file);
  const root = doc.contents;
  const loc: NodeLocation = { offset: startOf(root) ?? 0, anchors: anchorsWith([], root) };
  const argoApplication = isArgoApplication(ctx);
  walkNode({ ctx, ...(imagesPath ? { imagesPath } : {}), argoApplication }, root, loc);
  markSharedAnchors(ctx);
  return ctx;
}

/**
 * A document's top-level map searched pair by pair as it is composed (see yaml-file's
 * onRootPair), the walk walkMap makes, in the same order, with what walkMap does before and
 * after its pairs left to finishRootWalk. A searched pair's value that holds no anchor is let
 * go of (`hollowed`): no alias can refer into it, and its occurrences are found, so the nodes
 * of a values file of thousands of services are garbage one service at a time instead of all
 * held to the end (about 35 MB for 5,000 services, most of the peak memory of a large bump).
 */
interface RootWalk {
  w: Walk;
  /** The root's location (the map's offset, no anchors: a streamed root has none). */
  loc: NodeLocation;
  marked: MarkedScalar[];
  /** The line of each anchor name's first alias, as aliasLinesOf reads the whole document. */
  aliasLines: Map<string, number>;
  hollowed: boolean;
  /** The walk does not stand for walkMap's: the file is searched again, whole. */
  unusable: boolean;
}

/** Raised when a hollowed document cannot be finished: analyseFile then starts again. */
class SearchAgain extends Error {}

/** Record the first alias line of each anchor name under `node`; whether it holds an anchor. */
function scanPairNode(node: unknown, w: RootWalk, lineOf: (offset: number) => number): boolean {
  if (isAlias(node)) {
    if (!w.aliasLines.has(node.source)) w.aliasLines.set(node.source, lineOf(node.range?.[0] ?? 0));
    return false;
  }
  let anchored = !!(node as Node | null)?.anchor;
  if (isMap(node))
    for (const pair of node.items) {
      if (scanPairNode(pair.key, w, lineOf)) anchored = true;
      if (scanPairNode(pair.value, w, lineOf)) anchored = true;
    }
  else if (isSeq(node))
    for (const item of node.items) if (scanPairNode(item, w, lineOf)) anchored = true;
  return anchored;
}

/** The walks of one file's streamed documents, fed by parseYamlFile's onRootPair. */
class RootWalks {
  readonly walks = new Map<Document.Parsed, RootWalk>();

  readonly onRootPair = (
    source: ParsedYamlFile,
    pair: Pair,
    doc: Document.Parsed,
    offset: number,
  ) => {
    let walk = this.walks.get(doc);
    if (!walk) {
      walk = {
        // The document's index is known at the end (finishRootWalk sets it).
        w: { ctx: contextOf(source, doc, -1) },
        loc: { offset, anchors: [] },
        marked: [],
        aliasLines: new Map(),
        hollowed: false,
        unusable: false,
      };
      this.walks.set(doc, walk);
    }
    if (walk.unusable) return;
    try {
      const key = pairKey(pair);
      // With a `repository` key the root may be a Helm image map, read before its pairs.
      if (key === 'repository') {
        walk.unusable = true;
        return;
      }
      const anchored = [pair.key, pair.value].map((n) => scanPairNode(n, walk, source.lineOf));
      if (key !== undefined)
        walkPair(walk.w, doc.contents as YAMLMap, walk.loc, pair, key, walk.marked);
      if (!anchored.includes(true) && (isMap(pair.value) || isSeq(pair.value))) {
        pair.value = null;
        walk.hollowed = true;
      }
    } catch {
      // Whatever went wrong, the whole search says it again, in its own order.
      walk.unusable = true;
    }
  };
}

/**
 * What walkMap and findInDocument do around the pairs of a root map walked while it was
 * composed; SearchAgain when the walk cannot stand for theirs (a Kustomization or an Argo CD
 * Application, read differently from the start, or a walk that failed), or `undefined` when
 * its document is whole and can simply be searched.
 */
function finishRootWalk(doc: Document.Parsed, index: number, walk: RootWalk) {
  const { ctx } = walk.w;
  const root = doc.contents;
  const unusable =
    walk.unusable ||
    !isMap(root) ||
    kustomizeImagesPath(doc, ctx.source.file) !== undefined ||
    isArgoApplication(ctx);
  if (unusable && walk.hollowed) throw new SearchAgain();
  if (unusable) return undefined;
  checkUniqueKeys(walk.w, root);
  if (walk.marked.length > 0) readFluxMarkerGroups(ctx, walk.loc, walk.marked);
  markSharedAnchors(ctx, walk.aliasLines);
  ctx.document = index;
  for (const found of [...ctx.occurrences, ...ctx.skipped]) found.document = index;
  return ctx;
}

/** Report `$imagepolicy` comments that no scalar carries (in a comment line, a block scalar…). */
function strayMarkers(source: ParsedYamlFile, read: Set<number>): SkippedOccurrence[] {
  const stray: SkippedOccurrence[] = [];
  for (const offset of markerCommentOffsets(source.text)) {
    const line = source.lineOf(offset);
    if (read.has(line)) continue;
    const document = source.documents.findIndex((d) => offset < (d.range[2] ?? 0));
    stray.push({
      file: source.file,
      document: Math.max(document, 0),
      line,
      kind: 'flux-marker',
      keyPath: '',
      reason: 'marker-not-on-scalar',
      detail: 'a $imagepolicy marker that follows no scalar value; Flux ignores it too',
      matchNames: [],
      matchRepositories: [],
    });
  }
  return stray;
}

/** Find every image occurrence in an already parsed file. */
export function findInParsedFile(
  source: ParsedYamlFile,
  walks?: ReadonlyMap<Document.Parsed, RootWalk>,
): FoundOccurrences {
  const occurrences: ImageOccurrence[] = [];
  const skipped: SkippedOccurrence[] = [];
  const markersRead = new Set<number>();
  source.documents.forEach((doc, index) => {
    const walk = source.streamed.has(doc) ? walks?.get(doc) : undefined;
    const ctx = (walk && finishRootWalk(doc, index, walk)) ?? findInDocument(source, doc, index);
    occurrences.push(...ctx.occurrences);
    skipped.push(...ctx.skipped);
    for (const line of ctx.markersRead) markersRead.add(line);
  });
  if (mayHaveMarkers(source.text)) skipped.push(...strayMarkers(source, markersRead));
  const byPlace = (a: { document: number; line: number }, b: { document: number; line: number }) =>
    a.document - b.document || a.line - b.line;
  occurrences.sort(byPlace);
  skipped.sort(byPlace);
  return { occurrences, skipped };
}

/**
 * Find every image occurrence in every YAML document of `text`. Pure and total: a value that
 * cannot be edited safely is reported in `skipped`; only a file that is not YAML throws
 * (a YamlSyntaxError naming the file and line).
 */
export function findImageOccurrences(file: string, text: string): FoundOccurrences {
  return analyseFile({ path: file, text }, { hollow: true }).found;
}

/** How analyseFile parses and searches. */
export interface AnalyseOptions {
  /**
   * Search a large file's top-level pairs as they are composed and let go of their nodes
   * (see RootWalk): the occurrences are the same, but the documents are not whole afterwards,
   * only their top-level keys, scalars and anchored values (the result says `hollow`). For
   * callers that read only what was found, or the documents' schema.
   */
  hollow?: boolean;
  /** parseYamlFile's `streamFrom` (tests hollow small files). */
  streamFrom?: number;
}

/** Parse and search one file (a YamlSyntaxError when it does not parse). */
export function analyseFile(file: SourceFile, options: AnalyseOptions = {}): AnalysedFile {
  const { hollow, streamFrom } = options;
  const parse = streamFrom === undefined ? {} : { streamFrom };
  if (hollow) {
    const walks = new RootWalks();
    const source = parseYamlFile(file.path, file.text, { ...parse, onRootPair: walks.onRootPair });
    try {
      const found = findInParsedFile(source, walks.walks);
      // A walk of documents the parse gave up on (outside the subset) hollowed nothing kept.
      const hollowed = [...walks.walks].some(([doc, w]) => w.hollowed && source.streamed.has(doc));
      return hollowed ? { source, found, hollow: true } : { source, found };
    } catch (error) {
      if (!(error instanceof SearchAgain)) throw error;
    }
  }
  const source = parseYamlFile(file.path, file.text, parse);
  return { source, found: findInParsedFile(source) };
}
