/**
 * Building a new tree from a base tree and a list of path edits, as `POST /git/trees` does:
 * nested paths create sub-trees, removals drop entries, and emptied sub-trees disappear.
 */
import type { GitStore, GitTreeEntry, TreeEntryType } from './git-store.js';

export type TreeEdit =
  { path: string; mode: string; type: TreeEntryType; sha: string } | { path: string; remove: true };

interface TreeNode {
  entries: Map<string, NodeEntry>;
  /** Whether an edit touched this tree or one below it (untouched trees keep their sha). */
  changed: boolean;
}

interface NodeEntry {
  mode: string;
  type: TreeEntryType;
  sha: string;
  /** Loaded (and possibly edited) contents of a sub-tree. */
  child?: TreeNode;
}

/** Apply `edits` in order to `baseTree` (or to an empty tree) and write the result. */
export async function editTree(
  git: GitStore,
  baseTree: string | undefined,
  edits: readonly TreeEdit[],
): Promise<string> {
  const root = await loadNode(git, baseTree);
  for (const edit of edits) await applyEdit(git, root, edit);
  return !root.changed && baseTree !== undefined ? baseTree : writeNode(git, root);
}

/** Whether git accepts a tree path: no empty segment, no `.`, `..` or `.git`. */
export function isValidTreePath(path: string): boolean {
  return path
    .split('/')
    .every((part) => part !== '' && part !== '.' && part !== '..' && part !== '.git');
}

async function loadNode(git: GitStore, sha: string | undefined): Promise<TreeNode> {
  const entries = new Map<string, NodeEntry>();
  if (sha !== undefined) {
    for (const entry of await git.listTree(sha))
      entries.set(entry.path, { mode: entry.mode, type: entry.type, sha: entry.sha });
  }
  return { entries, changed: sha === undefined };
}

async function applyEdit(git: GitStore, root: TreeNode, edit: TreeEdit): Promise<void> {
  const parts = edit.path.split('/');
  const name = parts.pop() ?? '';
  const path: TreeNode[] = [root];
  let node = root;
  for (const part of parts) {
    let entry = node.entries.get(part);
    if (!entry || entry.type !== 'tree') {
      if ('remove' in edit) return;
      entry = {
        mode: '040000',
        type: 'tree',
        sha: '',
        child: { entries: new Map(), changed: true },
      };
      node.entries.set(part, entry);
    }
    entry.child ??= await loadNode(git, entry.sha);
    node = entry.child;
    path.push(node);
  }
  if ('remove' in edit) {
    if (!node.entries.delete(name)) return;
  } else {
    node.entries.set(name, { mode: edit.mode, type: edit.type, sha: edit.sha });
  }
  for (const touched of path) touched.changed = true;
}

async function writeNode(git: GitStore, node: TreeNode): Promise<string> {
  const entries: GitTreeEntry[] = [];
  for (const [name, entry] of node.entries) {
    if (entry.child?.changed) {
      if (entry.child.entries.size === 0) continue;
      entry.sha = await writeNode(git, entry.child);
    }
    entries.push({ mode: entry.mode, type: entry.type, sha: entry.sha, path: name });
  }
  return git.writeTree(entries);
}
