/**
 * The working tree's uncommitted changes, and moving HEAD to another commit without losing
 * them: what a push retry needs so that it never discards work the step did not do.
 */
import { PromoteError } from '../errors.js';
import type { GitWorkspace } from './commit.js';
import { GitCommandError, runGit } from './git-cli.js';

/** How many paths an error lists before it says "and N more". */
const LISTED_PATHS = 10;

/** `paths` for a message: quoted, at most LISTED_PATHS of them. */
export function listPaths(paths: readonly string[]): string {
  const shown = paths.slice(0, LISTED_PATHS).map((p) => JSON.stringify(p));
  const more = paths.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** The paths of `git status -z` (staged, unstaged or untracked), each once, sorted. */
function statusPaths(stdout: string): string[] {
  const paths = new Set<string>();
  const fields = stdout.split('\0');
  for (let i = 0; i < fields.length; i += 1) {
    const field = fields[i] as string;
    if (field.length < 4) continue;
    paths.add(field.slice(3));
    // A rename or copy is followed by the path it came from.
    if (field[0] === 'R' || field[0] === 'C') i += 1;
  }
  return [...paths].sort();
}

/**
 * The paths with uncommitted changes (staged or not, and untracked files unless
 * `untracked` is false), limited to `paths` when given.
 */
export async function uncommittedPaths(
  workspace: GitWorkspace,
  options: { paths?: readonly string[]; untracked?: boolean } = {},
): Promise<string[]> {
  const untracked = options.untracked === false ? 'no' : 'all';
  const pathspec = options.paths ? ['--', ...options.paths] : [];
  const result = await runGit(
    [
      '--literal-pathspecs',
      'status',
      '--porcelain=v1',
      '-z',
      `--untracked-files=${untracked}`,
    ].concat(pathspec),
    workspace,
  );
  return statusPaths(result.stdout);
}

/** The paths that differ between two commits. */
async function changedBetween(workspace: GitWorkspace, from: string, to: string) {
  const result = await runGit(['diff', '--name-only', '-z', from, to, '--'], workspace);
  return result.stdout.split('\0').filter(Boolean);
}

/**
 * HEAD cannot move to the new remote head without overwriting uncommitted changes in the
 * workspace (the other pusher changed the same files); nothing was pushed or discarded.
 */
export class UncommittedChangesInTheWayError extends PromoteError {
  override name = 'UncommittedChangesInTheWayError';
  constructor(
    readonly branch: string,
    readonly head: string,
    readonly paths: readonly string[],
  ) {
    super(
      `Cannot re-plan on the new head ${head.slice(0, 12)} of '${branch}': the workspace has ` +
        `uncommitted changes to ${listPaths(paths)}, which that head changes too. They were ` +
        'kept and nothing was pushed. Commit them in an earlier step, or run bump-values on a ' +
        'clean checkout.',
    );
  }
}

/**
 * Move HEAD, the index and the files that differ to `target`, keeping every uncommitted change
 * to other files (`git reset --keep`); throws UncommittedChangesInTheWayError, having changed
 * nothing, when an uncommitted change is in a file that differs.
 */
export async function resetKeepingChanges(
  workspace: GitWorkspace,
  target: string,
  branch: string,
): Promise<void> {
  try {
    await runGit(['reset', '--quiet', '--keep', target], workspace);
  } catch (error) {
    if (!(error instanceof GitCommandError)) throw error;
    const changed = new Set(await changedBetween(workspace, 'HEAD', target));
    const dirty = await uncommittedPaths(workspace);
    const inTheWay = dirty.filter((p) => changed.has(p));
    throw new UncommittedChangesInTheWayError(branch, target, inTheWay.length ? inTheWay : dirty);
  }
}
