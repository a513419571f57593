/**
 * A YAML file parsed once, with source ranges, for finding and verifying image edits.
 */
import { Composer, type CST, type Document, LineCounter, type Pair } from 'yaml';
import { checkEditableText, TextEncodingError } from '../text-encoding.js';
import { composeSimpleDocuments, StreamedComposer } from './cst-documents.js';
import { lexemesOf, recordLexemes } from './cst-lexer.js';
import { parseCstTokens } from './cst-parser.js';
import { YamlSyntaxError } from './image-edit-errors.js';
import type { LineOf } from './yaml-scalars.js';

/** The documents of one file, with the helpers the finders need. */
export interface ParsedYamlFile {
  file: string;
  text: string;
  documents: Document.Parsed[];
  /**
   * The lexer's lexemes of `text`, in order, each as its length or (for the lexer's control
   * lexemes, which stand for no text) a negative code: what the proof of an edit compares the
   * edited text's lexemes with (see lexeme-proof), without keeping every token string alive.
   * Recorded into an array, kept as 32-bit integers (a third of the array's memory).
   */
  lexemeCodes: ArrayLike<number>;
  lineOf: LineOf;
  /** The line ending to use where a line has none of its own (the file's first, or `\n`). */
  eol: string;
  /**
   * The documents whose top-level pairs were each given to `onRootPair` (see ParseFileOptions) as
   * they were composed; none when no sink was given or the file was not streamed.
   */
  streamed: ReadonlySet<Document.Parsed>;
}

/** How parseYamlFile parses: for the finder's streamed walk (see find-occurrences). */
export interface ParseFileOptions {
  /**
   * Each pair of a streamed document's top-level map, as soon as it is composed (see
   * RootPairSink), with the file being parsed: its text, lines so far and line ending are
   * known, its documents not yet. Must not throw.
   */
  onRootPair?: (source: ParsedYamlFile, pair: Pair, doc: Document.Parsed, offset: number) => void;
  /** Stream from this many characters on (default STREAM_FROM); tests stream small files. */
  streamFrom?: number;
}

const COMPOSE_OPTIONS = {
  // No CST kept on the nodes: it would triple the memory of a large file (offsets suffice).
  prettyErrors: false,
  // The finder checks for repeated keys itself, in linear time (the parser's check is
  // quadratic in the size of a map, which matters for a values file of thousands of services).
  uniqueKeys: false,
} as const;

/**
 * From this size on, a file's documents are composed while it is parsed, each item of a
 * top-level map as soon as it is final, and its tokens given up at once (see
 * StreamedComposer): the peak memory of a large values file is then its nodes, not its nodes
 * and its tokens, and the tokens die young, which the collector finds cheap. A smaller file
 * keeps its tokens for the Composer, should the simple path decline, instead of being parsed
 * again.
 */
const STREAM_FROM = 64 * 1024;

/** Refuse a text in another encoding than UTF-8 (UTF-16, lone CR line breaks) as not YAML we read. */
function checkEncoding(file: string, text: string): void {
  try {
    checkEditableText(file, text);
  } catch (error) {
    if (error instanceof TextEncodingError)
      throw new YamlSyntaxError(file, error.line, error.detail);
    throw error;
  }
}

/** The documents of `tokens`, as parseAllDocuments composes them. */
function composeTokens(tokens: readonly CST.Token[]): Document.Parsed[] {
  const composer = new Composer(COMPOSE_OPTIONS);
  const documents: Document.Parsed[] = [];
  for (const token of tokens) documents.push(...composer.next(token));
  documents.push(...composer.end());
  return documents;
}

/**
 * The documents of `text`, every line start recorded in `lineCounter` and every lexeme in
 * `codes`: composed straight from the CST when the file keeps to the plain subset
 * cst-documents handles (the same nodes, several times faster), else by the Composer.
 */
function composeText(
  source: ParsedYamlFile,
  lineCounter: LineCounter,
  options: ParseFileOptions,
): { documents: Document.Parsed[]; streamed: ReadonlySet<Document.Parsed> } {
  const { text } = source;
  lineCounter.addNewLine(0);
  const codes: number[] = [];
  source.lexemeCodes = codes;
  const lexemes = recordLexemes(text, codes);
  if (text.length < (options.streamFrom ?? STREAM_FROM)) {
    const tokens = parseCstTokens(lexemes, lineCounter.addNewLine);
    const documents = composeSimpleDocuments(tokens, COMPOSE_OPTIONS) ?? composeTokens(tokens);
    return { documents, streamed: NONE };
  }
  const sink = options.onRootPair;
  const composer = new StreamedComposer(
    COMPOSE_OPTIONS,
    sink && ((pair, doc, offset) => sink(source, pair, doc, offset)),
  );
  const tokens = parseCstTokens(lexemes, lineCounter.addNewLine, composer.onRootItem);
  const documents = composer.documentsOf(tokens);
  if (documents) return { documents, streamed: sink ? composer.streamedDocuments() : NONE };
  // Streamed tokens are spent: the Composer reads a second parse (lines and lexemes are known).
  return {
    documents: composeTokens(parseCstTokens(lexemesOf(text), () => undefined)),
    streamed: NONE,
  };
}

const NONE: ReadonlySet<Document.Parsed> = new Set();

/**
 * Parse every document of `text`; a syntax error, or a text that is not UTF-8 with LF or CRLF
 * line breaks, throws YamlSyntaxError naming file and line.
 */
export function parseYamlFile(
  file: string,
  text: string,
  options: ParseFileOptions = {},
): ParsedYamlFile {
  checkEncoding(file, text);
  const lineCounter = new LineCounter();
  const lineOf: LineOf = (offset) => lineCounter.linePos(offset).line;
  const newline = text.indexOf('\n');
  const eol = newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
  // Filled while it is parsed (a sink sees it so): documents and streamed at the end.
  const source: ParsedYamlFile = {
    file,
    text,
    documents: [],
    lexemeCodes: [],
    lineOf,
    eol,
    streamed: NONE,
  };
  // What parseAllDocuments does, with the lexemes recorded on the way.
  const { documents, streamed } = composeText(source, lineCounter, options);
  for (const document of documents) {
    const error = document.errors[0];
    if (error) {
      const detail = error.message.split('\n')[0] ?? error.message;
      throw new YamlSyntaxError(file, lineOf(error.pos[0]), `is not valid YAML: ${detail}`);
    }
  }
  source.documents = documents;
  source.streamed = streamed;
  source.lexemeCodes = Int32Array.from(source.lexemeCodes);
  return source;
}
