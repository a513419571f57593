/**
 * What a run leaves behind: outputs, one annotation per violation and warning, the job
 * summary, and a JSON report under RUNNER_TEMP (or the workspace).
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import * as runner from '@gitops-promote/action-kit/runner';
import { setChangesOutputs } from '@gitops-promote/action-kit';
import { writeFileAtomic } from '@gitops-promote/core';
import type { RequestCounts } from '@gitops-promote/core/registry';
import {
  placeText,
  type VerifyResult,
  verdictLine,
  verifySummary,
} from '@gitops-promote/core/verify';

/** Write the JSON report in a folder of its own under `base`; returns its path. */
export function writeReport(base: string, result: VerifyResult, requests?: RequestCounts): string {
  const path = join(mkdtempSync(join(base, 'verify-digests-')), 'report.json');
  const report = {
    verdict: result.violations.length === 0 ? 'passed' : 'failed',
    checked: result.references.length,
    references: result.references,
    files: result.files,
    images: result.images,
    violations: result.violations,
    warnings: result.warnings,
    ...(requests === undefined ? {} : { requests }),
  };
  writeFileAtomic(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}

/** Annotate every violation (error) and warning at its file and line. */
export function annotate(result: VerifyResult): void {
  for (const w of result.warnings)
    runner.warning(w.message, { file: w.file, ...(w.line > 0 ? { startLine: w.line } : {}) });
  for (const v of result.violations)
    runner.error(v.message, {
      title: `verify-digests: ${v.rule}`,
      file: v.file,
      ...(v.line > 0 ? { startLine: v.line } : {}),
    });
}

/** Log the result, set the outputs, write the summary; fail the step on any violation. */
export async function publish(
  result: VerifyResult,
  reportPath: string,
  requests?: RequestCounts,
): Promise<void> {
  annotate(result);
  for (const v of result.violations) runner.info(`${placeText(v)}: [${v.rule}] ${v.message}`);
  runner.setOutput('checked', String(result.references.length));
  setChangesOutputs('verify-digests', 'violations', JSON.stringify(result.violations));
  runner.setOutput('report', reportPath);
  const total = requests === undefined ? undefined : totalRequests(requests);
  await runner.summary.addRaw(verifySummary(result, total)).write();
  runner.info(verdictLine(result));
  if (requests !== undefined)
    runner.info(
      `Registry requests: ${total} (${Object.entries(requests)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', ')})`,
    );
  runner.info(`Report: ${reportPath}`);
  if (result.violations.length > 0) runner.setFailed(verdictLine(result));
}

/** Requests sent over the wire (retries are counted in each kind already). */
export function totalRequests(requests: RequestCounts): number {
  return requests.ping + requests.token + requests.manifest + requests.tags + requests.blob;
}
