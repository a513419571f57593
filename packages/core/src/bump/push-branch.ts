/** The branch a bump pushes to. */
import { PromoteError } from '../errors.js';
import { runGit } from '../git/git-cli.js';

/** The checked-out branch, else `fallback` (the workflow's ref name). */
export async function pushBranch(
  workspace: string,
  fallback: string,
  env?: NodeJS.ProcessEnv,
): Promise<string> {
  const result = await runGit(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
    cwd: workspace,
    env,
    okExitCodes: [1],
  });
  const branch = result.exitCode === 0 ? result.stdout.trim() : fallback;
  if (!branch)
    throw new PromoteError('Cannot push: HEAD is detached and GITHUB_REF_NAME is not set.');
  return branch;
}
