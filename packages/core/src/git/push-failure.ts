/** What a failed push means: a rejection to retry (another job pushed first), or a failure. */
import { failureHint } from './push-failure-hints.js';
import { firstErrorLine, porcelainRejections } from './push-porcelain.js';

/** What a failed push means: a rejection to retry, or a failure to report at once. */
export type PushFailure =
  { kind: 'rejected'; reason: string } | { kind: 'failed'; reason: string; hint?: string };

const RETRYABLE_REMOTE_REJECTION =
  /cannot lock ref|failed to update ref|failed to lock|incorrect old value|but expected/i;

/** Classify a failed `git push --porcelain` from its output. */
export function classifyPushFailure(
  stdout: string,
  stderr: string,
  remote = 'origin',
): PushFailure {
  const rejections = porcelainRejections(stdout);
  const retryable = rejections.find(
    ({ summary, reason }) =>
      (summary === '[rejected]' && /^(fetch first|non-fast-forward)$/.test(reason)) ||
      (summary === '[remote rejected]' && RETRYABLE_REMOTE_REJECTION.test(reason)),
  );
  if (retryable && rejections.length === 1)
    return { kind: 'rejected', reason: `${retryable.summary} ${retryable.reason}` };
  const first = rejections[0];
  const reason = first ? `${first.summary} ${first.reason}`.trim() : firstErrorLine(stderr);
  const hint = failureHint(`${first?.reason ?? ''}\n${stderr}`, remote);
  return hint ? { kind: 'failed', reason, hint } : { kind: 'failed', reason };
}
