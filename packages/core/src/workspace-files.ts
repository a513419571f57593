/**
 * Files inside the workspace: resolve paths without ever leaving it, and write atomically
 * (temporary file and rename), so a failed run never leaves a half-written file.
 */
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from './errors.js';

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The real path of the nearest existing ancestor of `path` (follows symlinks). */
function realAncestor(path: string): string {
  let current = path;
  while (!existsSync(current)) {
    const parent = dirname(current);
    if (parent === current) return current;
    current = parent;
  }
  return realpathSync(current);
}

/**
 * Resolve `path` (relative to `workspace`, or absolute) and check that it stays inside the
 * workspace, also through symbolic links; otherwise an InputError naming `input`.
 */
export function resolveInWorkspace(workspace: string, path: string, input: string): string {
  const root = realpathSync(workspace);
  const target = resolve(root, path);
  if (!isInside(root, target) || !isInside(root, realAncestor(target)))
    throw new InputError(
      input,
      path,
      `is outside the workspace ${root}; only files inside it are read or written`,
    );
  return target;
}

/** Write `content` to `path` atomically: a temporary file beside it, then rename. */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

/** Whether a symbolic link points at a directory (not followed, as git does not follow it). */
function linksToDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // A dangling link or a loop: listed, so that reading it says what is wrong.
    return false;
  }
}

/**
 * Every file below `root` as a relative `/`-separated path, sorted; .git and node_modules
 * skipped. A symbolic link is listed when it is not a link to a directory (those are not
 * followed, so a link loop cannot recurse).
 */
export function listWorkspaceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(path, `${prefix}${entry.name}/`);
      } else if (entry.isFile() || (entry.isSymbolicLink() && !linksToDirectory(path))) {
        files.push(`${prefix}${entry.name}`);
      }
    }
  };
  walk(root, '');
  return files.sort();
}

/** Why a matched path cannot be read, by its errno code. */
const UNREADABLE: Record<string, string> = {
  ELOOP: 'is a symbolic link loop, not a file',
  ENOENT: 'is a symbolic link to nothing (dangling), not a file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'cannot be read (permission denied)',
};

/**
 * The UTF-8 text of `path` (relative to the workspace, checked to stay inside it); a path
 * that is a link loop, a dangling link, a directory or unreadable is an InputError naming
 * `input`, not a raw errno.
 */
export function readWorkspaceFile(workspace: string, path: string, input: string): string {
  const target = resolveInWorkspace(workspace, path, input);
  try {
    return readFileSync(target, 'utf8');
  } catch (error) {
    const rule = UNREADABLE[(error as NodeJS.ErrnoException).code ?? ''];
    if (rule === undefined) throw error;
    throw new InputError(input, path, `${rule}; a pattern may match only files`);
  }
}
