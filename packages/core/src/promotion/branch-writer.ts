/**
 * Write a promotion through the Git Data API: one tree (the changed files inline, on the base
 * tree), one commit without author or committer (GitHub makes and signs it, so it shows as
 * verified), and the branch pointed at it.
 */
import { type GitHubApi, httpStatusOf, type RepositoryName } from './github-api.js';
import type { PlannedFile } from './promotion-plan.js';

/** The tree of `baseTree` with the files' new text; returns its sha. Writes no ref. */
export async function createTree(
  api: GitHubApi,
  repository: RepositoryName,
  baseTree: string,
  files: readonly PlannedFile[],
): Promise<string> {
  const tree = files.map((f) => ({ path: f.path, mode: f.mode, type: 'blob', content: f.after }));
  const { data } = await api.request<{ sha: string }>('POST /repos/{owner}/{repo}/git/trees', {
    ...repository,
    base_tree: baseTree,
    tree,
  });
  return data.sha;
}

/** What the idempotence check needs of a commit: its tree and its parents. */
export interface CommitShape {
  tree: string;
  parents: string[];
}

export async function readCommit(
  api: GitHubApi,
  repository: RepositoryName,
  sha: string,
): Promise<CommitShape> {
  const { data } = await api.request<{ tree: { sha: string }; parents: Array<{ sha: string }> }>(
    'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
    { ...repository, commit_sha: sha },
  );
  return { tree: data.tree.sha, parents: data.parents.map((p) => p.sha) };
}

/** A commit of `tree` on `parent`, made and signed by GitHub (no author, no committer). */
export async function createCommit(
  api: GitHubApi,
  repository: RepositoryName,
  commit: { message: string; tree: string; parent: string },
): Promise<string> {
  const { data } = await api.request<{ sha: string }>('POST /repos/{owner}/{repo}/git/commits', {
    ...repository,
    message: commit.message,
    tree: commit.tree,
    parents: [commit.parent],
  });
  return data.sha;
}

/**
 * Point `branch` at `sha`: create it, or force-update it when it exists (also when it appeared
 * since it was read: a create answered 422 falls back to the update).
 */
export async function pointBranch(
  api: GitHubApi,
  repository: RepositoryName,
  branch: string,
  sha: string,
  exists: boolean,
): Promise<void> {
  if (!exists) {
    try {
      await api.request('POST /repos/{owner}/{repo}/git/refs', {
        ...repository,
        ref: `refs/heads/${branch}`,
        sha,
      });
      return;
    } catch (error) {
      if (httpStatusOf(error) !== 422) throw error;
    }
  }
  await api.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
    ...repository,
    ref: `heads/${branch}`,
    sha,
    force: true,
  });
}

/** Whether the branch's commit already is the promotion: the planned tree on the base head. */
export function isCurrent(branch: CommitShape, plannedTree: string, baseSha: string): boolean {
  return (
    branch.tree === plannedTree && branch.parents.length === 1 && branch.parents[0] === baseSha
  );
}
