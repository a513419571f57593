/**
 * The policy file: the gates of each target environment, parsed and validated with the line
 * of every problem (schema rule broken, unknown time zone, an end before its start). Pure:
 * text in, data out.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { FileError } from '../../errors.js';
import validatePolicy from '../../generated/policy-validator.js';
import { parseWeeklyTime, type WeeklyTime } from './zoned-time.js';

/** A freeze window: an absolute range, or one recurring every week in a time zone. */
export type FreezeWindow =
  | {
      kind: 'absolute';
      start: Date;
      end: Date;
      allowHotfix: boolean;
      reason?: string;
      line: number;
    }
  | {
      kind: 'weekly';
      start: WeeklyTime;
      end: WeeklyTime;
      timeZone: string;
      allowHotfix: boolean;
      reason?: string;
      line: number;
    };

/** The gates of one target environment. */
export interface EnvironmentGates {
  /** Minimum soak in the source environment, in milliseconds; absent: no soak gate. */
  soakMs?: number;
  /** The soak as written (`24h`), for messages. */
  soak?: string;
  freeze: FreezeWindow[];
  requireChecks: string[];
}

/** A policy file read: its path and the gates by target environment. */
export interface Policy {
  path: string;
  environments: Record<string, EnvironmentGates>;
}

interface RawWindow {
  start?: string;
  end?: string;
  weekly?: { start: string; end: string };
  'time-zone'?: string;
  'allow-hotfix'?: boolean;
  reason?: string;
}
interface RawEnvironment {
  soak?: string;
  freeze?: RawWindow[];
  'require-checks'?: string[];
}

const UNITS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000 };

/** `1d12h` in milliseconds (the schema has checked the form). */
export function durationMs(text: string): number {
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)([dhm])/g))
    total += Number(amount) * (UNITS[unit as string] ?? 0);
  return total;
}

/** The 1-based line of the node at a JSON pointer (`/environments/prod/soak`), else 0. */
function lineAt(doc: Document, lines: LineCounter, pointer: string): number {
  const path = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (let n = path.length; n >= 0; n--) {
    const keys = path.slice(0, n).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const node = doc.getIn(keys, true) as { range?: [number, number, number] } | undefined;
    const parent = n > 0 ? doc.getIn(keys.slice(0, -1), true) : undefined;
    const target = node?.range ? node : isMap(parent) || isSeq(parent) ? parent : undefined;
    if (target?.range) return lines.linePos(target.range[0]).line;
  }
  return 0;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function readWindow(raw: RawWindow, fail: (detail: string) => never, line: number): FreezeWindow {
  const common = {
    allowHotfix: raw['allow-hotfix'] === true,
    ...(raw.reason ? { reason: raw.reason } : {}),
    line,
  };
  const absolute = raw.start !== undefined || raw.end !== undefined;
  if (absolute && raw.weekly) fail("a freeze window is either 'start'/'end' or 'weekly', not both");
  if (raw.weekly) {
    const zone = raw['time-zone'];
    if (!zone)
      fail("a 'weekly' freeze window needs 'time-zone' (an IANA name, e.g. Europe/Berlin)");
    if (!isTimeZone(zone)) fail(`'time-zone' ${JSON.stringify(zone)} is not an IANA time zone`);
    const start = parseWeeklyTime(raw.weekly.start);
    const end = parseWeeklyTime(raw.weekly.end);
    if (start.minuteOfWeek === end.minuteOfWeek)
      fail("a 'weekly' freeze window must end at another time than it starts");
    return { kind: 'weekly', start, end, timeZone: zone, ...common };
  }
  if (raw.start === undefined || raw.end === undefined)
    fail("a freeze window needs both 'start' and 'end' (RFC 3339), or 'weekly' and 'time-zone'");
  if (raw['time-zone'] !== undefined)
    fail("'time-zone' is only read with 'weekly'; 'start' and 'end' carry their own offset");
  const start = new Date(raw.start);
  const end = new Date(raw.end);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()))
    fail(`${JSON.stringify(raw.start)} to ${JSON.stringify(raw.end)} is not a valid date range`);
  if (end <= start) fail(`the freeze window ends (${raw.end}) before it starts (${raw.start})`);
  return { kind: 'absolute', start, end, ...common };
}

function readEnvironment(
  name: string,
  raw: RawEnvironment,
  at: (pointer: string) => number,
  path: string,
): EnvironmentGates {
  const freeze = (raw.freeze ?? []).map((window, i) => {
    const pointer = `/environments/${name}/freeze/${i}`;
    const fail = (detail: string): never => {
      throw new FileError(path, at(pointer), `environments.${name}.freeze[${i}]: ${detail}`);
    };
    return readWindow(window, fail, at(pointer));
  });
  return {
    ...(raw.soak !== undefined ? { soak: raw.soak, soakMs: durationMs(raw.soak) } : {}),
    freeze,
    requireChecks: [...new Set(raw['require-checks'] ?? [])],
  };
}

/** What the first schema error says, with the path written as a reader would (`environments.prod.soak`). */
function schemaMessage(error: { instancePath: string; message?: string; params?: object }) {
  const where = error.instancePath
    .split('/')
    .slice(1)
    .join('.')
    .replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  const extra = (error.params as { additionalProperty?: string } | undefined)?.additionalProperty;
  const detail = `${error.message ?? 'is invalid'}${extra ? ` ('${extra}')` : ''}`;
  return `does not match schemas/policy.schema.json: ${where ? `${where} ` : ''}${detail}`;
}

/** Parse and validate a policy file; empty text is a policy without gates. */
export function parsePolicy(path: string, text: string): Policy {
  if (text.trim() === '') return { path, environments: {} };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) throw new FileError(path, error.linePos?.[0]?.line ?? 0, error.message);
  const data: unknown = doc.toJS();
  if (!validatePolicy(data)) {
    const [first] = validatePolicy.errors ?? [];
    const extra = (first?.params as { additionalProperty?: string } | undefined)
      ?.additionalProperty;
    // An unknown key is shown at its own line, not its parent's.
    const pointer = `${first?.instancePath ?? ''}${extra ? `/${extra}` : ''}`;
    throw new FileError(
      path,
      lineAt(doc, lines, pointer),
      schemaMessage(first ?? { instancePath: '' }),
    );
  }
  const raw = (data as { environments: Record<string, RawEnvironment> }).environments;
  const at = (pointer: string) => lineAt(doc, lines, pointer);
  const environments: Record<string, EnvironmentGates> = {};
  for (const [name, env] of Object.entries(raw))
    environments[name] = readEnvironment(name, env ?? {}, at, path);
  return { path, environments };
}

/** The gates of a target environment (none when the policy does not name it). */
export function gatesFor(policy: Policy | undefined, environment: string): EnvironmentGates {
  return policy?.environments[environment] ?? { freeze: [], requireChecks: [] };
}
