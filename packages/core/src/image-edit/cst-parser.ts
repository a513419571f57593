/**
 * The `yaml` package's CST parser (`Parser` of yaml 2.x, ISC licence, (c) Eemeli Aro), ported
 * line by line from generators to plain calls: the same tokens from the same lexemes.
 *
 * Why a port and not the package: `Parser.next` is a generator that delegates through two to
 * four more generators per lexeme (`step`, `blockMap`, `lineEnd`, `pop`), and reads
 * `process.env.LOG_TOKENS` on each one; at 450,000 lexemes (the bench's 1,000 services) that
 * is about half the time of a parse and a good share of the garbage. Nothing else differs:
 * every branch below mirrors one of the original's, in its order, so `cst-parser.test.ts` can
 * require deep equality with the package's Parser on every input it tries (a `yaml` upgrade
 * that changes the parser then fails there, not in a user's file).
 */
import { CST } from 'yaml';
import type { LexemeReader } from './cst-lexer.js';

type SourceToken = CST.SourceToken;

/** A token being built: the fields of every CST token kind, as the original reads them. */
interface Building {
  type: string;
  offset: number;
  indent?: number;
  source?: string;
  /** A document's props; a flow collection keeps its one start token here (see `flowStart`). */
  start?: SourceToken[];
  items?: Item[];
  end?: SourceToken[];
  value?: Building;
  props?: Building[];
  message?: string;
}

/** An item of a block map, block sequence or flow collection. */
interface Item {
  start: SourceToken[];
  key?: Building | null;
  sep?: SourceToken[];
  value?: Building;
  explicitKey?: true;
}

function includesToken(list: readonly SourceToken[], type: string): boolean {
  for (let i = 0; i < list.length; ++i) if ((list[i] as SourceToken).type === type) return true;
  return false;
}

function findNonEmptyIndex(list: readonly SourceToken[]): number {
  for (let i = 0; i < list.length; ++i) {
    switch ((list[i] as SourceToken).type) {
      case 'space':
      case 'comment':
      case 'newline':
        break;
      default:
        return i;
    }
  }
  return -1;
}

function isFlowToken(token: Building | null | undefined): boolean {
  switch (token?.type) {
    case 'alias':
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'flow-collection':
      return true;
    default:
      return false;
  }
}

const lastItem = (token: Building): Item =>
  (token.items as Item[])[(token.items as Item[]).length - 1] as Item;

/** A flow collection's start token (stored, as the original does, where others keep a list). */
const flowStart = (fc: Building) => fc.start as unknown as SourceToken;

function getPrevProps(parent: Building): SourceToken[] {
  switch (parent.type) {
    case 'document':
      return parent.start as SourceToken[];
    case 'block-map': {
      const it = lastItem(parent);
      return it.sep ?? it.start;
    }
    case 'block-seq':
      return lastItem(parent).start;
    default:
      return [];
  }
}

/** Note: may modify `prev`. */
function getFirstKeyStartProps(prev: SourceToken[]): SourceToken[] {
  if (prev.length === 0) return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch ((prev[i] as SourceToken).type) {
      case 'doc-start':
      case 'explicit-key-ind':
      case 'map-value-ind':
      case 'seq-item-ind':
      case 'newline':
        break loop;
    }
  }
  while (prev[++i]?.type === 'space') {
    /* loop */
  }
  return prev.splice(i, prev.length);
}

function arrayPushArray<T>(target: T[], source: readonly T[]): void {
  for (let i = 0; i < source.length; ++i) target.push(source[i] as T);
}

function fixFlowSeqItems(fc: Building): void {
  if (flowStart(fc).type !== 'flow-seq-start') return;
  for (const it of fc.items as Item[]) {
    if (
      it.sep &&
      !it.value &&
      !includesToken(it.start, 'explicit-key-ind') &&
      !includesToken(it.sep, 'map-value-ind')
    ) {
      if (it.key) it.value = it.key;
      delete it.key;
      if (isFlowToken(it.value)) {
        const value = it.value as Building;
        if (value.end) arrayPushArray(value.end, it.sep);
        else value.end = it.sep;
      } else arrayPushArray(it.start, it.sep);
      delete it.sep;
    }
  }
}

/**
 * Told of each item of a document's top-level block map as soon as the parser can no longer
 * change it (see `handRootItems`), so that a caller can compose the item and let go of its
 * tokens while the rest of a large file is parsed. `at` is the item's index in `map.items`;
 * items are handed in order, each once. Nothing else may be changed in the tokens.
 */
export type RootItemSink = (document: CST.Document, map: CST.BlockMap, at: number) => void;

/** Whether an item holds more than leading tokens (a later item can then no longer fold back). */
const hasSubstance = (item: Item): boolean =>
  item.key !== undefined ||
  item.sep !== undefined ||
  item.value !== undefined ||
  !!item.explicitKey;

/** The Parser's state machine; `out` collects what the original yields. */
class CstParser {
  private atNewLine = true;
  private atScalar = false;
  private indent = 0;
  private offset = 0;
  private onKeyLine = false;
  private readonly stack: Building[] = [];
  private source = '';
  private type = '';
  readonly out: Building[] = [];
  /** The top-level block map whose items are being handed to `onRootItem`, and how many were. */
  private handedMap: Building | undefined;
  private handed = 0;

  constructor(
    private readonly onNewLine: (offset: number) => void,
    private readonly onRootItem?: RootItemSink,
  ) {}

  next(source: string): void {
    this.lexeme(source);
    if (this.onRootItem) this.handRootItems();
  }

  /**
   * Hand on the items of the top-level block map (the stack's second token, under its
   * document) that are final. Every change the parser makes to a block map's items is to its
   * last item, with one exception: an indented comment in an item that has only leading tokens
   * so far moves those tokens into the item before it (`atIndentedComment`), and a trailing
   * item of only such tokens is taken out when the map ends (`pop`). So every item before the
   * last one with substance (a key, a separator or a value) is final.
   */
  private handRootItems(): void {
    const map = this.stack[1];
    if (map?.type !== 'block-map' || this.stack[0]?.type !== 'document') return;
    if (map !== this.handedMap) {
      this.handedMap = map;
      this.handed = 0;
    }
    const items = map.items as Item[];
    let last = items.length - 1;
    if (last <= this.handed) return;
    while (last > this.handed && !hasSubstance(items[last] as Item)) last--;
    const document = this.stack[0] as unknown as CST.Document;
    for (; this.handed < last; this.handed++)
      (this.onRootItem as RootItemSink)(document, map as unknown as CST.BlockMap, this.handed);
  }

  private lexeme(source: string): void {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      this.step();
      this.offset += source.length;
      return;
    }
    const type = CST.tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      this.pop({ type: 'error', offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type === 'scalar') {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = 'scalar';
    } else {
      this.type = type;
      this.step();
      switch (type) {
        case 'newline':
          this.atNewLine = true;
          this.indent = 0;
          this.onNewLine(this.offset + source.length);
          break;
        case 'space':
          if (this.atNewLine && source[0] === ' ') this.indent += source.length;
          break;
        case 'explicit-key-ind':
        case 'map-value-ind':
        case 'seq-item-ind':
          if (this.atNewLine) this.indent += source.length;
          break;
        case 'doc-mode':
        case 'flow-error-end':
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }

  end(): void {
    while (this.stack.length > 0) this.pop();
  }

  private get sourceToken(): SourceToken {
    return {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source,
    } as SourceToken;
  }

  private peek(n: number): Building | undefined {
    return this.stack[this.stack.length - n];
  }

  private step(): void {
    const top = this.peek(1);
    if (this.type === 'doc-end' && top?.type !== 'doc-end') {
      while (this.stack.length > 0) this.pop();
      this.stack.push({ type: 'doc-end', offset: this.offset, source: this.source });
      return;
    }
    if (!top) return this.stream();
    switch (top.type) {
      case 'document':
        return this.document(top);
      case 'alias':
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        return this.scalar(top);
      case 'block-scalar':
        return this.blockScalar(top);
      case 'block-map':
        return this.blockMap(top);
      case 'block-seq':
        return this.blockSequence(top);
      case 'flow-collection':
        return this.flowCollection(top);
      case 'doc-end':
        return this.documentEnd(top);
    }
    this.pop();
  }

  private pop(error?: Building): void {
    const token = error ?? this.stack.pop();
    if (!token) {
      const message = 'Tried to pop an empty stack';
      this.out.push({ type: 'error', offset: this.offset, source: '', message });
    } else if (this.stack.length === 0) {
      this.out.push(token);
    } else {
      const top = this.peek(1) as Building;
      if (token.type === 'block-scalar') {
        // Block scalars use their parent rather than header indent
        token.indent = 'indent' in top ? top.indent : 0;
      } else if (token.type === 'flow-collection' && top.type === 'document') {
        // Ignore all indent for top-level flow collections
        token.indent = 0;
      }
      if (token.type === 'flow-collection') fixFlowSeqItems(token);
      switch (top.type) {
        case 'document':
          top.value = token;
          break;
        case 'block-scalar':
          (top.props as Building[]).push(token); // error
          break;
        case 'block-map': {
          const it = lastItem(top);
          if (it.value) {
            (top.items as Item[]).push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case 'block-seq': {
          const it = lastItem(top);
          if (it.value) (top.items as Item[]).push({ start: [], value: token });
          else it.value = token;
          break;
        }
        case 'flow-collection': {
          const it = (top.items as Item[])[(top.items as Item[]).length - 1];
          if (!it || it.value) (top.items as Item[]).push({ start: [], key: token, sep: [] });
          else if (it.sep) it.value = token;
          else Object.assign(it, { key: token, sep: [] });
          return;
        }
        default:
          this.pop();
          this.pop(token);
      }
      if (
        (top.type === 'document' || top.type === 'block-map' || top.type === 'block-seq') &&
        (token.type === 'block-map' || token.type === 'block-seq')
      ) {
        const items = token.items as Item[];
        const last = items[items.length - 1];
        if (
          last &&
          !last.sep &&
          !last.value &&
          last.start.length > 0 &&
          findNonEmptyIndex(last.start) === -1 &&
          (token.indent === 0 ||
            last.start.every(
              (st) => st.type !== 'comment' || (st.indent as number) < (token.indent as number),
            ))
        ) {
          if (top.type === 'document') top.end = last.start;
          else (top.items as Item[]).push({ start: last.start });
          items.splice(-1, 1);
        }
      }
    }
  }

  private stream(): void {
    switch (this.type) {
      case 'directive-line':
        this.out.push({ type: 'directive', offset: this.offset, source: this.source });
        return;
      case 'byte-order-mark':
      case 'space':
      case 'comment':
      case 'newline':
        this.out.push(this.sourceToken);
        return;
      case 'doc-mode':
      case 'doc-start': {
        const doc: Building = { type: 'document', offset: this.offset, start: [] };
        if (this.type === 'doc-start') (doc.start as SourceToken[]).push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    this.out.push({
      type: 'error',
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source,
    });
  }

  private document(doc: Building): void {
    if (doc.value) return this.lineEnd(doc);
    const start = doc.start as SourceToken[];
    switch (this.type) {
      case 'doc-start': {
        if (findNonEmptyIndex(start) !== -1) {
          this.pop();
          this.step();
        } else start.push(this.sourceToken);
        return;
      }
      case 'anchor':
      case 'tag':
      case 'space':
      case 'comment':
      case 'newline':
        start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv) this.stack.push(bv);
    else {
      this.out.push({
        type: 'error',
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source,
      });
    }
  }

  private scalar(scalar: Building): void {
    if (this.type === 'map-value-ind') {
      const prev = getPrevProps(this.peek(2) as Building);
      const start = getFirstKeyStartProps(prev);
      let sep: SourceToken[];
      if (scalar.end) {
        sep = scalar.end;
        sep.push(this.sourceToken);
        delete scalar.end;
      } else sep = [this.sourceToken];
      const map: Building = {
        type: 'block-map',
        offset: scalar.offset,
        indent: scalar.indent as number,
        items: [{ start, key: scalar, sep }],
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map;
    } else this.lineEnd(scalar);
  }

  private blockScalar(scalar: Building): void {
    switch (this.type) {
      case 'space':
      case 'comment':
      case 'newline':
        (scalar.props as Building[]).push(this.sourceToken);
        return;
      case 'scalar': {
        scalar.source = this.source;
        // block-scalar source includes trailing newline
        this.atNewLine = true;
        this.indent = 0;
        let nl = this.source.indexOf('\n') + 1;
        while (nl !== 0) {
          this.onNewLine(this.offset + nl);
          nl = this.source.indexOf('\n', nl) + 1;
        }
        this.pop();
        break;
      }
      default:
        this.pop();
        this.step();
    }
  }

  private blockMap(map: Building): void {
    const items = map.items as Item[];
    const it = lastItem(map);
    const mapIndent = map.indent as number;
    // it.sep is true-ish if pair already has key or : separator
    switch (this.type) {
      case 'newline':
        this.onKeyLine = false;
        if (it.value) {
          const end = 'end' in it.value ? it.value.end : undefined;
          const last = Array.isArray(end) ? end[end.length - 1] : undefined;
          if (last?.type === 'comment') end?.push(this.sourceToken);
          else items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case 'space':
      case 'comment':
        if (it.value) {
          items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, mapIndent)) {
            const prev = items[items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= mapIndent) {
      const atMapIndent = !this.onKeyLine && this.indent === mapIndent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== 'seq-item-ind';
      // For empty nodes, assign newline-separated not indented empty tokens to following node
      let start: SourceToken[] = [];
      if (atNextItem && it.sep && !it.value) {
        const nl: number[] = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i] as SourceToken;
          switch (st.type) {
            case 'newline':
              nl.push(i);
              break;
            case 'space':
              break;
            case 'comment':
              if ((st.indent as number) > mapIndent) nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2) start = it.sep.splice(nl[1] as number);
      }
      switch (this.type) {
        case 'anchor':
        case 'tag':
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case 'explicit-key-ind':
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: 'block-map',
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }],
            });
          }
          this.onKeyLine = true;
          return;
        case 'map-value-ind':
          this.blockMapValueInd(map, it, start, atNextItem);
          this.onKeyLine = true;
          return;
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar': {
          const fs = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            items.push({ start, key: fs, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs);
          } else {
            Object.assign(it, { key: fs, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map);
          if (bv) {
            if (bv.type === 'block-seq') {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, 'newline')) {
                this.pop({
                  type: 'error',
                  offset: this.offset,
                  message: 'Unexpected block-seq-ind on same line with key',
                  source: this.source,
                });
                return;
              }
            } else if (atMapIndent) {
              items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    this.pop();
    this.step();
  }

  /** The `map-value-ind` case of blockMap (the original's inline branch, unchanged). */
  private blockMapValueInd(
    map: Building,
    it: Item,
    start: SourceToken[],
    atNextItem: unknown,
  ): void {
    const items = map.items as Item[];
    if (it.explicitKey) {
      if (!it.sep) {
        if (includesToken(it.start, 'newline')) {
          Object.assign(it, { key: null, sep: [this.sourceToken] });
        } else {
          const start = getFirstKeyStartProps(it.start);
          this.stack.push({
            type: 'block-map',
            offset: this.offset,
            indent: this.indent,
            items: [{ start, key: null, sep: [this.sourceToken] }],
          });
        }
      } else if (it.value) {
        items.push({ start: [], key: null, sep: [this.sourceToken] });
      } else if (includesToken(it.sep, 'map-value-ind')) {
        this.stack.push({
          type: 'block-map',
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }],
        });
      } else if (isFlowToken(it.key) && !includesToken(it.sep, 'newline')) {
        const start = getFirstKeyStartProps(it.start);
        const key = it.key;
        const sep = it.sep;
        sep.push(this.sourceToken);
        delete it.key;
        delete it.sep;
        this.stack.push({
          type: 'block-map',
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key, sep }],
        });
      } else if (start.length > 0) {
        // Not actually at next item
        it.sep = it.sep.concat(start, this.sourceToken);
      } else {
        it.sep.push(this.sourceToken);
      }
    } else {
      if (!it.sep) {
        Object.assign(it, { key: null, sep: [this.sourceToken] });
      } else if (it.value || atNextItem) {
        items.push({ start, key: null, sep: [this.sourceToken] });
      } else if (includesToken(it.sep, 'map-value-ind')) {
        this.stack.push({
          type: 'block-map',
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [], key: null, sep: [this.sourceToken] }],
        });
      } else {
        it.sep.push(this.sourceToken);
      }
    }
  }

  private blockSequence(seq: Building): void {
    const items = seq.items as Item[];
    const it = lastItem(seq);
    const seqIndent = seq.indent as number;
    switch (this.type) {
      case 'newline':
        if (it.value) {
          const end = 'end' in it.value ? it.value.end : undefined;
          const last = Array.isArray(end) ? end[end.length - 1] : undefined;
          if (last?.type === 'comment') end?.push(this.sourceToken);
          else items.push({ start: [this.sourceToken] });
        } else it.start.push(this.sourceToken);
        return;
      case 'space':
      case 'comment':
        if (it.value) items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seqIndent)) {
            const prev = items[items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case 'anchor':
      case 'tag':
        if (it.value || this.indent <= seqIndent) break;
        it.start.push(this.sourceToken);
        return;
      case 'seq-item-ind':
        if (this.indent !== seqIndent) break;
        if (it.value || includesToken(it.start, 'seq-item-ind'))
          items.push({ start: [this.sourceToken] });
        else it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seqIndent) {
      const bv = this.startBlockValue(seq);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    this.pop();
    this.step();
  }

  private flowCollection(fc: Building): void {
    const items = fc.items as Item[];
    const end = fc.end as SourceToken[];
    const it = items[items.length - 1];
    if (this.type === 'flow-error-end') {
      let top: Building | undefined;
      do {
        this.pop();
        top = this.peek(1);
      } while (top?.type === 'flow-collection');
    } else if (end.length === 0) {
      switch (this.type) {
        case 'comma':
        case 'explicit-key-ind':
          if (!it || it.sep) items.push({ start: [this.sourceToken] });
          else it.start.push(this.sourceToken);
          return;
        case 'map-value-ind':
          if (!it || it.value) items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep) it.sep.push(this.sourceToken);
          else Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case 'space':
        case 'comment':
        case 'newline':
        case 'anchor':
        case 'tag':
          if (!it || it.value) items.push({ start: [this.sourceToken] });
          else if (it.sep) it.sep.push(this.sourceToken);
          else it.start.push(this.sourceToken);
          return;
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar': {
          const fs = this.flowScalar(this.type);
          if (!it || it.value) items.push({ start: [], key: fs, sep: [] });
          else if (it.sep) this.stack.push(fs);
          else Object.assign(it, { key: fs, sep: [] });
          return;
        }
        case 'flow-map-end':
        case 'flow-seq-end':
          end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv) this.stack.push(bv);
      else {
        this.pop();
        this.step();
      }
    } else {
      const parent = this.peek(2) as Building;
      if (
        parent.type === 'block-map' &&
        ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
          (this.type === 'newline' && !lastItem(parent).sep))
      ) {
        this.pop();
        this.step();
      } else if (this.type === 'map-value-ind' && parent.type !== 'flow-collection') {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep = end.splice(1, end.length);
        sep.push(this.sourceToken);
        const map: Building = {
          type: 'block-map',
          offset: fc.offset,
          indent: fc.indent as number,
          items: [{ start, key: fc, sep }],
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map;
      } else {
        this.lineEnd(fc);
      }
    }
  }

  private flowScalar(type: string): Building {
    let nl = this.source.indexOf('\n') + 1;
    while (nl !== 0) {
      this.onNewLine(this.offset + nl);
      nl = this.source.indexOf('\n', nl) + 1;
    }
    return { type, offset: this.offset, indent: this.indent, source: this.source };
  }

  private startBlockValue(parent: Building): Building | null {
    switch (this.type) {
      case 'alias':
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        return this.flowScalar(this.type);
      case 'block-scalar-header':
        return {
          type: 'block-scalar',
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: '',
        };
      case 'flow-map-start':
      case 'flow-seq-start':
        return {
          type: 'flow-collection',
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken as unknown as SourceToken[],
          items: [],
          end: [],
        };
      case 'seq-item-ind':
        return {
          type: 'block-seq',
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }],
        };
      case 'explicit-key-ind': {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: 'block-map',
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }],
        };
      }
      case 'map-value-ind': {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: 'block-map',
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }],
        };
      }
    }
    return null;
  }

  private atIndentedComment(start: readonly SourceToken[], indent: number): boolean {
    if (this.type !== 'comment') return false;
    if (this.indent <= indent) return false;
    return start.every((st) => st.type === 'newline' || st.type === 'space');
  }

  private documentEnd(docEnd: Building): void {
    if (this.type !== 'doc-mode') {
      if (docEnd.end) docEnd.end.push(this.sourceToken);
      else docEnd.end = [this.sourceToken];
      if (this.type === 'newline') this.pop();
    }
  }

  private lineEnd(token: Building): void {
    switch (this.type) {
      case 'comma':
      case 'doc-start':
      case 'doc-end':
      case 'flow-seq-end':
      case 'flow-map-end':
      case 'map-value-ind':
        this.pop();
        this.step();
        break;
      default:
        // newline, space, comment; all other values are errors
        if (this.type === 'newline') this.onKeyLine = false;
        if (token.end) token.end.push(this.sourceToken);
        else token.end = [this.sourceToken];
        if (this.type === 'newline') this.pop();
    }
  }
}

/**
 * The CST tokens of the lexemes `lexemes` gives (the Lexer's output for one text), exactly as
 * yaml's `new Parser(onNewLine)` gives them token by token, with `onNewLine` called at every
 * line start after the first (the caller records offset 0, as `Parser.parse` would), and
 * `onRootItem`, when given, with each final item of a top-level block map (see RootItemSink).
 */
export function parseCstTokens(
  lexemes: LexemeReader,
  onNewLine: (offset: number) => void,
  onRootItem?: RootItemSink,
): CST.Token[] {
  const parser = new CstParser(onNewLine, onRootItem);
  for (let lexeme = lexemes.next(); lexeme !== undefined; lexeme = lexemes.next())
    parser.next(lexeme);
  parser.end();
  return parser.out as unknown as CST.Token[];
}
