/** What emit-tags asks Git about the built commit: its time and the tags that reach it. */
import { GitCommandError, runGit } from '../git/git-cli.js';

/** git's standard output, or undefined when git fails or cannot run (Git cannot tell). */
async function tryGit(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return (await runGit(args, { cwd })).stdout;
  } catch (error) {
    if (error instanceof GitCommandError) return undefined;
    throw error;
  }
}

/** The committer time of `sha` in Unix seconds, or undefined when Git cannot tell. */
export async function tryReadCommitTime(cwd: string, sha: string): Promise<number | undefined> {
  const out = await tryGit(cwd, ['show', '-s', '--format=%ct', sha]);
  const seconds = Number(out?.trim());
  return out !== undefined && Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
}

/** The `v*` tags reachable from `sha` (empty when Git cannot tell). */
export async function readReachableVersionTags(cwd: string, sha: string): Promise<string[]> {
  const out = await tryGit(cwd, ['tag', '--merged', sha, '--list', 'v*']);
  return out === undefined
    ? []
    : out
        .split('\n')
        .map((t) => t.trim())
        .filter(Boolean);
}
