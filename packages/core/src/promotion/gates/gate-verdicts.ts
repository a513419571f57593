/**
 * The verdicts of promotion gates: what each gate said about each candidate service, whether
 * the service may go, and when the earliest gate opens. Pure: the policy, the facts read from
 * Git and GitHub, and the time in; verdicts out. The clock is a parameter, never read here.
 */
import type { EnvironmentGates, FreezeWindow } from './policy.js';
import { inWeeklyWindow, nextWeeklyTime } from './zoned-time.js';

export type GateName = 'soak' | 'freeze' | 'require-checks';

/**
 * - `pass`: the gate is open;
 * - `wait`: closed now; it opens at `opensAt` when that is known;
 * - `fail`: closed until something changes (a required check failed);
 * - `bypass`: closed, but this kind of change passes it (a rollback; a hotfix with `allow-hotfix`);
 * - `skip`: not evaluated here (no source commit is known), said so in the summary.
 */
export type Verdict = 'pass' | 'wait' | 'fail' | 'bypass' | 'skip';

export interface GateVerdict {
  gate: GateName;
  verdict: Verdict;
  /** One line: why. */
  reason: string;
  /** When the gate opens (RFC 3339), for `wait` when it is known. */
  opensAt?: string;
}

/** The state of one required check on the source commit. */
export type CheckState = 'success' | 'pending' | 'failure' | 'missing';

/** What a gate needs to know about one candidate service. */
export interface GateCandidate {
  service: string;
  digest: string;
  /** The source environment commit that wrote this digest, when found. */
  introduced?: { sha: string; date: Date };
  /** Required checks on `introduced.sha`, by name. */
  checks?: Record<string, CheckState>;
  /**
   * Not found, and the search stopped after this many commits of the file's history (it goes
   * on): the digest may be older, its age is unknown.
   */
  historyCut?: number;
}

/** Why a digest's introducing commit is unknown: not in the history, or past what was read. */
function unknownCommit(candidate: GateCandidate, from: string): string {
  const cut = candidate.historyCut;
  return cut === undefined
    ? `no commit of ${from}'s files that wrote ${candidate.digest} was found`
    : `no commit of ${from}'s files that wrote ${candidate.digest} was found in the newest ${cut} commits of its file (the history was cut there)`;
}

/** `promote` from an environment; `bump` from component-tags (no source commit); `rollback`. */
export type GateMode = 'promote' | 'bump' | 'rollback';

export interface GateInput {
  environment: string;
  /** The source environment, for messages (mode `promote`). */
  from?: string;
  gates: EnvironmentGates;
  /** Where the policy came from, for messages (`.gitops-promote/policy.yaml`). */
  policyPath: string;
  mode: GateMode;
  hotfix: boolean;
  now: Date;
  candidates: readonly GateCandidate[];
}

export interface ServiceVerdict {
  service: string;
  digest: string;
  eligible: boolean;
  verdicts: GateVerdict[];
  /** When this service may go, when every closed gate says when. */
  eligibleAt?: string;
}

/** The commit status a promotion pull request gets from the verdicts. */
export type GatesState = 'success' | 'pending' | 'failure';

export interface GatesReport {
  environment: string;
  mode: GateMode;
  services: ServiceVerdict[];
  eligible: string[];
  waiting: string[];
  /** The earliest time a waiting service may go, when known. */
  eligibleAt?: string;
}

const iso = (date: Date) => date.toISOString().replace(/\.000Z$/, 'Z');

/** `weekly freeze Fri 16:00–Mon 08:00 Europe/Berlin (policy.yaml:7)`, with its reason. */
export function describeWindow(window: FreezeWindow, policyPath: string): string {
  const what =
    window.kind === 'absolute'
      ? `freeze ${iso(window.start)} to ${iso(window.end)}`
      : `weekly freeze ${window.start.text} to ${window.end.text} ${window.timeZone}`;
  return `${what}${window.reason ? ` (${window.reason})` : ''} [${policyPath}:${window.line}]`;
}

function isActive(window: FreezeWindow, at: Date): boolean {
  if (window.kind === 'absolute') return window.start <= at && at < window.end;
  return inWeeklyWindow(at, window, window.timeZone);
}

function endOf(window: FreezeWindow, at: Date): Date {
  return window.kind === 'absolute' ? window.end : nextWeeklyTime(at, window.end, window.timeZone);
}

/** The windows active at `at` that this change cannot pass. */
function blocking(windows: readonly FreezeWindow[], at: Date, hotfix: boolean): FreezeWindow[] {
  return windows.filter((w) => isActive(w, at) && !(hotfix && w.allowHotfix));
}

/** The first instant at or after `at` outside every blocking window (overlaps chained). */
export function freezeEndsAt(windows: readonly FreezeWindow[], at: Date, hotfix: boolean): Date {
  let t = at;
  for (let i = 0; i < 100; i++) {
    const active = blocking(windows, t, hotfix);
    if (active.length === 0) return t;
    t = new Date(Math.max(...active.map((w) => endOf(w, t).getTime())));
  }
  return t;
}

function freezeVerdict(input: GateInput): GateVerdict | undefined {
  const { gates, now, hotfix, mode, policyPath } = input;
  if (gates.freeze.length === 0) return undefined;
  const active = gates.freeze.filter((w) => isActive(w, now));
  if (active.length === 0)
    return { gate: 'freeze', verdict: 'pass', reason: 'no freeze window is active' };
  const names = active.map((w) => describeWindow(w, policyPath)).join('; ');
  if (mode === 'rollback')
    return {
      gate: 'freeze',
      verdict: 'bypass',
      reason: `${names} is active; a rollback is never frozen`,
    };
  const closed = blocking(gates.freeze, now, hotfix);
  if (closed.length === 0)
    return {
      gate: 'freeze',
      verdict: 'bypass',
      reason: `${names} is active; a hotfix passes it (allow-hotfix)`,
    };
  const opensAt = iso(freezeEndsAt(gates.freeze, now, hotfix));
  const hint = hotfix ? ' (a hotfix passes only windows with allow-hotfix)' : '';
  return {
    gate: 'freeze',
    verdict: 'wait',
    reason: `${closed.map((w) => describeWindow(w, policyPath)).join('; ')} is active until ${opensAt}${hint}`,
    opensAt,
  };
}

/** `26h` or `3d 4h`: a duration for people. */
export function formatAge(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return [d ? `${d}d` : '', h ? `${h}h` : '', m || (!d && !h) ? `${m}m` : '']
    .filter(Boolean)
    .join(' ');
}

function soakVerdict(input: GateInput, candidate: GateCandidate): GateVerdict | undefined {
  const { gates, mode, now } = input;
  if (gates.soakMs === undefined) return undefined;
  if (mode === 'rollback')
    return { gate: 'soak', verdict: 'bypass', reason: 'a rollback is never held for soak' };
  if (mode === 'bump')
    return {
      gate: 'soak',
      verdict: 'skip',
      reason: 'not evaluated in mode bump: there is no source environment to soak in',
    };
  const from = input.from ?? 'the source environment';
  if (!candidate.introduced)
    return {
      gate: 'soak',
      verdict: 'wait',
      reason: `${unknownCommit(candidate, from)}, so its age is unknown`,
    };
  const { sha, date } = candidate.introduced;
  const age = now.getTime() - date.getTime();
  const since = `in ${from} since ${iso(date)} (${sha.slice(0, 7)}), ${formatAge(age)}`;
  if (age >= gates.soakMs)
    return { gate: 'soak', verdict: 'pass', reason: `${since}, soak ${gates.soak}` };
  const opensAt = iso(new Date(date.getTime() + gates.soakMs));
  return {
    gate: 'soak',
    verdict: 'wait',
    reason: `${since} of ${gates.soak}; soaked at ${opensAt}`,
    opensAt,
  };
}

function checksVerdict(input: GateInput, candidate: GateCandidate): GateVerdict | undefined {
  const names = input.gates.requireChecks;
  if (names.length === 0) return undefined;
  if (input.mode !== 'promote')
    return {
      gate: 'require-checks',
      verdict: 'skip',
      reason: `not evaluated in mode ${input.mode}: no source environment commit is known, so ${names.join(', ')} cannot be read`,
    };
  if (!candidate.introduced)
    return {
      gate: 'require-checks',
      verdict: 'wait',
      reason: `${unknownCommit(candidate, input.from ?? 'the source environment')}, so its checks are unknown`,
    };
  const states = names.map((name) => [name, candidate.checks?.[name] ?? 'missing'] as const);
  const on = `on ${candidate.introduced.sha.slice(0, 7)}`;
  const failed = states.filter(([, s]) => s === 'failure');
  if (failed.length > 0)
    return {
      gate: 'require-checks',
      verdict: 'fail',
      reason: `${failed.map(([n]) => n).join(', ')} failed ${on}`,
    };
  const open = states.filter(([, s]) => s !== 'success');
  if (open.length > 0)
    return {
      gate: 'require-checks',
      verdict: 'wait',
      reason:
        open.map(([n, s]) => `${n} ${s === 'missing' ? 'not reported' : 'pending'}`).join(', ') +
        ` ${on}`,
    };
  return { gate: 'require-checks', verdict: 'pass', reason: `${names.join(', ')} succeeded ${on}` };
}

const OPEN: ReadonlySet<Verdict> = new Set(['pass', 'bypass', 'skip']);

/** When every closed gate of a service opens, or undefined when one cannot say. */
function serviceEligibleAt(input: GateInput, verdicts: readonly GateVerdict[]): string | undefined {
  const closed = verdicts.filter((v) => !OPEN.has(v.verdict));
  if (closed.some((v) => v.verdict === 'fail' || v.opensAt === undefined)) return undefined;
  const latest = Math.max(
    input.now.getTime(),
    ...closed.map((v) => Date.parse(v.opensAt as string)),
  );
  return iso(freezeEndsAt(input.gates.freeze, new Date(latest), input.hotfix));
}

/** Evaluate every gate for every candidate. */
export function evaluateGates(input: GateInput): GatesReport {
  const freeze = freezeVerdict(input);
  const services = input.candidates.map((candidate): ServiceVerdict => {
    const verdicts = [
      soakVerdict(input, candidate),
      freeze,
      checksVerdict(input, candidate),
    ].filter((v): v is GateVerdict => v !== undefined);
    const eligible = verdicts.every((v) => OPEN.has(v.verdict));
    const at = eligible ? undefined : serviceEligibleAt(input, verdicts);
    return {
      service: candidate.service,
      digest: candidate.digest,
      eligible,
      verdicts,
      ...(at ? { eligibleAt: at } : {}),
    };
  });
  const waiting = services.filter((s) => !s.eligible);
  const times = waiting.flatMap((s) => (s.eligibleAt ? [s.eligibleAt] : [])).sort();
  return {
    environment: input.environment,
    mode: input.mode,
    services,
    eligible: services.filter((s) => s.eligible).map((s) => s.service),
    waiting: waiting.map((s) => s.service),
    ...(times[0] ? { eligibleAt: times[0] } : {}),
  };
}

/** The pull request's `gitops-promote/gates` status from a report, with a one-line reason. */
export function gatesStatus(report: GatesReport): { state: GatesState; description: string } {
  const verdicts = report.services.flatMap((s) => s.verdicts);
  if (report.waiting.length === 0) {
    const passed = report.services.length;
    const bypassed = verdicts.filter((v) => v.verdict === 'bypass').map((v) => v.gate);
    const note = bypassed.length > 0 ? `; bypassed: ${[...new Set(bypassed)].join(', ')}` : '';
    return { state: 'success', description: `${passed} service(s) passed the gates${note}` };
  }
  const frozen = verdicts.find((v) => v.gate === 'freeze' && v.verdict === 'wait');
  if (frozen) return { state: 'failure', description: `frozen: ${frozen.reason}` };
  const failed = verdicts.find((v) => v.verdict === 'fail');
  if (failed) return { state: 'failure', description: `${failed.gate}: ${failed.reason}` };
  const first = verdicts.find((v) => v.verdict === 'wait');
  return {
    state: 'pending',
    description: `${first?.gate ?? 'gates'}: ${first?.reason ?? 'waiting'}`,
  };
}

/** The status of a pull request that holds only the eligible services of a report. */
export function openedStatus(report: GatesReport): { state: GatesState; description: string } {
  const bypassed = [
    ...new Set(
      report.services
        .filter((s) => s.eligible)
        .flatMap((s) => s.verdicts.filter((v) => v.verdict === 'bypass').map((v) => v.gate)),
    ),
  ];
  const notes = [
    ...(bypassed.length > 0 ? [`bypassed: ${bypassed.join(', ')}`] : []),
    ...(report.waiting.length > 0 ? [`waiting, not in this PR: ${report.waiting.join(', ')}`] : []),
  ];
  const passed = `${report.eligible.length} service(s) passed the gates`;
  return { state: 'success', description: [passed, ...notes].join('; ') };
}
