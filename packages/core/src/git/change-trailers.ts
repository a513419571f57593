/**
 * Change trailers: the machine-readable record of a bump in its commit message, one
 * `Promote-Change: {json}` trailer per change, so that a rollback can invert it exactly.
 * Pure: text in, data out. The trailer block is found by git's own rules (the last paragraph,
 * not the title, made of trailers), so `git interpret-trailers --parse` and
 * `git log --format=%(trailers)` read the same records as `parseChangeTrailers`.
 */
import type { Change, ChangeField } from '../change.js';
import { PromoteError } from '../errors.js';

/** The trailer key of one recorded change. */
export const CHANGE_TRAILER_KEY = 'Promote-Change';

/** What a trailer records of a change: everything but the line, which later edits move. */
export type RecordedChange = Pick<Change, 'service' | 'file' | 'field' | 'from' | 'to'>;

/** How a change alters its value: `from` '' is an addition, `to` '' a removal. */
export type ChangeKind = 'add' | 'replace' | 'remove';

/** A change to apply in order to undo a recorded one, with its kind spelled out. */
export interface InverseChange extends RecordedChange {
  kind: ChangeKind;
}

/** A commit message's change trailers are malformed, or a message would forge one. */
export class ChangeTrailerError extends PromoteError {
  override name = 'ChangeTrailerError';
  constructor(
    readonly trailer: string,
    readonly detail: string,
  ) {
    super(`Change trailer ${JSON.stringify(trailer)}: ${detail}`);
  }
}

const FIELDS: readonly ChangeField[] = ['tag', 'digest', 'image', 'app-version'];
const KEYS = ['service', 'file', 'field', 'from', 'to'] as const;

/** JSON with every non-ASCII or control character escaped, so the text is one plain line. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** One trailer line, `Promote-Change: {"service":…,"file":…,"field":…,"from":…,"to":…}`. */
export function formatChangeTrailer(change: RecordedChange): string {
  const { service, file, field, from, to } = change;
  return `${CHANGE_TRAILER_KEY}: ${asciiJson({ service, file, field, from, to })}`;
}

/** The trailer lines of the changes, one per change, in order, joined by newlines. */
export function formatChangeTrailers(changes: readonly RecordedChange[]): string {
  return changes.map(formatChangeTrailer).join('\n');
}

/** A git trailer line's key and value, or undefined when the line is not `Key: value`. */
function splitTrailerLine(line: string): { key: string; value: string } | undefined {
  const match = /^([A-Za-z0-9-]+)[ \t]*:(.*)$/.exec(line);
  return match ? { key: match[1] ?? '', value: (match[2] ?? '').trim() } : undefined;
}

const isBlank = (line: string): boolean => line.trim() === '';
const GIT_GENERATED = ['Signed-off-by: ', '(cherry picked from commit '];

/**
 * Whether a paragraph is a trailer block by git's rule: all its lines are trailers, or it
 * has a git-generated trailer and at least a quarter of its lines are trailers. An indented
 * line continues the trailer above it; under anything else it counts as text.
 */
function isTrailerBlock(lines: readonly string[]): boolean {
  let trailers = 0;
  let others = 0;
  let gitGenerated = false;
  let under: 'trailer' | 'other' = 'other';
  for (const line of lines) {
    if (line.startsWith('#')) {
      under = 'other';
    } else if (GIT_GENERATED.some((prefix) => line.startsWith(prefix))) {
      gitGenerated = true;
      trailers += 1;
      under = 'trailer';
    } else if (splitTrailerLine(line)) {
      trailers += 1;
      under = 'trailer';
    } else if (/^\s/.test(line)) {
      if (under === 'other') others += 1;
    } else {
      others += 1;
      under = 'other';
    }
  }
  return (trailers > 0 && others === 0) || (gitGenerated && trailers * 3 >= others);
}

/** The lines of a message's trailer block (the last paragraph after the title), maybe none. */
export function trailerBlockLines(message: string): string[] {
  const lines = message.replace(/\r\n/g, '\n').split('\n');
  while (lines.length > 0 && isBlank(lines[lines.length - 1] ?? '')) lines.pop();
  const titleEnd = lines.findIndex((line) => !line.startsWith('#') && isBlank(line));
  if (titleEnd < 0) return [];
  let start = lines.length;
  while (start > titleEnd + 1 && !isBlank(lines[start - 1] ?? '')) start -= 1;
  const block = lines.slice(start);
  return block.length > 0 && isTrailerBlock(block) ? block : [];
}

/** A trailer of a commit message: its key as written and its unfolded value. */
export interface Trailer {
  key: string;
  value: string;
}

/** The trailers of a message as git parses them (`--parse`): in order, values unfolded. */
export function parseTrailers(message: string): Trailer[] {
  const trailers: Trailer[] = [];
  let last: Trailer | undefined;
  for (const line of trailerBlockLines(message)) {
    const trailer = /^\s/.test(line) ? undefined : splitTrailerLine(line);
    if (trailer) trailers.push(trailer);
    else if (last && /^\s/.test(line)) last.value = `${last.value} ${line.trim()}`.trim();
    last = trailer ?? (/^\s/.test(line) ? last : undefined);
  }
  return trailers;
}

/** Validate one trailer's JSON value as a recorded change. */
function parseChangeValue(value: string): RecordedChange {
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    throw new ChangeTrailerError(value, 'is not valid JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ChangeTrailerError(value, 'must be a JSON object');
  const record = data as Record<string, unknown>;
  for (const key of KEYS)
    if (typeof record[key] !== 'string')
      throw new ChangeTrailerError(value, `needs a string '${key}'`);
  const { service, file, field, from, to } = record as Record<(typeof KEYS)[number], string>;
  if (!FIELDS.includes(field as ChangeField))
    throw new ChangeTrailerError(
      value,
      `has field ${JSON.stringify(field)}; expected one of ${FIELDS.join(', ')}`,
    );
  if (service === '' || file === '')
    throw new ChangeTrailerError(value, "needs a non-empty 'service' and 'file'");
  if (from === to) throw new ChangeTrailerError(value, "has the same 'from' and 'to'");
  return { service, file, field: field as ChangeField, from, to };
}

/**
 * The changes a commit message records, in order. Only the trailer block counts: a
 * `Promote-Change:` line in the body is text, as it is to git. Throws ChangeTrailerError
 * when a change trailer is malformed, so a rollback never silently skips a change.
 */
export function parseChangeTrailers(message: string): RecordedChange[] {
  return parseTrailers(message)
    .filter((t) => t.key.toLowerCase() === CHANGE_TRAILER_KEY.toLowerCase())
    .map((t) => parseChangeValue(t.value));
}

/** Whether a change adds, replaces or removes its value. */
export function changeKind(change: RecordedChange): ChangeKind {
  if (change.from === '') return 'add';
  return change.to === '' ? 'remove' : 'replace';
}

/**
 * The changes that undo these, in reverse order: `from` and `to` swapped, so an added value
 * (`from` '') becomes a removal (`to` '', kind 'remove').
 */
export function invertChanges(changes: readonly RecordedChange[]): InverseChange[] {
  return [...changes].reverse().map(({ service, file, field, from, to }) => {
    const inverse = { service, file, field, from: to, to: from };
    return { ...inverse, kind: changeKind(inverse) };
  });
}

/**
 * The message with the change trailers as its trailer block: appended to the message's own
 * trailer block when it has one (so `Signed-off-by` and the like stay trailers), else after a
 * blank line. Throws when the message already holds a change trailer line, which would forge
 * a record.
 */
export function withChangeTrailers(message: string, changes: readonly RecordedChange[]): string {
  const forged = message
    .split(/\r?\n/)
    .find((line) => splitTrailerLine(line)?.key.toLowerCase() === 'promote-change');
  if (forged !== undefined)
    throw new ChangeTrailerError(forged, 'is already in the message; only changes may add it');
  const text = message.replace(/\s+$/, '');
  if (changes.length === 0) return `${text}\n`;
  const separator = trailerBlockLines(text).length > 0 ? '\n' : '\n\n';
  return `${text}${separator}${formatChangeTrailers(changes)}\n`;
}

/** Collapse control characters and runs of whitespace, so a name cannot break the title line. */
function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/**
 * `chore(deploy): bump <services> in <environment> [skip ci]`: services sorted, deduplicated
 * and comma-separated; without an environment the ` in <environment>` part is left out.
 */
export function defaultCommitMessage(services: readonly string[], environment?: string): string {
  const names = [...new Set(services.map(oneLine).filter((s) => s !== ''))].sort();
  const what = names.length > 0 ? names.join(', ') : 'images';
  const where = environment && oneLine(environment) ? ` in ${oneLine(environment)}` : '';
  return `chore(deploy): bump ${what}${where} [skip ci]`;
}
