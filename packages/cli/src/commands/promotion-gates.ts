/**
 * The promotion gates of `promote` and `rollback` (soak, freeze, required checks from the
 * policy file), run through the core's `gatesRun` as open-promotion-pr runs them: the flags
 * named like its inputs (`--policy-file`, plus `--run-url` for the status link), the verdicts
 * as a table for people and as the action's `eligible-at` and `gates` outputs for `--json`.
 */
import { InputError } from '@gitops-promote/core';
import {
  type GatesEvaluation,
  type GatesReport,
  gatesRun,
  type GatesRun,
  type GatesRunFacts,
  type GitHubApi,
  policySetting,
  type PromotionLog,
  type RepositoryName,
  type Verdict,
} from '@gitops-promote/core/promotion';
import type { Flags, FlagSpecs } from '../flags.js';
import { formatTable } from '../table.js';
import type { Style, Terminal } from '../terminal.js';

/** `--run-url`: the link of the `gitops-promote/gates` status, an http(s) URL; none if absent. */
function runUrlFlag(flags: Flags): string | undefined {
  const url = flags.text('run-url');
  if (url === '') return undefined;
  if (!/^https?:\/\/[^\s/]+\S*$/.test(url))
    throw new InputError('run-url', url, 'must be an http(s) URL, e.g. the CI run that promotes');
  return url;
}

/** What the gates of one command need beside the flags. */
export interface GatesTarget {
  repository: RepositoryName;
  base: string;
  environment: string;
  branch: string;
  from?: string;
  hotfix: boolean;
}

/** The gates of one command, ready to be made once the facts of the mode are known. */
export type GatesMaker = (facts: GatesRunFacts) => GatesRun;

/** Read `--policy-file` and `--run-url` (before the first request) and bind the gates. */
export function gatesMaker(
  flags: Flags,
  api: GitHubApi,
  target: GatesTarget,
  log: PromotionLog,
): GatesMaker {
  const policy = policySetting(flags.text('policy-file'));
  const targetUrl = runUrlFlag(flags);
  return (facts) =>
    gatesRun(
      api,
      {
        repository: target.repository,
        base: target.base,
        environment: target.environment,
        branch: target.branch,
        ...(target.from ? { from: target.from } : {}),
        hotfix: target.hotfix,
        policy,
        ...(targetUrl ? { targetUrl } : {}),
        now: () => new Date(),
      },
      facts,
      log,
    );
}

const SHOWN: Record<Verdict, { text: string; style: Style }> = {
  pass: { text: 'pass', style: 'green' },
  wait: { text: 'wait', style: 'yellow' },
  fail: { text: 'fail', style: 'red' },
  bypass: { text: 'bypassed', style: 'cyan' },
  skip: { text: 'not evaluated', style: 'dim' },
};

/** The verdicts as a table: service, gate, verdict, why. */
export function gatesTable(report: GatesReport, terminal: Terminal): string {
  const rows = report.services.flatMap((s) =>
    s.verdicts.map((v) => [s.service, v.gate, SHOWN[v.verdict], v.reason]),
  );
  return formatTable(['SERVICE', 'GATE', 'VERDICT', 'WHY'], rows, terminal.paint);
}

/** The headline of the verdicts: who may go, who waits and until when. */
function gatesHeadline(evaluation: GatesEvaluation): string {
  const { report, policyPath } = evaluation;
  if (!evaluation.policyFound) return `No policy file at ${policyPath}: no gates.`;
  if (report.services.every((s) => s.verdicts.length === 0))
    return `${policyPath} sets no gates for ${report.environment}.`;
  const may = report.eligible.length > 0 ? `May go: ${report.eligible.join(', ')}.` : '';
  const wait = report.waiting.length > 0 ? `Waiting: ${report.waiting.join(', ')}.` : '';
  const at = report.eligibleAt
    ? `Eligible at ${report.eligibleAt}.`
    : report.waiting.length > 0
      ? 'No time is known: a gate opens when something changes.'
      : '';
  return [may, wait, at].filter(Boolean).join(' ');
}

/** Print the verdicts for people: the table on stdout (when there is one), the headline on stderr. */
export function printGates(evaluation: GatesEvaluation, terminal: Terminal): void {
  const gated = evaluation.report.services.some((s) => s.verdicts.length > 0);
  if (evaluation.policyFound && gated) {
    terminal.out('');
    terminal.out(gatesTable(evaluation.report, terminal));
  }
  terminal.err(gatesHeadline(evaluation));
}

/** The action's `eligible-at` and `gates` outputs, as `--json` prints them (the report as JSON). */
export function gatesDocument(evaluation: GatesEvaluation | undefined) {
  return {
    'eligible-at': evaluation?.report.eligibleAt ?? '',
    gates: evaluation?.report ?? null,
  };
}

export const GATES_FLAGS: FlagSpecs = {
  'policy-file': {
    type: 'string',
    value: '<path>',
    description:
      'The policy file (soak, freeze, require-checks) in the config repository; a missing default file means no gates, a missing named one fails.',
    default: '.gitops-promote/policy.yaml',
  },
  'run-url': {
    type: 'string',
    value: '<url>',
    description: 'The link of the gitops-promote/gates status (e.g. the CI run).',
    default: 'none',
  },
};
