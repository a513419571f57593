/**
 * The `yaml` package's lexer (`Lexer` of yaml 2.x, ISC licence, (c) Eemeli Aro), ported line
 * by line from generators to plain calls, for a complete text (the original's `lex(text)`):
 * the same lexemes in the same order.
 *
 * Why a port and not the package: the original yields each lexeme through two or three
 * delegating generators (`parseNext`, `parseDocument`, `pushCount`…), which costs as much as
 * the parse itself and feeds the garbage collector; the engine lexes every file twice (to
 * parse it, and to prove its edits). Here each step of the state machine pushes its lexemes
 * to a small queue that `next()` drains, so a caller still reads them lazily, one at a time.
 * `cst-lexer.test.ts` requires equality with the package's Lexer on every input it tries.
 */
import { CST } from 'yaml';

type State =
  | 'stream'
  | 'line-start'
  | 'block-start'
  | 'doc'
  | 'flow'
  | 'quoted-scalar'
  | 'block-scalar'
  | 'plain-scalar';

function isEmpty(ch: string | undefined): boolean {
  switch (ch) {
    case undefined:
    case ' ':
    case '\n':
    case '\r':
    case '\t':
      return true;
    default:
      return false;
  }
}

const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set(
  "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()",
);
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch: string | undefined) => !ch || invalidAnchorChars.has(ch);

/**
 * How `recordLexemes` writes each of the lexer's control lexemes (a plain or block scalar
 * follows, a document starts, a flow collection ends); a lexeme of source text is written as
 * its length.
 */
const CONTROL_CODES: ReadonlyMap<string, number> = new Map([
  [CST.SCALAR, -1],
  [CST.DOCUMENT, -2],
  [CST.FLOW_END, -3],
]);

/** The control lexeme of a (negative) code. */
export const controlLexeme = (code: number): string =>
  code === -1 ? CST.SCALAR : code === -2 ? CST.DOCUMENT : CST.FLOW_END;

/** Runs of 0–64 spaces, shared by every lexeme of that many spaces (see pushSpaces). */
const SPACE_RUNS: readonly string[] = Array.from({ length: 65 }, (_, n) => ' '.repeat(n));

/** The lexer's state machine over one complete text; `queue` holds what the original yields. */
class CstLexer {
  private readonly atEnd = true;
  private blockScalarIndent = -1;
  private blockScalarKeep = false;
  private buffer: string;
  private flowKey = false;
  private flowLevel = 0;
  private indentNext = 0;
  private indentValue = 0;
  private lineEndPos: number | null = null;
  private pos = 0;
  private state: State | null = 'stream';
  private queue: string[] = [];
  private head = 0;

  constructor(
    text: string,
    private readonly codes?: number[],
  ) {
    this.buffer = text;
  }

  /** The next lexeme, or `undefined` at the end of the text. */
  next(): string | undefined {
    while (this.head === this.queue.length) {
      if (this.state === null || !this.hasChars(1)) return undefined;
      this.queue.length = 0;
      this.head = 0;
      this.state = this.parseNext(this.state);
    }
    return this.queue[this.head++];
  }

  /** A lexeme of source text. */
  private emit(lexeme: string): void {
    this.queue.push(lexeme);
    this.codes?.push(lexeme.length);
  }

  /** One of the lexer's control lexemes, which stand for no source text. */
  private emitControl(lexeme: string): void {
    this.queue.push(lexeme);
    this.codes?.push(CONTROL_CODES.get(lexeme) as number);
  }

  private atLineEnd(): boolean {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === ' ' || ch === '\t') ch = this.buffer[++i];
    if (!ch || ch === '#' || ch === '\n') return true;
    if (ch === '\r') return this.buffer[i + 1] === '\n';
    return false;
  }

  private charAt(n: number): string | undefined {
    return this.buffer[this.pos + n];
  }

  private continueScalar(offset: number): number {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === ' ') ch = this.buffer[++indent + offset];
      if (ch === '\r') {
        const next = this.buffer[indent + offset + 1];
        if (next === '\n' || (!next && !this.atEnd)) return offset + indent + 1;
      }
      return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
        ? offset + indent
        : -1;
    }
    if (ch === '-' || ch === '.') {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3])) return -1;
    }
    return offset;
  }

  private getLine(): string | null {
    let end = this.lineEndPos;
    if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
      end = this.buffer.indexOf('\n', this.pos);
      this.lineEndPos = end;
    }
    if (end === -1) return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === '\r') end -= 1;
    return this.buffer.substring(this.pos, end);
  }

  private hasChars(n: number): boolean {
    return this.pos + n <= this.buffer.length;
  }

  private setNext(state: State): null {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.state = state;
    return null;
  }

  private peek(n: number): string {
    return this.buffer.substr(this.pos, n);
  }

  private parseNext(next: State): State | null {
    switch (next) {
      case 'stream':
        return this.parseStream();
      case 'line-start':
        return this.parseLineStart();
      case 'block-start':
        return this.parseBlockStart();
      case 'doc':
        return this.parseDocument();
      case 'flow':
        return this.parseFlowCollection();
      case 'quoted-scalar':
        return this.parseQuotedScalar();
      case 'block-scalar':
        return this.parseBlockScalar();
      case 'plain-scalar':
        return this.parsePlainScalar();
    }
  }

  private parseStream(): State | null {
    let line = this.getLine();
    if (line === null) return this.setNext('stream');
    if (line[0] === CST.BOM) {
      this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === '%') {
      let dirEnd = line.length;
      let cs = line.indexOf('#');
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === ' ' || ch === '\t') {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf('#', cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === ' ' || ch === '\t') dirEnd -= 1;
        else break;
      }
      const n = this.pushCount(dirEnd) + this.pushSpaces(true);
      this.pushCount(line.length - n); // possible comment
      // The original calls `this.pushNewline()` here without `yield*`, which runs nothing:
      // the newline is lexed by the next `stream` step instead (the same lexemes either way).
      return 'stream';
    }
    if (this.atLineEnd()) {
      const sp = this.pushSpaces(true);
      this.pushCount(line.length - sp);
      this.pushNewline();
      return 'stream';
    }
    this.emitControl(CST.DOCUMENT);
    return this.parseLineStart();
  }

  private parseLineStart(): State | null {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd) return this.setNext('line-start');
    if (ch === '-' || ch === '.') {
      if (!this.atEnd && !this.hasChars(4)) return this.setNext('line-start');
      const s = this.peek(3);
      if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
        this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === '---' ? 'doc' : 'stream';
      }
    }
    this.indentValue = this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return this.parseBlockStart();
  }

  private parseBlockStart(): State | null {
    const ch0 = this.charAt(0);
    const ch1 = this.charAt(1);
    if (!ch1 && !this.atEnd) return this.setNext('block-start');
    if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
      const n = this.pushCount(1) + this.pushSpaces(true);
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return 'block-start';
    }
    return 'doc';
  }

  private parseDocument(): State | null {
    this.pushSpaces(true);
    const line = this.getLine();
    if (line === null) return this.setNext('doc');
    let n = this.pushIndicators();
    const ch = line[n];
    if (ch === '#' || ch === undefined) {
      if (ch === '#') this.pushCount(line.length - n);
      this.pushNewline();
      return this.parseLineStart();
    }
    switch (ch) {
      case '{':
      case '[':
        this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return 'flow';
      case '}':
      case ']':
        this.pushCount(1);
        return 'doc';
      case '*':
        this.pushUntil(isNotAnchorChar);
        return 'doc';
      case '"':
      case "'":
        return this.parseQuotedScalar();
      case '|':
      case '>':
        n += this.parseBlockScalarHeader();
        n += this.pushSpaces(true);
        this.pushCount(line.length - n);
        this.pushNewline();
        return this.parseBlockScalar();
      default:
        return this.parsePlainScalar();
    }
  }

  private parseFlowCollection(): State | null {
    let nl: number;
    let sp: number;
    let indent = -1;
    do {
      nl = this.pushNewline();
      if (nl > 0) {
        sp = this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null) return this.setNext('flow');
    if (
      (indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
      (indent === 0 && (line.startsWith('---') || line.startsWith('...')) && isEmpty(line[3]))
    ) {
      const atFlowEndMarker =
        indent === this.indentNext - 1 &&
        this.flowLevel === 1 &&
        (line[0] === ']' || line[0] === '}');
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        this.emitControl(CST.FLOW_END);
        return this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ',') {
      n += this.pushCount(1);
      n += this.pushSpaces(true);
      this.flowKey = false;
    }
    n += this.pushIndicators();
    const ch = line[n];
    switch (ch) {
      case undefined:
        return 'flow';
      case '#':
        this.pushCount(line.length - n);
        return 'flow';
      case '{':
      case '[':
        this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return 'flow';
      case '}':
      case ']':
        this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? 'flow' : 'doc';
      case '*':
        this.pushUntil(isNotAnchorChar);
        return 'flow';
      case '"':
      case "'":
        this.flowKey = true;
        return this.parseQuotedScalar();
    }
    if (ch === ':') {
      const next = this.charAt(1);
      if (this.flowKey || isEmpty(next) || next === ',') {
        this.flowKey = false;
        this.pushCount(1);
        this.pushSpaces(true);
        return 'flow';
      }
    }
    // default (and a `:` that is not an indicator):
    this.flowKey = false;
    return this.parsePlainScalar();
  }

  private parseQuotedScalar(): State | null {
    const quote = this.charAt(0) as string;
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'") end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === '\\') n += 1;
        if (n % 2 === 0) break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf('\n', this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1) break;
        nl = qb.indexOf('\n', cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd) return this.setNext('quoted-scalar');
      end = this.buffer.length;
    }
    this.pushToIndex(end + 1, false);
    return this.flowLevel ? 'flow' : 'doc';
  }

  private parseBlockScalarHeader(): number {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === '+') this.blockScalarKeep = true;
      else if (ch !== undefined && ch > '0' && ch <= '9') this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== '-') break;
    }
    return this.pushUntil((ch) => isEmpty(ch) || ch === '#');
  }

  private parseBlockScalar(): State | null {
    let nl = this.pos - 1; // may be -1 if this.pos === 0
    let indent = 0;
    let ch: string | undefined;
    loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
      switch (ch) {
        case ' ':
          indent += 1;
          break;
        case '\n':
          nl = i;
          indent = 0;
          break;
        case '\r': {
          const next = this.buffer[i + 1];
          if (!next && !this.atEnd) return this.setNext('block-scalar');
          if (next === '\n') break;
          break loop; // the original falls through to `default`
        }
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd) return this.setNext('block-scalar');
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1) this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1) break;
        nl = this.buffer.indexOf('\n', cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd) return this.setNext('block-scalar');
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === ' ') ch = this.buffer[++i];
    if (ch === '\t') {
      while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n') ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      for (;;) {
        let i = nl - 1;
        let ch = this.buffer[i];
        if (ch === '\r') ch = this.buffer[--i];
        const lastChar = i; // Drop the line if last char not more indented
        while (ch === ' ') ch = this.buffer[--i];
        if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar) nl = i;
        else break;
      }
    }
    this.emitControl(CST.SCALAR);
    this.pushToIndex(nl + 1, true);
    return this.parseLineStart();
  }

  private parsePlainScalar(): State | null {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch: string | undefined;
    while ((ch = this.buffer[++i])) {
      if (ch === ':') {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next as string))) break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === '\r') {
          if (next === '\n') {
            i += 1;
            ch = '\n';
            next = this.buffer[i + 1];
          } else end = i;
        }
        if (next === '#' || (inFlow && flowIndicatorChars.has(next as string))) break;
        if (ch === '\n') {
          const cs = this.continueScalar(i + 1);
          if (cs === -1) break;
          i = Math.max(i, cs - 2); // to advance, but still account for ' #'
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch)) break;
        end = i;
      }
    }
    if (!ch && !this.atEnd) return this.setNext('plain-scalar');
    this.emitControl(CST.SCALAR);
    this.pushToIndex(end + 1, true);
    return inFlow ? 'flow' : 'doc';
  }

  private pushCount(n: number): number {
    if (n > 0) {
      this.emit(this.buffer.substr(this.pos, n));
      this.pos += n;
      return n;
    }
    return 0;
  }

  private pushToIndex(i: number, allowEmpty: boolean): number {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      this.emit(s);
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty) this.emit('');
    return 0;
  }

  private pushIndicators(): number {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case '!':
          n += this.pushTag();
          n += this.pushSpaces(true);
          continue loop;
        case '&':
          n += this.pushUntil(isNotAnchorChar);
          n += this.pushSpaces(true);
          continue loop;
        case '-': // this is an error
        case '?': // this is an error outside flow collections
        case ':': {
          const inFlow = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1 as string))) {
            if (!inFlow) this.indentNext = this.indentValue + 1;
            else if (this.flowKey) this.flowKey = false;
            n += this.pushCount(1);
            n += this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }

  private pushTag(): number {
    if (this.charAt(1) === '<') {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== '>') ch = this.buffer[++i];
      return this.pushToIndex(ch === '>' ? i + 1 : i, false);
    }
    let i = this.pos + 1;
    let ch = this.buffer[i];
    while (ch) {
      if (tagChars.has(ch)) ch = this.buffer[++i];
      else if (
        ch === '%' &&
        hexDigits.has(this.buffer[i + 1] as string) &&
        hexDigits.has(this.buffer[i + 2] as string)
      ) {
        ch = this.buffer[(i += 3)];
      } else break;
    }
    return this.pushToIndex(i, false);
  }

  private pushNewline(): number {
    const ch = this.buffer[this.pos];
    if (ch === '\n') return this.pushCount(1);
    else if (ch === '\r' && this.charAt(1) === '\n') return this.pushCount(2);
    else return 0;
  }

  private pushSpaces(allowTabs: boolean): number {
    let i = this.pos - 1;
    let ch: string | undefined;
    let tabs = false;
    do {
      ch = this.buffer[++i];
      if (ch === '\t') tabs = allowTabs;
    } while (ch === ' ' || (allowTabs && ch === '\t'));
    const n = i - this.pos;
    if (n > 0) {
      // Indentation is most of a large file's lexemes: one shared string per width of spaces,
      // not a copy per line (the same text; only fewer strings to allocate and keep).
      this.emit(
        !tabs && n < SPACE_RUNS.length
          ? (SPACE_RUNS[n] as string)
          : this.buffer.substr(this.pos, n),
      );
      this.pos = i;
    }
    return n;
  }

  private pushUntil(test: (ch: string | undefined) => boolean): number {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch)) ch = this.buffer[++i];
    return this.pushToIndex(i, false);
  }
}

/** Reads the lexemes of one text lazily: `next()` gives each in turn, then `undefined`. */
export interface LexemeReader {
  next(): string | undefined;
}

/** A lazy reader of the lexemes of `text`, exactly as yaml's `new Lexer().lex(text)` yields. */
export function lexemesOf(text: string): LexemeReader {
  return new CstLexer(text);
}

/**
 * A reader like `lexemesOf(text)` that also appends to `codes`, for every lexeme it gives,
 * its length (a lexeme of the text) or a negative code (a control lexeme, see `controlLexeme`):
 * with the text, enough to give every lexeme back without lexing again, in 8 bytes or less.
 */
export function recordLexemes(text: string, codes: number[]): LexemeReader {
  return new CstLexer(text, codes);
}

/** Every lexeme of `text`, in order (as `Array.from(new Lexer().lex(text))`). */
export function* iterateLexemes(text: string): Generator<string> {
  const reader = lexemesOf(text);
  for (let lexeme = reader.next(); lexeme !== undefined; lexeme = reader.next()) yield lexeme;
}
