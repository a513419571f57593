/**
 * One repository as the server holds it: the bare git repository, the state beside it, the
 * accounts and the URLs. Routes, GraphQL and the test-facing API all work through this.
 */
import type { Account, Accounts } from './accounts.js';
import type { GitStore, GitIdentity } from './git-store.js';
import type { PullRecord, RepoState } from './repo-state.js';
import type { Urls } from './urls.js';

/** What a pull request's numbers are now, computed from git. */
export interface PullFacts {
  headSha: string;
  baseSha: string;
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
  mergeable: boolean;
}

export class RepoModel {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly git: GitStore,
    readonly state: RepoState,
    readonly accounts: Accounts,
    readonly urls: Urls,
    readonly defaultBranch: string,
  ) {}

  get owner(): string {
    return this.urls.owner;
  }

  get repo(): string {
    return this.urls.repo;
  }

  /** Run `task` after every task queued before it (writes never interleave). */
  serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async branchSha(branch: string): Promise<string | undefined> {
    return (await this.git.readRef(`refs/heads/${branch}`))?.sha;
  }

  /**
   * Commit `files` (path to content; null deletes) on top of `branch` as `author` and move the
   * branch, as a `git push` would. A missing branch starts from the default branch.
   */
  async commitFiles(
    branch: string,
    files: Record<string, string | null>,
    message: string,
    author: Account = this.accounts.human,
    date: Date = new Date(),
  ): Promise<string> {
    const identity: GitIdentity = { name: author.name, email: author.email, date };
    const changes = Object.fromEntries(
      Object.entries(files).map(([path, content]) => [
        path,
        content === null ? null : Buffer.from(content, 'utf8'),
      ]),
    );
    return this.git.importCommit({
      ref: `refs/heads/${branch}`,
      parent: (await this.branchSha(branch)) ?? (await this.branchSha(this.defaultBranch)),
      changes,
      message,
      author: identity,
      committer: identity,
    });
  }

  /** The numbers GitHub shows on a pull request, from the branches as they are now. */
  async pullFacts(pull: PullRecord): Promise<PullFacts> {
    const refs = await this.git.listRefs();
    const shaOf = (branch: string) => refs.find((ref) => ref.name === `refs/heads/${branch}`)?.sha;
    const headSha = shaOf(pull.head) ?? pull.headSha;
    pull.headSha = headSha;
    const baseSha = shaOf(pull.base) ?? headSha;
    const [changes, commits, mergeable] = await Promise.all([
      this.git.changeCounts(baseSha, headSha),
      this.git.countCommits(baseSha, headSha),
      this.git.mergesCleanly(baseSha, headSha),
    ]);
    return {
      headSha,
      baseSha,
      commits,
      additions: changes.additions,
      deletions: changes.deletions,
      changedFiles: changes.files,
      mergeable,
    };
  }
}
