/**
 * Holds: the services a rollback pinned in an environment, kept in a small YAML file in the
 * config repository so that automation (open-promotion-pr, bump-values) does not put the
 * rolled-back image straight back. Pure: text in, data or text out. A hold is lifted by
 * deleting its entry (or for one run with `ignore-holds: true`).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { ComponentTags } from '../component-tags.js';
import { FileError } from '../errors.js';
import validateHolds from '../generated/holds-validator.js';

/** One hold: a service in an environment, and the rollback that set it. */
export interface Hold {
  service: string;
  environment: string;
  /** The digest that was rolled back. */
  digest?: string;
  /** The tag that was rolled back. */
  tag?: string;
  reason: string;
  /** The commit the rollback reverted. */
  commit: string;
  /** When the hold was written, ISO 8601 UTC. */
  created: string;
}

/** A holds file read: its entries (in file order) and the path it came from. */
export interface HoldsFile {
  path: string;
  holds: Hold[];
}

/** The header a new holds file starts with. */
const HEADER =
  '# Holds written by gitops-promote rollbacks. While an entry stands, bump-values and\n' +
  '# open-promotion-pr skip that service in that environment. Delete an entry to lift it.\n' +
  '# Schema: https://raw.githubusercontent.com/gitops-promote/gitops-promote/main/schemas/holds.schema.json\n';

/** Parse and validate a holds file; an empty or absent file (undefined) holds nothing. */
export function parseHolds(path: string, text: string | undefined): HoldsFile {
  if (text === undefined || text.trim() === '') return { path, holds: [] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) throw new FileError(path, error.linePos?.[0]?.line ?? 0, error.message);
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { path, holds: [] };
  // `holds:` with its last entry deleted reads as null: no holds, as people expect.
  if (typeof data === 'object' && (data as { holds?: unknown }).holds === null)
    (data as { holds: unknown }).holds = [];
  if (!validateHolds(data)) {
    const [first] = validateHolds.errors ?? [];
    const where = first?.instancePath ? `${first.instancePath} ` : '';
    throw new FileError(
      path,
      0,
      `does not match schemas/holds.schema.json: ${where}${first?.message ?? 'is invalid'}`,
    );
  }
  return { path, holds: (data as { holds: Hold[] }).holds };
}

/** The hold that stands for this service in this environment, if any (the latest one). */
export function activeHold(
  file: HoldsFile,
  service: string,
  environment: string,
): Hold | undefined {
  return file.holds.findLast((h) => h.service === service && h.environment === environment);
}

/** The notice that a service was skipped: names the hold and how to lift it. */
export function holdNotice(file: HoldsFile, hold: Hold): string {
  const what = hold.digest ?? hold.tag ?? 'its image';
  return (
    `Service '${hold.service}' is held in '${hold.environment}' by ${file.path} ` +
    `(rolled back from ${what} in ${hold.commit.slice(0, 12)} at ${hold.created}: ` +
    `${hold.reason}); it was skipped. Lift the hold by deleting that entry from ${file.path}, ` +
    "or set 'ignore-holds: true' for one run."
  );
}

/** Component tags split by the holds: those to bump, and the held ones with their hold. */
export interface HeldSplit {
  free: ComponentTags;
  held: Array<{ service: string; hold: Hold }>;
}

/** Split the component tags into the services free to bump in `environment` and the held. */
export function splitHeld(
  componentTags: ComponentTags,
  file: HoldsFile,
  environment: string,
): HeldSplit {
  const split: HeldSplit = { free: {}, held: [] };
  for (const [service, entry] of Object.entries(componentTags)) {
    const hold = activeHold(file, service, environment);
    if (hold) split.held.push({ service, hold });
    else split.free[service] = entry;
  }
  return split;
}

/** One entry as block-sequence YAML at `indent`, every string double-quoted (JSON is YAML). */
function formatHold(hold: Hold, indent: string): string {
  const keys = ['service', 'environment', 'digest', 'tag', 'reason', 'commit', 'created'] as const;
  const fields = keys.flatMap((key) =>
    hold[key] === undefined ? [] : [`${key}: ${JSON.stringify(hold[key])}`],
  );
  return fields.map((field, i) => `${indent}${i === 0 ? '- ' : '  '}${field}\n`).join('');
}

/** Whether two holds pin the same thing (a re-run writes no duplicate). */
function sameHold(a: Hold, b: Hold): boolean {
  return (
    a.service === b.service &&
    a.environment === b.environment &&
    a.digest === b.digest &&
    a.tag === b.tag &&
    a.commit === b.commit
  );
}

/** Where new entries go in an existing file, the indent, and the bytes they replace. */
interface Insertion {
  start: number;
  end: number;
  indent: string;
  /** Text before the first entry (a line break after `holds:`, when the list was empty). */
  lead: string;
}

/** After the `holds:` block list; or in place of an empty value (`holds:` or `holds: []`). */
function insertionPoint(path: string, text: string): Insertion {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const contents = doc.contents;
  const holds = isMap(contents) ? contents.get('holds', true) : undefined;
  if (isSeq(holds) && !holds.flow && holds.range) {
    const lineStart = text.lastIndexOf('\n', holds.range[0] - 1) + 1;
    const indent = /^[ ]*/.exec(text.slice(lineStart))?.[0] ?? '';
    const end = holds.range[1];
    return { start: end, end, indent, lead: text.slice(0, end).endsWith('\n') ? '' : '\n' };
  }
  const empty = isSeq(holds) ? holds.items.length === 0 : isScalar(holds) && holds.value === null;
  if (empty && holds?.range) {
    const [start, end] = holds.range;
    return { start, end, indent: '  ', lead: '\n' };
  }
  throw new FileError(
    path,
    0,
    "needs 'holds:' as a block list (one '- service: …' entry per line) to add a hold to it; " +
      'nothing was written',
  );
}

/**
 * The holds file's text with `added` appended (those it does not already hold), its other
 * bytes unchanged; a missing file is created with a header. The result is re-parsed and
 * checked to hold exactly the old entries and the new ones, else this throws.
 */
export function addHolds(path: string, text: string | undefined, added: readonly Hold[]): string {
  const current = parseHolds(path, text);
  const fresh = added.filter((hold) => !current.holds.some((h) => sameHold(h, hold)));
  if (fresh.length === 0 && text !== undefined) return text;
  let result: string;
  if (text === undefined || text.trim() === '') {
    result = `${HEADER}holds:\n${fresh.map((h) => formatHold(h, '  ')).join('')}`;
  } else {
    const { start, end, indent, lead } = insertionPoint(path, text);
    const entries = fresh.map((h) => formatHold(h, indent)).join('');
    const rest = text.slice(end);
    // In place of an empty value, the line break after it ends the last entry.
    const body = lead === '\n' && rest.startsWith('\n') ? entries.slice(0, -1) : entries;
    result = `${text.slice(0, start)}${lead}${body}${rest}`;
  }
  const proved = parseHolds(path, result).holds;
  const expected = [...current.holds, ...fresh];
  if (JSON.stringify(proved) !== JSON.stringify(expected))
    throw new FileError(path, 0, 'adding the hold would not read back as written; nothing written');
  return result;
}
