/**
 * A cheap proof that a splice did exactly what was planned, without parsing the result: the
 * edited text is only lexed, and its tokens must be the original tokens except, at each edit,
 * one scalar token that reads back as the planned value (or, for a new key, one `key: value`
 * line at the indentation of the line above). The parser and composer are functions of the
 * tokens, so the documents are then the same except the planned values. When the proof does
 * not go through, the caller falls back to the full re-parse (verify-edits), which also says
 * what is wrong.
 */
import { CST, type Document } from 'yaml';
import { controlLexeme, lexemesOf } from './cst-lexer.js';
import type { AnalysedFile } from './find-occurrences.js';
import type { Edit } from './image-occurrence.js';
import { splitImageString } from './image-strings.js';
import { needsQuotes } from './yaml-scalars.js';

const SCALAR = '\x1f';
const STR_TAG = 'tag:yaml.org,2002:str';

/** Source characters a recorded lexeme stands for (the lexer's control lexemes stand for none). */
function width(code: number | undefined): number {
  return code === undefined || code < 0 ? 0 : code;
}

/** Whether a scalar written as `written` reads as the string `value` in `doc`. */
function readsAs(written: string, value: string, doc: Document.Parsed | undefined): boolean {
  if (!doc || value.includes('{{') || /[\n\r]/.test(written)) return false;
  if (written.startsWith('"')) {
    try {
      return JSON.parse(written) === value;
    } catch {
      return false;
    }
  }
  if (written.startsWith("'"))
    return /^'(?:[^']|'')*'$/.test(written) && written.slice(1, -1).replace(/''/g, "'") === value;
  if (written !== value || needsQuotes(value)) return false;
  // A plain scalar reads as a string unless a tag of the document's schema claims it.
  return !doc.schema.tags.some(
    (tag) => tag.default === true && tag.tag !== STR_TAG && 'test' in tag && tag.test?.test(value),
  );
}

/** The lexemes of one scalar written as `written`. */
function scalarLexemes(written: string): string[] {
  return written.startsWith('"') || written.startsWith("'") ? [written] : [SCALAR, written];
}

/** Whether `lexemes` are exactly the lexemes of a scalar written as `written`. */
function isScalar(lexemes: readonly string[], written: string): boolean {
  const want = scalarLexemes(written);
  return lexemes.length === want.length && want.every((l, i) => lexemes[i] === l);
}

/** Whether a lexeme is a line break or the end of the text. */
const endsLine = (lexeme: string | undefined) =>
  lexeme === undefined || CST.tokenType(lexeme) === 'newline';

/**
 * Whether a new line `<eol><indent><key>: <value>` inserted at `at` (the end of a line) is a
 * sibling of the pair on that line: the line is indented by exactly `indent` (spaces and
 * `- ` sequence indicators) before its key.
 */
function isSiblingLine(text: string, at: number, indent: string): boolean {
  if (!/^ *$/.test(indent)) return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const prefix = text.slice(lineStart, lineStart + indent.length);
  const first = text[lineStart + indent.length] ?? ' ';
  return /^(?: |-(?= ))*$/.test(prefix) && !' \t#-?:'.includes(first);
}

/** The lexemes a block-map insertion must lex to, or undefined when it is not one. */
function insertionLexemes(before: AnalysedFile, edit: Edit): string[] | undefined {
  const text = before.source.text;
  const eol = edit.text.startsWith('\r\n') ? '\r\n' : '\n';
  const key = edit.path[edit.path.length - 1];
  if (!edit.text.startsWith(eol) || typeof key !== 'string') return undefined;
  const rest = edit.text.slice(eol.length);
  const indent = rest.slice(0, rest.length - rest.trimStart().length);
  const pair = rest.slice(indent.length);
  if (!pair.startsWith(`${key}: `) || needsQuotes(key) || !isSiblingLine(text, edit.start, indent))
    return undefined;
  const written = pair.slice(key.length + 2);
  const doc = before.source.documents[edit.document];
  if (!readsAs(written, edit.to, doc)) return undefined;
  return [eol, ...(indent ? [indent] : []), SCALAR, key, ':', ' ', ...scalarLexemes(written)];
}

/** Whether the occurrence an edit belongs to still reads as the same image afterwards. */
function keepsImage(before: AnalysedFile, edit: Edit): boolean {
  if (edit.field !== 'ref') return true;
  const occurrence = before.found.occurrences[edit.occurrence];
  const parts = splitImageString(edit.to);
  return occurrence !== undefined && parts?.repository === occurrence.repository;
}

/**
 * The original's lexemes as the parse recorded them (`ParsedYamlFile.lexemeCodes`), read one
 * at a time: the current one compared with a lexeme of the edited text without building its
 * string, and the few around it that the proof looks at given back as strings.
 */
class LexemeCursor {
  /** Index of the current lexeme. */
  private i = 0;
  /** Offset in the original text of the current lexeme. */
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly codes: ArrayLike<number>,
  ) {}

  /** Whether every lexeme has been read. */
  get done(): boolean {
    return this.i >= this.codes.length;
  }

  /** Offset in the original text of the current lexeme (its end when done). */
  get offset(): number {
    return this.at;
  }

  /** Whether the current lexeme is `lexeme` (false when done). */
  is(lexeme: string | undefined): boolean {
    const code = this.codes[this.i];
    if (code === undefined || lexeme === undefined) return false;
    if (code < 0) return lexeme === controlLexeme(code);
    return lexeme.length === code && this.text.startsWith(lexeme, this.at);
  }

  /** The lexeme `k` places from the current one (`undefined` outside the text). */
  lexeme(k = 0): string | undefined {
    let at = this.at;
    if (k > 0) for (let j = this.i; j < this.i + k; j++) at += width(this.codes[j]);
    else for (let j = this.i - 1; j >= this.i + k; j--) at -= width(this.codes[j]);
    const code = this.codes[this.i + k];
    if (code === undefined) return undefined;
    return code < 0 ? controlLexeme(code) : this.text.substr(at, code);
  }

  /** The last lexeme before the current one that is not white space (a tag, a `:`…). */
  lastSolid(): string | undefined {
    for (let k = -1; this.i + k >= 0; k--) {
      const lexeme = this.lexeme(k) as string;
      if (CST.tokenType(lexeme) !== 'space') return lexeme;
    }
    return undefined;
  }

  advance(): void {
    this.at += width(this.codes[this.i]);
    this.i++;
  }
}

/**
 * Whether `text` (the file of `before` with `edits` spliced in, ordered and non-overlapping)
 * provably holds exactly the planned values and nothing else changed. `false` means "not
 * proven", not "wrong": the caller then verifies by re-parsing.
 */
export function editsProvenByLexemes(
  before: AnalysedFile,
  text: string,
  edits: readonly Edit[],
): boolean {
  // The edited text's lexemes are compared as the lexer gives them, never held in an array:
  // a proof that fails stops lexing there. The original's were recorded by the parse.
  const a = new LexemeCursor(before.source.text, before.source.lexemeCodes);
  const b = lexemesOf(text);
  for (const edit of edits) {
    while (a.offset < edit.start) {
      if (a.done || !a.is(b.next())) return false;
      a.advance();
    }
    if (a.offset !== edit.start || !keepsImage(before, edit)) return false;
    let want: string[] | undefined;
    if (edit.insert) want = endsLine(a.lexeme()) ? insertionLexemes(before, edit) : undefined;
    else if (edit.start === edit.end) {
      // A key with no value (`tag:`): ` value` after the colon, at the end of the line.
      const written = edit.text.slice(1);
      // Any run of spaces or tabs may sit between the colon and a comment (`tag:  # marker`).
      const next = /^[ \t]+$/.test(a.lexeme() ?? '')
        ? a.lexeme(1)?.startsWith('#')
        : endsLine(a.lexeme());
      const doc = before.source.documents[edit.document];
      if (
        edit.text.startsWith(' ') &&
        a.lexeme(-1) === ':' &&
        next &&
        readsAs(written, edit.to, doc)
      )
        want = [' ', ...scalarLexemes(written)];
    } else {
      // One scalar token replaced by another, with no tag before it to change how it reads.
      const tagged = a.lastSolid()?.startsWith('!') ?? false;
      const replaced: string[] = [];
      while (a.offset < edit.end && !a.done) {
        replaced.push(a.lexeme() as string);
        a.advance();
      }
      const doc = before.source.documents[edit.document];
      const scalar = replaced[replaced.length - 1] ?? '';
      if (
        a.offset === edit.end &&
        !tagged &&
        isScalar(replaced, scalar) &&
        readsAs(edit.text, edit.to, doc)
      )
        want = scalarLexemes(edit.text);
    }
    if (!want) return false;
    for (const lexeme of want) if (b.next() !== lexeme) return false;
  }
  for (; !a.done; a.advance()) if (!a.is(b.next())) return false;
  return b.next() === undefined;
}
