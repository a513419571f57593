/** One push of HEAD to a branch, and one fetch of a branch's remote head. */
import type { GitWorkspace } from './commit.js';
import { GitCommandError, runGit } from './git-cli.js';
import { PushFailedError } from './push-errors.js';
import { classifyPushFailure, type PushFailure } from './push-failure.js';

/** Push HEAD once: 'pushed', or a rejection to retry; throws PushFailedError otherwise. */
export async function pushOnce(
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
export async function fetchBranch(
  workspace: GitWorkspace,
  remote: string,
  branch: string,
): Promise<string> {
  await runGit(['fetch', '--quiet', '--no-tags', '--', remote, `refs/heads/${branch}`], workspace);
  return (await runGit(['rev-parse', 'FETCH_HEAD'], workspace)).stdout.trim();
}
