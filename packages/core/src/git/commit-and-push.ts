/**
 * Commit a set of files with the git CLI and push them to a branch that other jobs push to
 * at the same time. A rejected push (another job pushed first) is retried with exponential
 * backoff and full jitter; before each retry the local branch is reset to the remote head and
 * the edit is re-planned on that fresh tree, which never conflicts, unlike a rebase of YAML
 * edits. Any other failure (authentication, a missing remote, a protected branch) fails at once.
 */
import { PromoteError } from '../errors.js';
import { GitCommandError, redactCredentials, runGit } from './git-cli.js';

/** The name and email a commit is made by. */
export interface GitIdentity {
  name: string;
  email: string;
}

/** The identity of GitHub Actions' bot, used when the repository configures none. */
export const GITHUB_ACTIONS_BOT: GitIdentity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** A repository to run git in. */
export interface GitWorkspace {
  cwd: string;
  /** The whole environment of each git process; when absent git inherits the parent's. */
  env?: NodeJS.ProcessEnv;
}

/** What to commit. */
export interface CommitOptions extends GitWorkspace {
  /** The paths to commit, relative to `cwd`; other changes in the tree are left alone. */
  files: readonly string[];
  message: string;
  /** Who commits; by default the repository's `user.name`/`user.email`, else the bot. */
  author?: GitIdentity;
}

/** `-c user.name=… -c user.email=…` for what the repository does not set (or the author). */
async function identityArgs(workspace: GitWorkspace, author?: GitIdentity): Promise<string[]> {
  const configured = async (key: string): Promise<boolean> =>
    (await runGit(['config', '--get', key], { ...workspace, okExitCodes: [1] })).exitCode === 0;
  const name =
    author?.name ?? ((await configured('user.name')) ? undefined : GITHUB_ACTIONS_BOT.name);
  const email =
    author?.email ?? ((await configured('user.email')) ? undefined : GITHUB_ACTIONS_BOT.email);
  return [
    ...(name ? ['-c', `user.name=${name}`] : []),
    ...(email ? ['-c', `user.email=${email}`] : []),
  ];
}

/** The commit HEAD points at. */
async function headSha(workspace: GitWorkspace): Promise<string> {
  return (await runGit(['rev-parse', 'HEAD'], workspace)).stdout.trim();
}

/**
 * Commit exactly the given paths (added, modified or deleted) with the message, and return
 * the new commit's sha; null when those paths hold no change, so there is nothing to commit.
 */
export async function commitChanges(options: CommitOptions): Promise<string | null> {
  const { cwd, env, files, message, author } = options;
  const workspace = { cwd, env };
  if (files.length === 0) return null;
  await runGit(['--literal-pathspecs', 'add', '--all', '--', ...files], workspace);
  const diff = await runGit(
    ['--literal-pathspecs', 'diff', '--cached', '--quiet', '--', ...files],
    {
      ...workspace,
      okExitCodes: [1],
    },
  );
  if (diff.exitCode === 0) return null;
  const identity = await identityArgs(workspace, author);
  await runGit(
    [
      ...identity,
      '--literal-pathspecs',
      'commit',
      '--quiet',
      '--cleanup=whitespace',
      '-F',
      '-',
      '--',
      ...files,
    ],
    { ...workspace, input: message },
  );
  return headSha(workspace);
}

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

interface PushSettings extends GitWorkspace {
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
  /** Who makes the re-planned or rebased commits; see commitChanges. */
  author?: GitIdentity;
  /** Called before each retry's delay, e.g. to log it. */
  onRetry?: (event: RetryEvent) => void;
}

/**
 * How to catch up after a rejection. 'replan' (the default): reset to the remote head and
 * re-plan. 'rebase': rebase the local commit onto the remote head; on a conflict, abort and
 * re-plan when a `replan` is given, else fail.
 */
export type PushWithRetryOptions = PushSettings &
  ({ strategy?: 'replan'; replan: Replan } | { strategy: 'rebase'; replan?: Replan });

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

/** A push failed for a reason other than another job pushing first; it is not retried. */
export class PushFailedError extends PromoteError {
  override name = 'PushFailedError';
  /** The remote, its credentials redacted. */
  readonly remote: string;
  constructor(
    remote: string,
    readonly branch: string,
    readonly detail: string,
    readonly hint?: string,
    cause?: unknown,
  ) {
    const shown = redactCredentials(remote);
    const advice = hint ? ` Hint: ${redactCredentials(hint)}` : '';
    super(`Push of branch '${branch}' to '${shown}' failed (not retried): ${detail}.${advice}`, {
      cause,
    });
    this.remote = shown;
  }
}

/** Every push was rejected because other jobs kept pushing first. */
export class PushRetriesExhaustedError extends PromoteError {
  override name = 'PushRetriesExhaustedError';
  /** The remote, its credentials redacted. */
  readonly remote: string;
  constructor(
    remote: string,
    readonly branch: string,
    readonly attempts: number,
    readonly rejections: readonly string[],
  ) {
    const shown = redactCredentials(remote);
    super(
      `Push of branch '${branch}' to '${shown}' was rejected ${attempts} times ` +
        `(${[...new Set(rejections)].join('; ')}): other jobs kept pushing first. ` +
        'Raise the number of retries, or serialise the jobs with a concurrency group.',
    );
    this.remote = shown;
  }
}

/** What a failed push means: a rejection to retry, or a failure to report at once. */
export type PushFailure =
  { kind: 'rejected'; reason: string } | { kind: 'failed'; reason: string; hint?: string };

const RETRYABLE_REMOTE_REJECTION =
  /cannot lock ref|failed to update ref|failed to lock|incorrect old value|but expected/i;

/** The `!` lines of `git push --porcelain`: the ref, the summary and the reason in parentheses. */
function porcelainRejections(stdout: string): { summary: string; reason: string }[] {
  return stdout.split('\n').flatMap((line) => {
    const match = /^!\t[^\t]*\t(\[[^\]]+\])(?: \((.*)\))?\s*$/.exec(line);
    return match ? [{ summary: match[1] ?? '', reason: match[2] ?? '' }] : [];
  });
}

/** A hint for a failure that is not a rejection, from git's message. */
function failureHint(stderr: string, remote: string): string | undefined {
  if (
    /authentication failed|could not read (username|password)|permission to .* denied|returned error: 40[13]|terminal prompts disabled/i.test(
      stderr,
    )
  )
    return 'the credentials were refused; the token needs "contents: write" on the repository.';
  if (
    /does not appear to be a git repository|repository .*not found|could not resolve host|unable to access|no such remote/i.test(
      stderr,
    )
  )
    return `check that the remote '${remote}' exists and that its URL is right.`;
  if (/protected branch|GH006/i.test(stderr))
    return 'the branch is protected; open a pull request instead (open-promotion-pr).';
  return undefined;
}

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

/** The most telling line of git's stderr: its first `fatal:` or `error:` line, else the first. */
function firstErrorLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? 'git push failed';
}

/** Push HEAD once: 'pushed', or a rejection to retry; throws PushFailedError otherwise. */
async function pushOnce(
  workspace: GitWorkspace,
  remote: string,
  branch: string,
): Promise<PushFailure | 'pushed'> {
  try {
    await runGit(['push', '--porcelain', '--', remote, `HEAD:refs/heads/${branch}`], workspace);
    return 'pushed';
  } catch (error) {
    if (!(error instanceof GitCommandError)) throw error;
    const failure = classifyPushFailure(error.stdout, error.stderr, remote);
    if (failure.kind === 'rejected') return failure;
    throw new PushFailedError(remote, branch, failure.reason, failure.hint, error);
  }
}

/** Fetch the branch's remote head into FETCH_HEAD and return its sha. */
async function fetchBranch(
  workspace: GitWorkspace,
  remote: string,
  branch: string,
): Promise<string> {
  await runGit(['fetch', '--quiet', '--no-tags', '--', remote, `refs/heads/${branch}`], workspace);
  return (await runGit(['rev-parse', 'FETCH_HEAD'], workspace)).stdout.trim();
}

/** Reset to the remote head, re-plan and commit; false when nothing is left to push. */
async function replanOnto(
  head: string,
  retry: number,
  replan: Replan,
  settings: PushSettings,
): Promise<boolean> {
  const workspace = { cwd: settings.cwd, env: settings.env };
  await runGit(['reset', '--quiet', '--hard', head], workspace);
  const plan = await replan({ retry, head });
  if (plan === null) return false;
  const sha = await commitChanges({ ...workspace, ...plan, author: settings.author });
  return sha !== null;
}

/** Rebase the local commits onto the remote head: 'empty' when the remote already had them. */
async function tryRebaseOnto(
  head: string,
  settings: PushSettings,
): Promise<'rebased' | 'empty' | 'conflict'> {
  const workspace = { cwd: settings.cwd, env: settings.env };
  const identity = await identityArgs(workspace, settings.author);
  try {
    await runGit([...identity, 'rebase', '--quiet', head], workspace);
  } catch (error) {
    if (!(error instanceof GitCommandError)) throw error;
    await runGit(['rebase', '--abort'], { ...workspace, okExitCodes: [128] });
    return 'conflict';
  }
  return (await headSha(workspace)) === head ? 'empty' : 'rebased';
}

/** Bring the local branch up to date with the remote head; false when nothing is left to push. */
async function catchUp(
  retry: number,
  options: PushWithRetryOptions,
  remote: string,
): Promise<boolean> {
  const workspace = { cwd: options.cwd, env: options.env };
  const head = await fetchBranch(workspace, remote, options.branch);
  if (options.strategy === 'rebase') {
    const rebased = await tryRebaseOnto(head, options);
    if (rebased !== 'conflict') return rebased === 'rebased';
    if (!options.replan)
      throw new PushFailedError(
        remote,
        options.branch,
        'the local commit conflicts with the remote head on rebase',
      );
    return replanOnto(head, retry, options.replan, options);
  }
  return replanOnto(head, retry, options.replan, options);
}

const timer = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Push HEAD to `branch`. When another job pushed first, wait (exponential backoff, full
 * jitter), fetch, catch up (re-plan by default, see PushWithRetryOptions) and push again, at
 * most `retries` times. Throws PushFailedError at once on any other failure, and
 * PushRetriesExhaustedError when every push was rejected.
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
    if (!(await catchUp(attempt, options, remote)))
      return {
        status: 'nothing-to-push',
        sha: await headSha(workspace),
        attempts: attempt,
        rejections,
      };
  }
}
