/**
 * Parsers for the output of the git commands the store runs.
 */
import type {
  GitCommitRecord,
  GitFileChange,
  GitIdentity,
  GitObjectType,
  GitRefRecord,
  GitTreeEntry,
  TreeEntryType,
} from './git-store.js';

/** `for-each-ref` output: `<name>\0<sha>\0<type>` lines. */
export function parseRefs(out: string): GitRefRecord[] {
  return out
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [name = '', sha = '', type = ''] = line.split('\0');
      return { name, sha, type: type as GitObjectType };
    });
}

function parseIdentity(line: string): GitIdentity {
  const match = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!match) throw new Error(`Unparseable git identity: ${line}`);
  return { name: match[1] ?? '', email: match[2] ?? '', date: new Date(Number(match[3]) * 1000) };
}

export function parseCommit(sha: string, raw: string): GitCommitRecord {
  const split = raw.indexOf('\n\n');
  const headerText = split === -1 ? raw : raw.slice(0, split);
  const message = split === -1 ? '' : raw.slice(split + 2);
  const record: GitCommitRecord = {
    sha,
    tree: '',
    parents: [],
    author: { name: '', email: '', date: new Date(0) },
    committer: { name: '', email: '', date: new Date(0) },
    message,
    raw,
  };
  for (const line of headerText.split('\n')) {
    const space = line.indexOf(' ');
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (key === 'tree') record.tree = value;
    else if (key === 'parent') record.parents.push(value);
    else if (key === 'author') record.author = parseIdentity(value);
    else if (key === 'committer') record.committer = parseIdentity(value);
  }
  return record;
}

/** `ls-tree -z -l` output: `<mode> <type> <sha> <size>\t<path>\0`. */
export function parseTreeListing(out: string): GitTreeEntry[] {
  return out
    .split('\0')
    .filter((record) => record !== '')
    .map((record) => {
      const tab = record.indexOf('\t');
      const [mode = '', type = '', sha = '', size = '-'] = record.slice(0, tab).split(/\s+/);
      const entry: GitTreeEntry = {
        mode,
        type: type as TreeEntryType,
        sha,
        path: record.slice(tab + 1),
      };
      if (size !== '-') entry.size = Number(size);
      return entry;
    });
}

/** `diff-tree --raw -z`: `:<old mode> <new mode> <old sha> <new sha> <status>\0<path>\0`. */
export function parseRawDiff(out: string): Omit<GitFileChange, 'additions' | 'deletions'>[] {
  const fields = out.split('\0');
  const changes: Omit<GitFileChange, 'additions' | 'deletions'>[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [, , oldSha = '', newSha = '', status = ''] = (fields[i] ?? '').slice(1).split(' ');
    const path = fields[i + 1] ?? '';
    if (path === '') continue;
    const kind =
      status === 'A'
        ? 'added'
        : status === 'D'
          ? 'removed'
          : status === 'M'
            ? 'modified'
            : 'changed';
    changes.push({ path, status: kind, oldSha, newSha });
  }
  return changes;
}

/** `diff-tree --numstat -z`: `<added>\t<deleted>\t<path>\0` ("-" for binary files). */
export function parseNumstat(out: string): Map<string, { additions: number; deletions: number }> {
  const counts = new Map<string, { additions: number; deletions: number }>();
  for (const record of out.split('\0')) {
    const [added, deleted, path] = record.split('\t');
    if (path === undefined) continue;
    counts.set(path, { additions: Number(added) || 0, deletions: Number(deleted) || 0 });
  }
  return counts;
}
