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

function headline(evaluation: GatesEvaluation): string {
  const { report } = evaluation;
  if (!evaluation.policyFound)
    return `No policy file at ${inlineCode(evaluation.policyPath)}: no gates.`;
  if (report.services.every((s) => s.verdicts.length === 0))
    return `${inlineCode(evaluation.policyPath)} sets no gates for ${inlineCode(report.environment)}.`;
  const waiting = report.waiting.map((s) => inlineCode(s)).join(', ');
  const at = report.eligibleAt ? ` The earliest may go at ${report.eligibleAt}.` : '';
  return report.waiting.length === 0
    ? `Every service passed the gates of ${inlineCode(evaluation.policyPath)}.`
    : `Waiting: ${waiting}.${at}`;
}

/** The summary section: a headline, then one row per service and gate. */
export function gatesSummary(evaluation: GatesEvaluation): string {
  const rows = evaluation.report.services.flatMap((s) =>
    s.verdicts.map(
      (v) =>
        `| ${inlineCode(s.service)} | ${v.gate} | ${SHOWN[v.verdict]} | ${escapeMarkdown(v.reason)} |`,
    ),
  );
  const table =
    rows.length > 0
      ? ['', '| Service | Gate | Verdict | Why |', '| --- | --- | --- | --- |', ...rows]
      : [];
  return ['### Gates', '', headline(evaluation), ...table].join('\n');
}
