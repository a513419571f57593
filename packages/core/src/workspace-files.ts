/**
 * Files inside the workspace: resolve paths without ever leaving it, read them as text that can
 * be written back byte for byte, and write atomically (temporary file and rename), so a failed
 * run never leaves a half-written file. A write keeps the file's mode and goes through a
 * symbolic link to its target, keeping the link.
 */
import {
  chmodSync,
  existsSync,
  lstatSync,
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
import { decodeEditableText } from './text-encoding.js';

export { TextEncodingError } from './text-encoding.js';

/**
 * The real path of an existing `path`: the C library's realpath(3), one system call, where
 * `realpathSync` walks every component with an lstat in JavaScript (a tenth of a bump's time
 * at 2,000 files). Both follow every link and throw ENOENT for a missing path alike.
 */
const realPath = (path: string): string => realpathSync.native(path);

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
  return realPath(current);
}

/**
 * Resolve `path` (relative to `workspace`, or absolute) and check that it stays inside the
 * workspace, also through symbolic links; otherwise an InputError naming `input`.
 */
export function resolveInWorkspace(workspace: string, path: string, input: string): string {
  const root = realPath(workspace);
  const target = resolve(root, path);
  if (!isInside(root, target) || !isInside(root, realAncestor(target)))
    throw new InputError(
      input,
      path,
      `is outside the workspace ${root}; only files inside it are read or written`,
    );
  return target;
}

/**
 * The workspace-relative, `/`-separated path of the file that `path` (relative to `workspace`)
 * really is: a symbolic link's target (which resolveInWorkspace keeps inside the workspace),
 * else `path` itself. This is the path to report for a file written through a link.
 */
export function workspacePathOf(workspace: string, path: string, input: string): string {
  const target = resolveInWorkspace(workspace, path, input);
  if (!existsSync(target)) return path;
  return relative(realPath(workspace), realPath(target)).split(sep).join('/');
}

/**
 * Read a workspace file (`path` is absolute, `file` its name for messages) as UTF-8 text that
 * can be edited and written back byte for byte: a TextEncodingError naming the file and line
 * for UTF-16/32, NUL bytes, invalid UTF-8 or lone-CR line breaks, instead of a text with
 * replacement characters.
 */
export function readWorkspaceText(path: string, file: string): string {
  return decodeEditableText(file, readFileSync(path));
}

/** Where a write of `path` lands (a symbolic link's final target) and the mode to keep. */
function writeTarget(path: string): { target: string; mode?: number } {
  if (!existsSync(path)) return { target: path };
  const target = lstatSync(path).isSymbolicLink() ? realPath(path) : path;
  return { target, mode: statSync(target).mode & 0o7777 };
}

/** Temporary files written by this process so far: with the pid, a name no other writer uses. */
let temporaries = 0;

/**
 * Write `content` to `path` atomically: a temporary file beside it, then rename. An existing
 * file keeps its mode (0600 stays 0600, 0755 and 0444 too); when `path` is a symbolic link the
 * link is kept and its target is written. Returns the path written.
 */
export function writeFileAtomic(path: string, content: string): string {
  const { target, mode } = writeTarget(path);
  // An existing file's folder exists: one system call less per file.
  if (mode === undefined) mkdirSync(dirname(target), { recursive: true });
  // Unique among this process's writes (a counter) and other processes' (the pid): no random
  // bytes needed. `wx` refuses a stale file of that name rather than writing through it.
  const temporary = `${target}.${process.pid}-${++temporaries}.tmp`;
  try {
    // A new file gets the default mode; a replacement is created 0600 (never readable by more
    // than the final mode allows) and then given the mode of the file it replaces.
    writeFileSync(
      temporary,
      content,
      mode === undefined ? { flag: 'wx' } : { flag: 'wx', mode: 0o600 },
    );
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, target);
  } catch (error) {
    // A stale file of that name (EEXIST) is not ours to remove.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') rmSync(temporary, { force: true });
    throw error;
  }
  return target;
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
    return readWorkspaceText(target, path);
  } catch (error) {
    const rule = UNREADABLE[(error as NodeJS.ErrnoException).code ?? ''];
    if (rule === undefined) throw error;
    throw new InputError(input, path, `${rule}; a pattern may match only files`);
  }
}
