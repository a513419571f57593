/**
 * The job summary of verify-digests: the verdict with counts, the violations as a table, and
 * what could not be checked. Everything taken from files is escaped.
 */
import { escapeMarkdown, inlineCode, markdownTable } from '../markdown.js';
import { countByRule } from './violation.js';
import type { VerifyResult } from './verify-workspace.js';

const MAX_ROWS = 200;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `file:line`, or `file` for a violation about the whole file. */
export function placeText(place: { file: string; line: number }): string {
  return place.line > 0 ? `${place.file}:${place.line}` : place.file;
}

/** The one-line verdict, also used as the failure message. */
export function verdictLine(result: VerifyResult): string {
  const files = new Set(result.violations.map((v) => v.file)).size;
  const checked = `${plural(result.references.length, 'unique image')} checked in ${plural(result.files.length, 'file')}`;
  if (result.violations.length === 0) return `No violation: ${checked}.`;
  return `${plural(result.violations.length, 'violation')} in ${plural(files, 'file')} (${checked}).`;
}

/** The summary as Markdown; `requests` is the registry's request count, when it was asked. */
export function verifySummary(result: VerifyResult, requests?: number): string {
  const parts = [
    `## verify-digests\n\n**${result.violations.length === 0 ? 'Passed' : 'Failed'}**: ${escapeMarkdown(verdictLine(result))}`,
  ];
  const notChecked = result.images.filter((i) => i.status === 'not-checked').length;
  const counts = [
    `${plural(result.images.length, 'image occurrence')} found`,
    `${plural(result.lookups.digests, 'digest')} and ${plural(result.lookups.tags, 'tag')} looked up`,
    ...(requests === undefined ? [] : [`${plural(requests, 'registry request')}`]),
    ...(notChecked > 0 ? [`${notChecked} not checked (allowed or all rules off)`] : []),
  ];
  parts.push(counts.join(' · '));
  if (result.violations.length > 0) {
    parts.push(
      markdownTable(
        ['Rule', 'Violations'],
        countByRule(result.violations).map(([rule, count]) => [inlineCode(rule), String(count)]),
      ),
    );
    const rows = result.violations
      .slice(0, MAX_ROWS)
      .map((v) => [
        inlineCode(placeText(v)),
        inlineCode(v.image),
        inlineCode(v.rule),
        escapeMarkdown(v.message),
      ]);
    parts.push(`### Violations\n\n${markdownTable(['Where', 'Image', 'Rule', 'Message'], rows)}`);
    if (result.violations.length > MAX_ROWS)
      parts.push(`… and ${result.violations.length - MAX_ROWS} more, in the JSON report.`);
  }
  if (result.warnings.length > 0) {
    const items = result.warnings
      .slice(0, MAX_ROWS)
      .map((w) => `- ${inlineCode(placeText(w))}: ${escapeMarkdown(w.message)}`);
    parts.push(
      `<details><summary>Not checked (${result.warnings.length})</summary>\n\n${items.join('\n')}\n\n</details>`,
    );
  }
  return `${parts.join('\n\n')}\n`;
}
