/**
 * The gates as people and workflows read them: a Markdown section for the job summary that
 * names each gate, its verdict and why, and the JSON of the verdicts for the `gates` output.
 */
import { escapeMarkdown, inlineCode } from '../../markdown.js';
import type { GatesReport, Verdict } from './gate-verdicts.js';
import type { GatesEvaluation } from './promotion-gates.js';

const SHOWN: Record<Verdict, string> = {
  pass: 'pass',
  wait: 'wait',
  fail: 'fail',
  bypass: 'bypassed',
  skip: 'not evaluated',
};

/** The `gates` output: the report as JSON (`eligibleAt`, `opensAt` in RFC 3339). */
export function gatesJson(report: GatesReport): string {
  return JSON.stringify(report);
}

/** How many waiting services the headline names before `and N more`. */
const MAX_WAITING_NAMED = 20;

function headline(evaluation: GatesEvaluation): string {
  const { report } = evaluation;
  if (!evaluation.policyFound)
    return `No policy file at ${inlineCode(evaluation.policyPath)}: no gates.`;
  if (report.services.every((s) => s.verdicts.length === 0))
    return `${inlineCode(evaluation.policyPath)} sets no gates for ${inlineCode(report.environment)}.`;
  const named = report.waiting.slice(0, MAX_WAITING_NAMED).map((s) => inlineCode(s));
  const unnamed = report.waiting.length - named.length;
  const waiting = named.join(', ') + (unnamed > 0 ? ` and ${unnamed} more` : '');
  const at = report.eligibleAt ? ` The earliest may go at ${report.eligibleAt}.` : '';
  return report.waiting.length === 0
    ? `Every service passed the gates of ${inlineCode(evaluation.policyPath)}.`
    : `Waiting: ${waiting}.${at}`;
}

/** How many rows the summary shows, and the note on the rows it leaves out. */
export interface SummaryLimit {
  rows: number;
  /** The sentence after `… and N more rows`, e.g. where every verdict can be read. */
  where: string;
}

/**
 * The summary section: a headline, then one row per service and gate, the first `limit.rows`
 * of them with a line that says how many more there are (a job summary holds 1 MiB).
 */
export function gatesSummary(
  evaluation: GatesEvaluation,
  limit: SummaryLimit = { rows: Infinity, where: '' },
): string {
  const rows = evaluation.report.services.flatMap((s) =>
    s.verdicts.map(
      (v) =>
        `| ${inlineCode(s.service)} | ${v.gate} | ${SHOWN[v.verdict]} | ${escapeMarkdown(v.reason)} |`,
    ),
  );
  const hidden = Math.max(0, rows.length - limit.rows);
  const more = hidden > 0 ? ['', `… and ${hidden} more rows, ${limit.where}.`] : [];
  const table =
    rows.length > 0
      ? [
          '',
          '| Service | Gate | Verdict | Why |',
          '| --- | --- | --- | --- |',
          ...rows.slice(0, limit.rows),
          ...more,
        ]
      : [];
  return ['### Gates', '', headline(evaluation), ...table].join('\n');
}
