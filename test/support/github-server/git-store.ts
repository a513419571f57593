/**
 * The bare repository behind the server: every object, ref and commit is made and read with
 * the git CLI, so `git log` in the bare repository sees what the API did.
 */
import { mkdir } from 'node:fs/promises';
import { GitCommandError, runGit } from './git-command.js';
import {
  parseCommit,
  parseNumstat,
  parseRawDiff,
  parseRefs,
  parseTreeListing,
} from './git-parse.js';

export type GitObjectType = 'blob' | 'tree' | 'commit' | 'tag';
export type TreeEntryType = 'blob' | 'tree' | 'commit';

export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const ZERO_SHA = '0'.repeat(40);
const SHA = /^[0-9a-f]{40}$/;

export interface GitIdentity {
  name: string;
  email: string;
  date: Date;
}

export interface GitCommitRecord {
  sha: string;
  tree: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  message: string;
  /** The commit object as git stores it (the payload a signature would cover). */
  raw: string;
}

export interface GitTreeEntry {
  mode: string;
  type: TreeEntryType;
  sha: string;
  path: string;
  /** Blob size in bytes; absent for trees and submodules. */
  size?: number;
}

export interface GitRefRecord {
  name: string;
  sha: string;
  type: GitObjectType;
}

export interface GitFileChange {
  path: string;
  status: 'added' | 'removed' | 'modified' | 'changed';
  oldSha: string;
  newSha: string;
  additions: number;
  deletions: number;
}

export interface NewCommit {
  tree: string;
  parents: string[];
  message: string;
  author: GitIdentity;
  committer: GitIdentity;
}

export interface ChangeCounts {
  files: number;
  additions: number;
  deletions: number;
}

/** A commit to import with `git fast-import`: file changes on top of a parent. */
export interface ImportedCommit {
  ref: string;
  parent: string | undefined;
  /** Path to new content, or null to delete the path. */
  changes: Record<string, Buffer | null>;
  message: string;
  author: GitIdentity;
  committer: GitIdentity;
}

export class GitStore {
  /** What was read about objects (and pairs of commits) by sha: objects never change. */
  private readonly known = new Map<string, unknown>();
  /** The refs as last listed; dropped whenever a command may have moved one. */
  private refs: Promise<GitRefRecord[]> | undefined;

  private constructor(readonly path: string) {}

  /** Create a bare repository in `path` whose HEAD names `defaultBranch`. */
  static async init(path: string, defaultBranch: string): Promise<GitStore> {
    await mkdir(path, { recursive: true });
    await runGit(path, ['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`]);
    return new GitStore(path);
  }

  /** Run any git command in the bare repository and return its stdout (it may move refs). */
  async run(args: readonly string[], input?: string | Buffer): Promise<string> {
    this.refs = undefined;
    try {
      return await this.exec(args, input);
    } finally {
      this.refs = undefined;
    }
  }

  async writeBlob(content: Buffer): Promise<string> {
    const sha = (await this.exec(['hash-object', '-w', '--stdin'], content)).trim();
    this.known.set(`type ${sha}`, 'blob');
    return sha;
  }

  /** A blob's content (do not modify the buffer: it is shared). */
  async readBlob(sha: string): Promise<Buffer | undefined> {
    const object = await this.readObject(sha);
    return object?.type === 'blob' ? object.content : undefined;
  }

  /** An object's type and content, in one `cat-file --batch`; undefined when there is none. */
  private async readObject(
    sha: string,
  ): Promise<{ type: GitObjectType; content: Buffer } | undefined> {
    if (!isSha(sha)) return undefined;
    return this.remember(`object ${sha}`, async () => {
      const out = await runGit(this.path, ['cat-file', '--batch'], { input: `${sha}\n` });
      const newline = out.indexOf(10);
      const [, type, size] = out.subarray(0, newline).toString('utf8').split(' ');
      if (size === undefined) return undefined;
      this.known.set(`type ${sha}`, type);
      return {
        type: type as GitObjectType,
        content: out.subarray(newline + 1, newline + 1 + Number(size)),
      };
    });
  }

  /** The type of the object named by a full sha, or undefined when there is none. */
  async objectType(sha: string): Promise<GitObjectType | undefined> {
    if (!isSha(sha)) return undefined;
    return this.remember(`type ${sha}`, async () => {
      const type = await this.tryRun(['cat-file', '-t', sha]);
      return type?.trim() as GitObjectType | undefined;
    });
  }

  /** The sha of a commit (or tree) named by a sha, branch, tag or ref; undefined if none. */
  async resolve(rev: string, kind: 'commit' | 'tree'): Promise<string | undefined> {
    if (rev === '' || rev.startsWith('-')) return undefined;
    const sha = await this.tryRun([
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${rev}^{${kind}}`,
    ]);
    return sha?.trim() || undefined;
  }

  async readCommit(sha: string): Promise<Readonly<GitCommitRecord> | undefined> {
    const object = await this.readObject(sha);
    return object?.type === 'commit'
      ? parseCommit(sha, object.content.toString('utf8'))
      : undefined;
  }

  async createCommit(commit: NewCommit): Promise<string> {
    const args = [
      'commit-tree',
      commit.tree,
      ...commit.parents.flatMap((parent) => ['-p', parent]),
    ];
    const env = {
      GIT_AUTHOR_NAME: commit.author.name,
      GIT_AUTHOR_EMAIL: commit.author.email,
      GIT_AUTHOR_DATE: gitDate(commit.author.date),
      GIT_COMMITTER_NAME: commit.committer.name,
      GIT_COMMITTER_EMAIL: commit.committer.email,
      GIT_COMMITTER_DATE: gitDate(commit.committer.date),
    };
    const sha = (await runGit(this.path, args, { input: commit.message, env }))
      .toString('utf8')
      .trim();
    this.known.set(`type ${sha}`, 'commit');
    return sha;
  }

  /**
   * Make a commit and point `ref` at it in one `git fast-import` run (one process, where the
   * plumbing needs one per blob, per tree and for the commit). Used to seed and to push.
   */
  async importCommit(commit: ImportedCommit): Promise<string> {
    const data = (content: Buffer) => [
      Buffer.from(`data ${content.length}\n`),
      content,
      Buffer.from('\n'),
    ];
    const person = (identity: GitIdentity) =>
      `${identity.name} <${identity.email}> ${Math.floor(identity.date.getTime() / 1000)} +0000`;
    const stream: Buffer[] = [
      Buffer.from(`commit ${commit.ref}\nmark :1\n`),
      Buffer.from(`author ${person(commit.author)}\ncommitter ${person(commit.committer)}\n`),
      ...data(Buffer.from(commit.message, 'utf8')),
      Buffer.from(commit.parent === undefined ? '' : `from ${commit.parent}\n`),
    ];
    for (const [path, content] of Object.entries(commit.changes)) {
      const quoted = JSON.stringify(path);
      stream.push(
        ...(content === null
          ? [Buffer.from(`D ${quoted}\n`)]
          : [Buffer.from(`M 100644 inline ${quoted}\n`), ...data(content)]),
      );
    }
    stream.push(Buffer.from('\nget-mark :1\ndone\n'));
    this.refs = undefined;
    try {
      return (await this.exec(['fast-import', '--quiet', '--done'], Buffer.concat(stream))).trim();
    } finally {
      this.refs = undefined;
    }
  }

  /** Write a tree object from its direct entries (names, not paths). */
  async writeTree(entries: readonly GitTreeEntry[]): Promise<string> {
    const input = entries
      .map((entry) => `${entry.mode} ${entry.type} ${entry.sha}\t${entry.path}\0`)
      .join('');
    const sha = (await this.exec(['mktree', '-z'], input)).trim();
    this.known.set(`type ${sha}`, 'tree');
    return sha;
  }

  /** The entries of a tree or commit sha; with `recursive`, sub-trees too and paths from the root. */
  async listTree(sha: string, recursive = false): Promise<readonly GitTreeEntry[]> {
    const args = ['ls-tree', '-z', '-l', ...(recursive ? ['-r', '-t'] : []), sha];
    const read = async () => parseTreeListing(await this.exec(args));
    return (await this.remember(`ls-tree ${recursive} ${sha}`, read, isSha(sha))) ?? [];
  }

  /** The tree entry at `path` in a commit or tree, or undefined. */
  async entryAt(sha: string, path: string): Promise<GitTreeEntry | undefined> {
    const read = async () => {
      const listing = await this.tryRun(['ls-tree', '-z', '-l', sha, '--', path]);
      return listing === undefined
        ? undefined
        : parseTreeListing(listing).find((entry) => entry.path === path);
    };
    return this.remember(`entry ${sha} ${path}`, read, isSha(sha));
  }

  async listRefs(): Promise<readonly GitRefRecord[]> {
    this.refs ??= this.exec([
      'for-each-ref',
      '--format=%(refname)%00%(objectname)%00%(objecttype)',
    ]).then(parseRefs);
    const refs = this.refs;
    return refs.catch((error: unknown) => {
      if (this.refs === refs) this.refs = undefined;
      throw error;
    });
  }

  async readRef(name: string): Promise<GitRefRecord | undefined> {
    return (await this.listRefs()).find((ref) => ref.name === name);
  }

  async isValidRefName(name: string): Promise<boolean> {
    return (await this.tryRun(['check-ref-format', name])) !== undefined;
  }

  /**
   * Point `name` at `sha` if it still points at `expected` (null: if it does not exist yet).
   * Returns false when the ref moved in between.
   */
  async compareAndSwapRef(name: string, sha: string, expected: string | null): Promise<boolean> {
    return this.updateRef(['update-ref', name, sha, expected ?? ZERO_SHA]);
  }

  async deleteRef(name: string, expected: string): Promise<boolean> {
    return this.updateRef(['update-ref', '-d', name, expected]);
  }

  private async updateRef(args: readonly string[]): Promise<boolean> {
    this.refs = undefined;
    try {
      return (await this.tryRun(args)) !== undefined;
    } finally {
      this.refs = undefined;
    }
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await this.tryRun(['merge-base', '--is-ancestor', ancestor, descendant])) !== undefined;
  }

  /** How many commits `head` has that `base` lacks (both full shas). */
  async countCommits(base: string, head: string): Promise<number> {
    const read = async () =>
      Number((await this.exec(['rev-list', '--count', `${base}..${head}`])).trim());
    return (await this.remember(`count ${base} ${head}`, read, isSha(base, head))) ?? 0;
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    return (await this.tryRun(['merge-base', a, b]))?.trim() || undefined;
  }

  /** Whether `head` merges into `base` without conflicts (both full shas). */
  async mergesCleanly(base: string, head: string): Promise<boolean> {
    const read = async () =>
      (await this.tryRun(['merge-tree', '--write-tree', '--no-messages', base, head])) !==
      undefined;
    return (await this.remember(`merges ${base} ${head}`, read, isSha(base, head))) ?? false;
  }

  /** Line counts of what `head` changes since it forked from `base` (`git diff base...head`). */
  async changeCounts(base: string, head: string): Promise<ChangeCounts> {
    const read = async () => {
      const args = ['diff', '--numstat', '-z', '--no-renames'];
      const out =
        (await this.tryRun([...args, `${base}...${head}`])) ??
        (await this.exec([...args, base, head]));
      const files = [...parseNumstat(out).values()];
      return {
        files: files.length,
        additions: files.reduce((sum, file) => sum + file.additions, 0),
        deletions: files.reduce((sum, file) => sum + file.deletions, 0),
      };
    };
    return (
      (await this.remember(`changes ${base} ${head}`, read, isSha(base, head))) ?? {
        files: 0,
        additions: 0,
        deletions: 0,
      }
    );
  }

  /** The files that differ between two tree-ishes, with line counts. */
  async diffFiles(from: string, to: string): Promise<GitFileChange[]> {
    const raw = await this.exec([
      'diff-tree',
      '-r',
      '-z',
      '--no-renames',
      '--raw',
      '--no-abbrev',
      from,
      to,
    ]);
    const numstat = await this.exec([
      'diff-tree',
      '-r',
      '-z',
      '--no-renames',
      '--numstat',
      from,
      to,
    ]);
    const counts = parseNumstat(numstat);
    return parseRawDiff(raw).map((change) => ({
      ...change,
      ...(counts.get(change.path) ?? { additions: 0, deletions: 0 }),
    }));
  }

  /**
   * Read once what `key` says about objects named by sha (`cacheable`): objects never change.
   * Absence is not remembered: the object may be written later.
   */
  private async remember<T>(
    key: string,
    read: () => Promise<T | undefined>,
    cacheable = true,
  ): Promise<T | undefined> {
    if (!cacheable) return read();
    if (this.known.has(key)) return this.known.get(key) as T;
    const value = await read();
    if (value !== undefined) this.known.set(key, value);
    return value;
  }

  private async exec(args: readonly string[], input?: string | Buffer): Promise<string> {
    return (await runGit(this.path, args, { input })).toString('utf8');
  }

  private async tryRun(args: readonly string[]): Promise<string | undefined> {
    try {
      return await this.exec(args);
    } catch (error) {
      if (error instanceof GitCommandError) return undefined;
      throw error;
    }
  }
}

/** Whether every rev is a full sha (names an object that can never change). */
function isSha(...revs: string[]): boolean {
  return revs.every((rev) => SHA.test(rev));
}

function gitDate(date: Date): string {
  return `@${Math.floor(date.getTime() / 1000)} +0000`;
}
