/**
 * The documents of a file composed straight from the parser's CST, for the plain subset of
 * YAML that config repositories are made of: block maps and sequences, scalars in the three
 * flow styles, comments, anchors on values and aliases. The nodes are the `yaml` package's own
 * (the finders read them unchanged) with the same values, types, anchors and ranges the
 * Composer gives them, built without its general machinery (props, tags, flow collections,
 * error recovery), which costs as much as the parse itself on a large file.
 *
 * Total or nothing: anything outside the subset, or anything the Composer would report as an
 * error or warning, makes `composeSimpleDocuments` return `undefined`, and the caller composes
 * the same tokens with the Composer, exactly as before. Node comments are not kept: nothing in
 * the engine reads them (the output is always the original text with splices).
 */
import {
  Alias,
  CST,
  Document,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
  isScalar,
  Pair,
  Scalar,
  type Schema,
  type ScalarTag,
  YAMLMap,
  YAMLSeq,
} from 'yaml';
import type { RootItemSink } from './cst-parser.js';

type Range = [number, number, number];

/** The options documents are composed with (the Composer's). */
export type ComposeOptions = DocumentOptions & SchemaOptions & ParseOptions;

/** Raised (and caught here) when a token is outside the subset: the caller then declines. */
class Declined extends Error {}

const decline = (): never => {
  throw new Declined();
};

const SCALAR_TAG = Symbol.for('yaml.scalar');

/** Stream tokens outside documents that the Composer keeps as comments or skips. */
const PRELUDE: ReadonlySet<string> = new Set(['byte-order-mark', 'comment', 'newline', 'space']);

/** What one document's nodes are built with. */
interface Build {
  schema: Schema;
  options: Document.Parsed['options'];
  /** Whether each block map or sequence item is let go of once composed (see `release`). */
  release: boolean;
  /** The document's top-level block map, composed in part while it was parsed. */
  streamed?: BlockMapComposer;
}

/**
 * Given each pair of a streamed document's top-level map as soon as it is composed, in order,
 * every pair once (those composed at the end too), with the document the map will be the
 * contents of (already its `contents`, holding the pairs so far) and the map's offset. It may
 * replace the pair's value (see find-occurrences' hollowing); it must not throw.
 */
export type RootPairSink = (pair: Pair, doc: Document.Parsed, mapOffset: number) => void;

/** What a released item of a block collection is replaced with. */
const RELEASED: Readonly<{ start: never[] }> = Object.freeze({ start: [] });

/** The props of a node read from its prefix tokens, as the Composer's resolveProps reads them. */
interface Props {
  found: boolean;
  anchor?: string;
  /** Offset of the newline after the anchor, if any. */
  newlineAfterAnchor?: number;
  hasNewline: boolean;
  comment: boolean;
  /** Offset just after the last token (or `offset` when there is none). */
  end: number;
}

/**
 * Read `tokens` (space, newline, comment, one `indicator`, one anchor after it). Declines on
 * tags, explicit keys, tabs, a comment not after white space, or an anchor not followed by it.
 */
function readProps(
  tokens: readonly CST.SourceToken[],
  indicator: string,
  offset: number,
  startOnNewline: boolean,
  next?: CST.Token,
): Props {
  const props: Props = { found: false, hasNewline: false, comment: false, end: offset };
  let spaced = startOnNewline;
  let atNewline = startOnNewline;
  let tab = false;
  let anchorPending = false;
  for (const token of tokens) {
    if (anchorPending && token.type !== 'space' && token.type !== 'newline') decline();
    anchorPending = false;
    // A tab in the indentation before content: the Composer's TAB_AS_INDENT.
    if (tab && atNewline && token.type !== 'comment' && token.type !== 'newline') decline();
    tab = false;
    switch (token.type) {
      case 'space':
        tab = token.source.includes('\t');
        spaced = true;
        break;
      case 'newline':
        if (props.anchor !== undefined && props.newlineAfterAnchor === undefined)
          props.newlineAfterAnchor = token.offset;
        props.hasNewline = true;
        spaced = true;
        atNewline = true;
        break;
      case 'comment':
        if (!spaced) decline();
        props.comment = true;
        atNewline = false;
        break;
      case 'anchor':
        if (props.anchor !== undefined || token.source.endsWith(':') || token.source.length < 2)
          decline();
        props.anchor = token.source.substring(1);
        anchorPending = true;
        spaced = false;
        atNewline = false;
        break;
      default:
        if (token.type !== indicator || props.found || props.anchor !== undefined) decline();
        props.found = true;
        spaced = false;
        atNewline = indicator === 'seq-item-ind';
    }
  }
  // Stricter than the Composer (which also compares the tab's column): declines more, never less.
  if (tab && (atNewline || next?.type === 'block-map' || next?.type === 'block-seq')) decline();
  if (anchorPending && next && next.type !== 'scalar') decline();
  if (anchorPending && next?.type === 'scalar' && next.source !== '') decline();
  const last = tokens[tokens.length - 1];
  if (last) props.end = last.offset + last.source.length;
  return props;
}

/** The end of a node's trailing tokens (space, comments, newlines), as resolveEnd counts them. */
function endOf(
  end: readonly CST.SourceToken[] | undefined,
  offset: number,
  reqSpace = true,
): number {
  let at = offset;
  let spaced = !reqSpace;
  for (const token of end ?? []) {
    if (token.type === 'comment' && !spaced) decline();
    else if (token.type !== 'space' && token.type !== 'newline' && token.type !== 'comment')
      decline();
    spaced = token.type !== 'comment';
    at += token.source.length;
  }
  return at;
}

/** The tag a plain scalar resolves to, as the Composer's findScalarTagByTest picks it. */
function tagByTest(build: Build, value: string, atKey: boolean): ScalarTag {
  const tag = build.schema.tags.find(
    (t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(value),
  ) as ScalarTag | undefined;
  return tag ?? ((build.schema as unknown as Record<symbol, ScalarTag>)[SCALAR_TAG] as ScalarTag);
}

/** A scalar node from a resolved value, as composeScalar builds it. */
function scalarNode(
  build: Build,
  source: string,
  type: Scalar.Type,
  plain: boolean,
  atKey: boolean,
) {
  const tag = plain
    ? tagByTest(build, source, atKey)
    : ((build.schema as unknown as Record<symbol, ScalarTag>)[SCALAR_TAG] as ScalarTag);
  const resolved: unknown = tag.resolve(source, decline, build.options);
  const scalar = isScalar(resolved) ? resolved : new Scalar(resolved);
  scalar.source = source;
  scalar.type = type;
  if (tag.format) scalar.format = tag.format;
  return scalar;
}

/** A flow scalar token (plain, single- or double-quoted) as a node. */
function composeFlowScalar(build: Build, token: CST.FlowScalar, atKey: boolean): Scalar {
  const read = CST.resolveAsScalar(token, true, decline);
  if (read === null || read.type === null) return decline();
  if (read.type === Scalar.BLOCK_FOLDED || read.type === Scalar.BLOCK_LITERAL) return decline();
  const scalar = scalarNode(build, read.value, read.type, token.type === 'scalar', atKey);
  scalar.range = [
    token.offset,
    token.offset + token.source.length,
    endOf(token.end, read.range[1]),
  ];
  return scalar;
}

/** The empty value of `key:` or `-`, as composeEmptyNode places it. */
function composeEmpty(
  build: Build,
  offset: number,
  before: readonly CST.SourceToken[],
  props: Props,
) {
  let at = offset;
  let i = before.length - 1;
  for (; i >= 0; i--) {
    const type = before[i]?.type;
    if (type !== 'space' && type !== 'comment' && type !== 'newline') break;
    at -= before[i]?.source.length ?? 0;
  }
  for (i++; before[i]?.type === 'space'; i++) at += before[i]?.source.length ?? 0;
  const scalar = scalarNode(build, '', Scalar.PLAIN, true, false);
  scalar.range = [at, at, props.comment ? props.end : at];
  if (props.anchor !== undefined) scalar.anchor = props.anchor;
  return scalar;
}

function composeAlias(token: CST.FlowScalar): Alias {
  const name = token.source.substring(1);
  if (name === '' || name.endsWith(':')) decline();
  const alias = new Alias(name);
  const valueEnd = token.offset + token.source.length;
  alias.range = [token.offset, valueEnd, endOf(token.end, valueEnd)];
  return alias;
}

type ValueNode = Scalar | Alias | YAMLMap | YAMLSeq;

/** A value token with its props (anchor), as composeNode composes it. */
function composeValue(build: Build, token: CST.Token, props: Props): ValueNode {
  let node: ValueNode;
  switch (token.type) {
    case 'alias':
      if (props.anchor !== undefined) decline();
      return composeAlias(token);
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
      node = composeFlowScalar(build, token, false);
      break;
    case 'block-map':
      node = composeBlockMap(build, token);
      break;
    case 'flow-collection':
      node = composeFlowCollection(build, token);
      break;
    case 'block-seq':
      // Props before a block sequence must end their line (`key: &a` then the items).
      if (props.anchor !== undefined && props.newlineAfterAnchor === undefined) decline();
      node = composeBlockSeq(build, token);
      break;
    default:
      return decline();
  }
  if (props.anchor !== undefined) node.anchor = props.anchor;
  return node;
}

/** A key token: a one-line scalar at the map's indentation, with no props. */
function composeKey(build: Build, key: CST.Token | null | undefined, indent: number): Scalar {
  if (
    !key ||
    (key.type !== 'scalar' &&
      key.type !== 'single-quoted-scalar' &&
      key.type !== 'double-quoted-scalar')
  )
    return decline();
  if (key.indent !== indent || /[\n\r]/.test(key.source) || (key.end ?? []).length > 0) decline();
  return composeFlowScalar(build, key, true);
}

/**
 * A block map composed item by item, as resolveBlockMap composes it: all at once (`finish`),
 * or each item as soon as the parser hands it on (`add`, see composeStreamed) and the rest at
 * the end. Either way the same items are composed in the same order from the same state.
 */
class BlockMapComposer {
  readonly node: YAMLMap;
  private offset: number;
  private commentEnd: number | undefined;
  /** How many of the map's items are composed. */
  private composed = 0;

  constructor(
    private readonly build: Build,
    readonly map: CST.BlockMap,
    private readonly onPair?: (pair: Pair) => void,
  ) {
    this.node = new YAMLMap(build.schema);
    this.offset = map.offset;
  }

  /** Compose the map's item at `at`, the next one. */
  add(at: number): void {
    if (at !== this.composed) decline();
    this.composed++;
    const { build, map } = this;
    const { start, key, sep, value } = map.items[at] as CST.BlockMap['items'][number];
    if (build.release) (map.items as unknown[])[at] = RELEASED;
    const keyProps = readProps(start, 'explicit-key-ind', this.offset, true, key ?? sep?.[0]);
    if (keyProps.found || keyProps.anchor !== undefined) decline();
    if (!key && !sep) {
      this.commentEnd = keyProps.end;
      return;
    }
    if (!sep) return decline();
    const keyNode = composeKey(build, key, map.indent);
    const valueProps = readProps(
      sep,
      'map-value-ind',
      keyNode.range?.[2] ?? this.offset,
      false,
      value,
    );
    if (!valueProps.found) decline();
    if (value?.type === 'block-map' && !valueProps.hasNewline) decline();
    const valueNode = value
      ? composeValue(build, value, valueProps)
      : composeEmpty(build, valueProps.end, sep, valueProps);
    this.offset = (valueNode.range as Range)[2];
    const pair = new Pair(keyNode, valueNode);
    this.node.items.push(pair);
    this.onPair?.(pair);
  }

  /** Compose the items not composed yet, and the map's range. */
  finish(): YAMLMap {
    for (let at = this.composed; at < this.map.items.length; at++) this.add(at);
    const { commentEnd, offset } = this;
    if (commentEnd !== undefined && commentEnd < offset) decline();
    this.node.range = [this.map.offset, offset, commentEnd ?? offset];
    return this.node;
  }
}

function composeBlockMap(build: Build, map: CST.BlockMap): YAMLMap {
  const streamed = build.streamed;
  if (streamed?.map === map) return streamed.finish();
  return new BlockMapComposer(build, map).finish();
}

function composeBlockSeq(build: Build, seq: CST.BlockSequence): YAMLSeq {
  const node = new YAMLSeq(build.schema);
  let offset = seq.offset;
  let commentEnd: number | undefined;
  for (let at = 0; at < seq.items.length; at++) {
    const { start, value } = seq.items[at] as CST.BlockSequence['items'][number];
    if (build.release) (seq.items as unknown[])[at] = RELEASED;
    const props = readProps(start, 'seq-item-ind', offset, true, value);
    if (!props.found) {
      if (props.anchor !== undefined || value) decline();
      commentEnd = props.end;
      continue;
    }
    const item = value
      ? composeValue(build, value, props)
      : composeEmpty(build, props.end, start, props);
    offset = (item.range as Range)[2];
    node.items.push(item);
  }
  node.range = [seq.offset, offset, commentEnd ?? offset];
  return node;
}

/** Whether a flow item's prefix holds only spaces and, after the first item, one comma. */
function flowItemStart(tokens: readonly CST.SourceToken[], first: boolean, offset: number): number {
  let commas = 0;
  for (const token of tokens) {
    if (token.type === 'comma') commas++;
    else if (token.type !== 'space') decline();
  }
  if (commas !== (first ? 0 : 1)) decline();
  const last = tokens[tokens.length - 1];
  return last ? last.offset + last.source.length : offset;
}

/** A flow item's value: a scalar, an alias or a nested flow collection, on one line. */
function composeFlowValue(build: Build, token: CST.Token | undefined): ValueNode {
  const type = token?.type;
  if (
    !token ||
    (type !== 'scalar' &&
      type !== 'single-quoted-scalar' &&
      type !== 'double-quoted-scalar' &&
      type !== 'alias' &&
      type !== 'flow-collection')
  )
    return decline();
  return composeValue(build, token, NO_PROPS);
}

const NO_PROPS: Props = { found: false, hasNewline: false, comment: false, end: 0 };

/**
 * A one-line flow map of `key: value` pairs or flow sequence of values (`{cpu: 50m}`,
 * `[a, "b"]`), as resolveFlowCollection composes it; no comments, line breaks, props, explicit
 * keys, pairs inside a sequence or keys without a value.
 */
function composeFlowCollection(build: Build, fc: CST.FlowCollection): YAMLMap | YAMLSeq {
  const isMapToken = fc.start.source === '{';
  const node = isMapToken ? new YAMLMap(build.schema) : new YAMLSeq(build.schema);
  node.flow = true;
  let offset = fc.offset + fc.start.source.length;
  fc.items.forEach(({ start, key, sep, value }, i) => {
    const end = flowItemStart(start, i === 0, offset);
    if (!key && !sep && !value) {
      if (i === 0 || i < fc.items.length - 1) decline();
      offset = end;
      return;
    }
    if (!isMapToken) {
      if (sep || key) decline();
      const item = composeFlowValue(build, value);
      (node as YAMLSeq).items.push(item);
      offset = (item.range as Range)[2];
      return;
    }
    if (!key || !sep) return decline();
    const keyNode = composeFlowKey(build, key);
    const valueProps = readProps(sep, 'map-value-ind', (keyNode.range as Range)[2], false, value);
    if (!valueProps.found || valueProps.hasNewline || valueProps.comment) decline();
    if (valueProps.anchor !== undefined) decline();
    const valueNode = value
      ? composeFlowValue(build, value)
      : composeEmpty(build, valueProps.end, sep, valueProps);
    (node as YAMLMap).items.push(new Pair(keyNode, valueNode));
    offset = (valueNode.range as Range)[2];
  });
  const [close, ...rest] = fc.end;
  if (close?.source !== (isMapToken ? '}' : ']')) decline();
  const closeEnd = (close as CST.SourceToken).offset + 1;
  node.range = [fc.offset, closeEnd, rest.length > 0 ? endOf(rest, closeEnd) : closeEnd];
  return node;
}

/** A flow map's key: a one-line flow scalar. */
function composeFlowKey(build: Build, key: CST.Token): Scalar {
  if (
    key.type !== 'scalar' &&
    key.type !== 'single-quoted-scalar' &&
    key.type !== 'double-quoted-scalar'
  )
    return decline();
  if (/[\n\r]/.test(key.source)) decline();
  return composeFlowScalar(build, key, true);
}

/** A document begun while it was parsed: its node and what its nodes are built with. */
interface Begun {
  doc: Document.Parsed;
  build: Build;
}

function begin(options: ComposeOptions, release: boolean): Begun {
  const doc = new Document(undefined, options) as Document.Parsed;
  return { doc, build: { schema: doc.schema, options: doc.options, release } };
}

/** One document token as a Document, as composeDoc builds it (`begun`, if it was streamed). */
function composeDocument(token: CST.Document, begun: Begun) {
  const { doc, build } = begun;
  // Items of a streamed map are spent: it must be the document's value, composed on from them.
  if (build.streamed && token.value !== build.streamed.map) decline();
  const props = readProps(
    token.start,
    'doc-start',
    token.offset,
    true,
    token.value ?? token.end?.[0],
  );
  if (props.anchor !== undefined || !token.value) decline();
  const value = token.value as CST.Token;
  if (props.found) {
    doc.directives.docStart = true;
    if ((value.type === 'block-map' || value.type === 'block-seq') && !props.hasNewline) decline();
  }
  const contents = composeValue(build, value, props);
  doc.contents = contents as Document.Parsed['contents'];
  const contentEnd = (contents.range as Range)[2];
  doc.range = [token.offset, contentEnd, endOf(token.end, contentEnd, false)];
  return doc;
}

/**
 * The documents of a stream of CST tokens, as the Composer (with `options`) would give them,
 * or `undefined` when the stream holds anything outside the subset: the caller then runs the
 * Composer on the same tokens.
 *
 * With `begun` (the documents a StreamedComposer began, which composes the rest this way),
 * every item of a block map or sequence is taken out of the tokens as soon as it is composed,
 * so that the tree of a large file is garbage while its nodes are built, not after: the tokens
 * are then spent whatever the outcome, and on `undefined` the caller must parse the text again.
 */
export function composeSimpleDocuments(
  tokens: readonly CST.Token[],
  options: ComposeOptions,
  begun?: ReadonlyMap<CST.Document, Begun>,
): Document.Parsed[] | undefined {
  const release = begun !== undefined;
  const documents: Document.Parsed[] = [];
  try {
    for (const token of tokens) {
      if (token.type === 'document')
        documents.push(composeDocument(token, begun?.get(token) ?? begin(options, release)));
      else if (!PRELUDE.has(token.type)) return undefined;
    }
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
  return documents.length > 0 ? documents : undefined;
}

/**
 * Documents composed while they are parsed: `onRootItem`, given to parseCstTokens, composes
 * each final item of a document's top-level block map at once and lets go of its tokens, so
 * that a large values file never holds its whole CST (50 MB for 5,000 services) beside its
 * nodes, only one item's; `documentsOf` then composes the rest, as composeSimpleDocuments with
 * `release` does. The nodes are the same: the same items are composed in the same order, from
 * the same state. Once anything is outside the subset, the rest is only parsed, and
 * `documentsOf` gives `undefined` (the tokens are spent: the caller parses again).
 */
export class StreamedComposer {
  private readonly begun = new Map<CST.Document, Begun>();
  private declined = false;

  /** `onRootPair`: see RootPairSink. */
  constructor(
    private readonly options: ComposeOptions,
    private readonly onRootPair?: RootPairSink,
  ) {}

  readonly onRootItem: RootItemSink = (document, map, at) => {
    if (this.declined) return;
    try {
      let begun = this.begun.get(document);
      if (!begun) {
        begun = begin(this.options, true);
        this.begun.set(document, begun);
      }
      const { build, doc } = begun;
      if (!build.streamed) {
        const sink = this.onRootPair;
        build.streamed = new BlockMapComposer(
          build,
          map,
          sink && ((pair) => sink(pair, doc, map.offset)),
        );
        // The pairs so far, for what a sink resolves (aliases): the same node at the end.
        if (sink) doc.contents = build.streamed.node as Document.Parsed['contents'];
      }
      if (build.streamed.map !== map) decline();
      build.streamed.add(at);
    } catch (error) {
      if (!(error instanceof Declined)) throw error;
      this.declined = true;
      this.begun.clear();
    }
  };

  /** The documents of `tokens` (the parse `onRootItem` was given to), or `undefined`. */
  documentsOf(tokens: readonly CST.Token[]): Document.Parsed[] | undefined {
    if (this.declined) return undefined;
    return composeSimpleDocuments(tokens, this.options, this.begun);
  }

  /**
   * The documents whose top-level map was streamed, so every pair of it went to `onRootPair`
   * (meaningful once documentsOf gave documents). A document whose map was never handed an
   * item before its end (one item, say) is composed at once, without the sink.
   */
  streamedDocuments(): Set<Document.Parsed> {
    return new Set([...this.begun.values()].map(({ doc }) => doc));
  }
}
