/**
 * Which texts the engine can edit without losing a byte: UTF-8 (a BOM is kept) with LF or CRLF
 * line breaks. A file in another encoding is refused, naming the file, the line and what was
 * found, rather than decoded with replacement characters (which would rewrite its bytes) or
 * read as holding no images.
 */
import { isUtf8 } from 'node:buffer';
import { FileError } from './errors.js';

/** A file whose bytes cannot be edited as UTF-8 text with LF or CRLF line breaks. */
export class TextEncodingError extends FileError {
  override name = 'TextEncodingError';
}

/** The 1-based line of `offset` in `bytes` (LF-counted). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The offset of the first byte that is not part of valid UTF-8 (bytes known to be invalid). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // isUtf8 answers for a whole buffer; narrowing by halves finds the first bad prefix in
  // O(n log n) without hand-decoding UTF-8 (a cut inside a valid character shows as invalid,
  // so the search runs over line starts, which are never inside a character).
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) starts.push(i + 1);
  let lo = 0; // lines [0, lo) are valid
  let hi = starts.length; // lines [0, hi) hold the bad byte
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (isUtf8(bytes.subarray(0, starts[mid]))) lo = mid;
    else hi = mid;
  }
  return starts[lo] ?? 0;
}

const BOMS: [number[], string][] = [
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32 (big-endian)'],
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32 (little-endian)'],
  [[0xfe, 0xff], 'UTF-16 (big-endian)'],
  [[0xff, 0xfe], 'UTF-16 (little-endian)'],
];

const CONVERT = 'only UTF-8 files are edited: convert it (iconv -t UTF-8) and commit that';

/** Refuse what is not UTF-8 (UTF-16/32 by BOM or NUL bytes, invalid sequences). */
function checkBytes(file: string, bytes: Uint8Array): void {
  for (const [bom, name] of BOMS)
    if (bom.every((b, i) => bytes[i] === b))
      throw new TextEncodingError(file, 1, `is ${name}, by its byte order mark; ${CONVERT}`);
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new TextEncodingError(
      file,
      lineAt(bytes, nul),
      `holds NUL bytes (UTF-16 without a byte order mark, or not a text file); ${CONVERT}`,
    );
  if (!isUtf8(bytes)) {
    const line = lineAt(bytes, firstInvalidUtf8(bytes));
    throw new TextEncodingError(
      file,
      line,
      `is not valid UTF-8 (Latin-1 or another 8-bit encoding?): its bytes could not be kept; ${CONVERT}`,
    );
  }
}

/**
 * Refuse a decoded text the engine cannot edit byte for byte: NUL characters (a UTF-16 file
 * decoded as UTF-8), U+FFFD where `decodedLossily` (what invalid UTF-8 becomes), and line breaks
 * that are a lone CR (classic Mac), which the engine would otherwise read as one long line.
 */
export function checkEditableText(file: string, text: string, decodedLossily = false): void {
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  const nul = text.indexOf('\0');
  if (nul >= 0)
    throw new TextEncodingError(
      file,
      lineOf(nul),
      `holds NUL characters (a UTF-16 file, or not a text file); ${CONVERT}`,
    );
  const bad = decodedLossily ? text.indexOf('\uFFFD') : -1;
  if (bad >= 0)
    throw new TextEncodingError(
      file,
      lineOf(bad),
      'holds U+FFFD, what invalid UTF-8 (Latin-1?) reads as: its bytes could not be kept; ' +
        CONVERT,
    );
  const cr = /\r(?!\n)/.exec(text);
  if (cr)
    throw new TextEncodingError(
      file,
      lineOf(cr.index),
      'has a line break that is a lone carriage return (CR, without LF); only LF and CRLF ' +
        'line breaks are edited: convert it (e.g. tr "\\r" "\\n") and commit that',
    );
}

/**
 * Decode a file's bytes as UTF-8 text the engine can edit and write back byte for byte, or
 * throw TextEncodingError naming the file and line. The BOM, if any, stays in the text.
 */
export function decodeEditableText(file: string, bytes: Uint8Array): string {
  checkBytes(file, bytes);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  checkEditableText(file, text);
  return text;
}
