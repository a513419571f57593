/** What emit-tags asks Git about the built commit: its time and the tags that reach it. */
import { promisify } from 'node:util';

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  // Loaded on first use: a run given its version and timestamp never starts git.
  const run = promisify((await import('node:child_process')).execFile);
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch {
    return undefined;
  }
}

/** The committer time of `sha` in Unix seconds, or undefined when Git cannot tell. */
export async function tryReadCommitTime(cwd: string, sha: string): Promise<number | undefined> {
  const out = await git(cwd, ['show', '-s', '--format=%ct', sha]);
  const seconds = Number(out?.trim());
  return out !== undefined && Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
}

/** The `v*` tags reachable from `sha` (empty when Git cannot tell). */
export async function readReachableVersionTags(cwd: string, sha: string): Promise<string[]> {
  const out = await git(cwd, ['tag', '--merged', sha, '--list', 'v*']);
  return out === undefined
    ? []
    : out
        .split('\n')
        .map((t) => t.trim())
        .filter(Boolean);
}
