/** Commit a set of files with the git CLI, as the repository's identity or GitHub Actions' bot. */
import { runGit } from './git-cli.js';

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
export async function headSha(workspace: GitWorkspace): Promise<string> {
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
