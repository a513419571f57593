/**
 * Files inside the workspace: resolve paths without ever leaving it, read them as text that can
 * be written back byte for byte, and write atomically (temporary file and rename), so a failed
 * run never leaves a half-written file. A write keeps the file's mode and goes through a
 * symbolic link to its target, keeping the link.
 */
import {
  closeSync,
  existsSync,
  fchmodSync,
  lstatSync,
  mkdirSync,
  openSync,
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

/**
 * Where a write of `path` lands (a symbolic link's final target) and the mode to keep. One
 * lstat for a plain file (the common case); a link is first passed to `checkLink` (which
 * throws to refuse it), then followed, and one that leads nowhere (dangling, a loop) is
 * replaced by the file written.
 */
function writeTarget(path: string, checkLink?: () => void): { target: string; mode?: number } {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (stats === undefined) return { target: path };
  if (!stats.isSymbolicLink()) return { target: path, mode: stats.mode & 0o7777 };
  checkLink?.();
  if (!existsSync(path)) return { target: path };
  const target = realPath(path);
  return { target, mode: statSync(target).mode & 0o7777 };
}

/** Text to write: a string, or its parts in order (a large file written without joining them). */
export type FileContent = string | Iterable<string>;

/** Write `content` to a new file `temporary` (`wx`: never through a stale one), with `mode`. */
function writeNewFile(temporary: string, content: FileContent, mode: number | undefined): void {
  // A new file gets the default mode; a replacement is created 0600 (never readable by more
  // than the final mode allows) and then given the mode of the file it replaces.
  const fd = openSync(temporary, 'wx', mode === undefined ? 0o666 : 0o600);
  try {
    if (typeof content === 'string') writeFileSync(fd, content);
    else for (const part of content) writeFileSync(fd, part);
    if (mode !== undefined) fchmodSync(fd, mode);
  } finally {
    closeSync(fd);
  }
}

/** Temporary files written by this process so far: with the pid, a name no other writer uses. */
let temporaries = 0;

/**
 * Write `content` to `path` atomically: a temporary file beside it, then rename. An existing
 * file keeps its mode (0600 stays 0600, 0755 and 0444 too); when `path` is a symbolic link the
 * link is kept and its target is written. Returns the path written.
 */
export function writeFileAtomic(path: string, content: FileContent): string {
  return writeAtomically(path, content);
}

/** writeFileAtomic, with `checkLink` called (to throw) before a symbolic link is followed. */
function writeAtomically(path: string, content: FileContent, checkLink?: () => void): string {
  const { target, mode } = writeTarget(path, checkLink);
  // An existing file's folder exists: one system call less per file.
  if (mode === undefined) mkdirSync(dirname(target), { recursive: true });
  // Unique among this process's writes (a counter) and other processes' (the pid): no random
  // bytes needed. `wx` refuses a stale file of that name rather than writing through it.
  const temporary = `${target}.${process.pid}-${++temporaries}.tmp`;
  try {
    writeNewFile(temporary, content, mode);
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

/** The workspace's files, listed once, and which of them need no link resolving. */
export interface WorkspaceListing {
  /** The workspace's real path (links resolved): every listed path is below it. */
  root: string;
  /** Every file as a relative `/`-separated path, sorted (see listWorkspaceFiles). */
  files: string[];
  /**
   * The listed files that are regular files reached through real folders only (the walk
   * never enters a link): each is its own real path below `root`, so it is inside the
   * workspace by construction, and reading, reporting or writing it needs no realpath.
   * The others (symbolic links) are resolved and checked on each use.
   */
  plain: ReadonlySet<string>;
}

/**
 * Every file below the workspace, with the regular ones marked: .git and node_modules are
 * skipped; a symbolic link is listed when it is not a link to a directory (those are not
 * followed, so a link loop cannot recurse).
 */
export function listWorkspace(workspace: string): WorkspaceListing {
  const root = realPath(workspace);
  const files: string[] = [];
  const plain = new Set<string>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(path, `${prefix}${entry.name}/`);
      } else if (entry.isFile()) {
        files.push(`${prefix}${entry.name}`);
        plain.add(`${prefix}${entry.name}`);
      } else if (entry.isSymbolicLink() && !linksToDirectory(path)) {
        files.push(`${prefix}${entry.name}`);
      }
    }
  };
  walk(root, '');
  return { root, files: files.sort(), plain };
}

/**
 * Every file below `root` as a relative `/`-separated path, sorted; .git and node_modules
 * skipped, links to directories not followed (see listWorkspace).
 */
export function listWorkspaceFiles(root: string): string[] {
  return listWorkspace(root).files;
}

/** The workspace-relative path of the file a listed `path` really is (see workspacePathOf). */
export function listedPathOf(listing: WorkspaceListing, path: string, input: string): string {
  return listing.plain.has(path) ? path : workspacePathOf(listing.root, path, input);
}

/** The absolute path to read for a listed `path`, checked to stay inside the workspace. */
function resolveListed(listing: WorkspaceListing, path: string, input: string): string {
  if (listing.plain.has(path)) return `${listing.root}/${path}`;
  return resolveInWorkspace(listing.root, path, input);
}

/**
 * Write a listed `path` atomically (see writeFileAtomic), inside the workspace: a regular file
 * at its listed place, with no realpath; a link (or what became one since the listing) only
 * once resolveInWorkspace has checked where it leads, else an InputError naming `input`.
 * Returns the path written.
 */
export function writeListedFile(
  listing: WorkspaceListing,
  path: string,
  content: string,
  input: string,
): string {
  const check = () => resolveInWorkspace(listing.root, path, input);
  if (!listing.plain.has(path)) return writeFileAtomic(check(), content);
  return writeAtomically(`${listing.root}/${path}`, content, () => void check());
}

/** Why a matched path cannot be read, by its errno code. */
const UNREADABLE: Record<string, string> = {
  ELOOP: 'is a symbolic link loop, not a file',
  ENOENT: 'is a symbolic link to nothing (dangling), not a file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'cannot be read (permission denied)',
};

/** The text of `target` (`path` for messages), or an InputError naming `input` saying why not. */
function readResolved(target: string, path: string, input: string): string {
  try {
    return readWorkspaceText(target, path);
  } catch (error) {
    const rule = UNREADABLE[(error as NodeJS.ErrnoException).code ?? ''];
    if (rule === undefined) throw error;
    throw new InputError(input, path, `${rule}; a pattern may match only files`);
  }
}

/**
 * The UTF-8 text of `path` (relative to the workspace, checked to stay inside it); a path
 * that is a link loop, a dangling link, a directory or unreadable is an InputError naming
 * `input`, not a raw errno.
 */
export function readWorkspaceFile(workspace: string, path: string, input: string): string {
  return readResolved(resolveInWorkspace(workspace, path, input), path, input);
}

/** readWorkspaceFile of a listed `path`: a regular file is read with no realpath. */
export function readListedFile(listing: WorkspaceListing, path: string, input: string): string {
  return readResolved(resolveListed(listing, path, input), path, input);
}
