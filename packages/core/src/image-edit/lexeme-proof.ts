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
import { type LexemeReader, lexemesOf } from './cst-lexer.js';
import type { AnalysedFile } from './find-occurrences.js';
import type { Edit } from './image-occurrence.js';
import { splitImageString } from './image-strings.js';
import { needsQuotes } from './yaml-scalars.js';

const SCALAR = '\x1f';
const STR_TAG = 'tag:yaml.org,2002:str';

/** Source characters a lexeme stands for (the lexer's control tokens stand for none). */
function width(lexeme: string): number {
  return lexeme === SCALAR || lexeme === '\x02' || lexeme === '\x18' ? 0 : lexeme.length;
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
 * The original's lexemes, read one at a time with what the proof looks at around the current
 * one: the one before, the one after, and the last one before it that is not white space.
 */
class LexemeCursor {
  /** The current lexeme (`undefined` at the end). */
  current: string | undefined;
  /** The lexeme before the current one. */
  previous: string | undefined;
  /** The last lexeme before the current one that is not white space (a tag, a `:`…). */
  lastSolid: string | undefined;
  private ahead: string | undefined;
  private peeked = false;

  constructor(private readonly reader: LexemeReader) {
    this.current = reader.next();
  }

  /** The lexeme after the current one. */
  peek(): string | undefined {
    if (!this.peeked) {
      this.ahead = this.reader.next();
      this.peeked = true;
    }
    return this.ahead;
  }

  advance(): void {
    this.previous = this.current;
    if (this.current !== undefined && CST.tokenType(this.current) !== 'space')
      this.lastSolid = this.current;
    this.current = this.peek();
    this.peeked = false;
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
  // Both texts' lexemes are compared as the lexer gives them, never held in arrays: a proof
  // that fails stops lexing there, and a large file's tokens are never kept.
  const a = new LexemeCursor(lexemesOf(before.source.text));
  const b = lexemesOf(text);
  let at = 0; // offset in the original text of a.current
  for (const edit of edits) {
    while (at < edit.start) {
      const lexeme = a.current;
      if (lexeme === undefined || lexeme !== b.next()) return false;
      at += width(lexeme);
      a.advance();
    }
    if (at !== edit.start || !keepsImage(before, edit)) return false;
    let want: string[] | undefined;
    if (edit.insert) want = endsLine(a.current) ? insertionLexemes(before, edit) : undefined;
    else if (edit.start === edit.end) {
      // A key with no value (`tag:`): ` value` after the colon, at the end of the line.
      const written = edit.text.slice(1);
      // Any run of spaces or tabs may sit between the colon and a comment (`tag:  # marker`).
      const next = /^[ \t]+$/.test(a.current ?? '')
        ? a.peek()?.startsWith('#')
        : endsLine(a.current);
      const doc = before.source.documents[edit.document];
      if (edit.text.startsWith(' ') && a.previous === ':' && next && readsAs(written, edit.to, doc))
        want = [' ', ...scalarLexemes(written)];
    } else {
      // One scalar token replaced by another, with no tag before it to change how it reads.
      const tagged = a.lastSolid?.startsWith('!') ?? false;
      const replaced: string[] = [];
      while (at < edit.end && a.current !== undefined) {
        replaced.push(a.current);
        at += width(a.current);
        a.advance();
      }
      const doc = before.source.documents[edit.document];
      const scalar = replaced[replaced.length - 1] ?? '';
      if (
        at === edit.end &&
        !tagged &&
        isScalar(replaced, scalar) &&
        readsAs(edit.text, edit.to, doc)
      )
        want = scalarLexemes(edit.text);
    }
    if (!want) return false;
    for (const lexeme of want) if (b.next() !== lexeme) return false;
  }
  for (; a.current !== undefined; a.advance()) if (a.current !== b.next()) return false;
  return b.next() === undefined;
}
