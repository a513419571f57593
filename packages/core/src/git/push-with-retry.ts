/**
 * Push to a branch that other jobs push to at the same time. A rejected push (another job
 * pushed first) is retried with exponential backoff and full jitter; before each retry the
 * local branch is moved to the remote head and the edit is re-planned on that fresh tree, which
 * never conflicts, unlike a rebase of YAML edits. The move keeps every uncommitted change in the
 * workspace (`git reset --keep`), and refuses, losing nothing, when the remote head changed a
 * file that holds one. Any other failure (authentication, a missing remote, a protected branch)
 * fails at once.
 */
import { commitChanges, type GitIdentity, type GitWorkspace, headSha } from './commit.js';
import { fetchBranch, pushOnce } from './push.js';
import { PushRetriesExhaustedError } from './push-errors.js';
import { resetKeepingChanges } from './working-tree.js';

/** Exponential backoff: the ceiling of the delay before retry n (1-based) is base * 2^(n-1). */
export interface Backoff {
  baseMs: number;
  maxMs: number;
}

/** A random delay between 0 and min(maxMs, baseMs * 2^(retry-1)): "full jitter". */
export function backoffDelay(
  retry: number,
  backoff: Backoff,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/** The commit to make on the fresh tree, or null when nothing is left to change there. */
export interface ReplannedCommit {
  message: string;
  files: readonly string[];
}

/**
 * Re-run the edit on the freshly reset tree: rewrite the files in `cwd` and return the commit
 * to make, or null when the remote already holds every change.
 */
export type Replan = (context: { retry: number; head: string }) => Promise<ReplannedCommit | null>;

/** One retry, reported before its delay. */
export interface RetryEvent {
  retry: number;
  reason: string;
  delayMs: number;
}

/** Where to push, how often to retry, and how to re-plan after a rejection. */
export interface PushWithRetryOptions extends GitWorkspace {
  /** The remote's name or URL; default 'origin'. */
  remote?: string;
  /** The branch to push HEAD to. */
  branch: string;
  /** How many times to retry after a rejection; default 5 (so at most 6 pushes). */
  retries?: number;
  /** Default { baseMs: 500, maxMs: 10_000 }. */
  backoff?: Backoff;
  /** In [0, 1); default Math.random. */
  random?: () => number;
  /** Default a timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Who makes the re-planned commits; see commitChanges. */
  author?: GitIdentity;
  /** Called before each retry's delay, e.g. to log it. */
  onRetry?: (event: RetryEvent) => void;
  /** Re-plans the edit on the remote head after a rejection. */
  replan: Replan;
}

/** How a push ended: pushed, or nothing left to push because the remote already had it all. */
export interface PushOutcome {
  status: 'pushed' | 'nothing-to-push';
  /** The remote branch's head afterwards. */
  sha: string;
  /** How many pushes were tried. */
  attempts: number;
  /** Why each rejected push was rejected, in order. */
  rejections: string[];
}

/**
 * Fetch, move to the remote head keeping uncommitted changes, re-plan and commit; false when
 * nothing is left to push.
 */
async function replanOnto(
  retry: number,
  options: PushWithRetryOptions,
  remote: string,
): Promise<boolean> {
  const workspace = { cwd: options.cwd, env: options.env };
  const head = await fetchBranch(workspace, remote, options.branch);
  await resetKeepingChanges(workspace, head, options.branch);
  const plan = await options.replan({ retry, head });
  if (plan === null) return false;
  const sha = await commitChanges({ ...workspace, ...plan, author: options.author });
  return sha !== null;
}

const timer = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Push HEAD to `branch`. When another job pushed first, wait (exponential backoff, full
 * jitter), fetch, re-plan on the remote head and push again, at most `retries` times. Throws
 * PushFailedError at once on any other failure, PushRetriesExhaustedError when every push
 * was rejected, and UncommittedChangesInTheWayError when the remote head changed a file with
 * uncommitted changes (which are kept).
 */
export async function pushWithRetry(options: PushWithRetryOptions): Promise<PushOutcome> {
  const { remote = 'origin', branch, retries = 5, random = Math.random, sleep = timer } = options;
  const backoff = options.backoff ?? { baseMs: 500, maxMs: 10_000 };
  const workspace = { cwd: options.cwd, env: options.env };
  const rejections: string[] = [];
  for (let attempt = 1; ; attempt += 1) {
    const pushed = await pushOnce(workspace, remote, branch);
    if (pushed === 'pushed')
      return { status: 'pushed', sha: await headSha(workspace), attempts: attempt, rejections };
    rejections.push(pushed.reason);
    if (attempt > retries) throw new PushRetriesExhaustedError(remote, branch, attempt, rejections);
    const delayMs = backoffDelay(attempt, backoff, random);
    options.onRetry?.({ retry: attempt, reason: pushed.reason, delayMs });
    await sleep(delayMs);
    if (!(await replanOnto(attempt, options, remote)))
      return {
        status: 'nothing-to-push',
        sha: await headSha(workspace),
        attempts: attempt,
        rejections,
      };
  }
}
