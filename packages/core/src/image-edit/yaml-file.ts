/**
 * A YAML file parsed once, with source ranges, for finding and verifying image edits.
 */
import { Composer, type Document, Lexer, LineCounter, Parser } from 'yaml';
import { checkEditableText, TextEncodingError } from '../text-encoding.js';
import { YamlSyntaxError } from './image-edit-errors.js';
import type { LineOf } from './yaml-scalars.js';

/** The documents of one file, with the helpers the finders need. */
export interface ParsedYamlFile {
  file: string;
  text: string;
  documents: Document.Parsed[];
  /** The lexer's tokens of `text`, in order (kept to verify edits without a second parse). */
  lexemes: string[];
  lineOf: LineOf;
  /** The line ending to use where a line has none of its own (the file's first, or `\n`). */
  eol: string;
}

const COMPOSE_OPTIONS = {
  // No CST kept on the nodes: it would triple the memory of a large file (offsets suffice).
  prettyErrors: false,
  // The finder checks for repeated keys itself, in linear time (the parser's check is
  // quadratic in the size of a map, which matters for a values file of thousands of services).
  uniqueKeys: false,
} as const;

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

/**
 * The documents of `lexemes`, as parseAllDocuments composes them, fed from plain loops rather
 * than a chain of generators (one level of delegation less per token).
 */
function composeLexemes(lexemes: readonly string[], lineCounter: LineCounter): Document.Parsed[] {
  const parser = new Parser(lineCounter.addNewLine);
  const composer = new Composer(COMPOSE_OPTIONS);
  const documents: Document.Parsed[] = [];
  lineCounter.addNewLine(0);
  for (const lexeme of lexemes)
    for (const token of parser.next(lexeme)) documents.push(...composer.next(token));
  for (const token of parser.end()) documents.push(...composer.next(token));
  documents.push(...composer.end());
  return documents;
}

/**
 * Parse every document of `text`; a syntax error, or a text that is not UTF-8 with LF or CRLF
 * line breaks, throws YamlSyntaxError naming file and line.
 */
export function parseYamlFile(file: string, text: string): ParsedYamlFile {
  checkEncoding(file, text);
  const lineCounter = new LineCounter();
  // What parseAllDocuments does, with the lexemes kept on the way.
  const lexemes = Array.from(new Lexer().lex(text));
  const documents = composeLexemes(lexemes, lineCounter);
  const lineOf: LineOf = (offset) => lineCounter.linePos(offset).line;
  for (const document of documents) {
    const error = document.errors[0];
    if (error) {
      const detail = error.message.split('\n')[0] ?? error.message;
      throw new YamlSyntaxError(file, lineOf(error.pos[0]), `is not valid YAML: ${detail}`);
    }
  }
  const newline = text.indexOf('\n');
  const eol = newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
  return { file, text, documents, lexemes, lineOf, eol };
}
