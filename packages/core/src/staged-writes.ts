/**
 * Atomic writes staged on another thread while a large plan is still being made, and renamed
 * into place only once the whole plan is made: the same all-or-nothing as planning first and
 * writing after, with most of the disk's work done beside the plan instead of after it.
 *
 * Each changed file is handed over as soon as it is planned; the staging thread creates its
 * temporary file beside it as writeListedFile does for a regular file (lstat for the mode, `wx`,
 * write, fchmod, close) and keeps it. `commit` renames every temporary over its file; `abort`
 * (a later file that cannot be bumped, a refusal before writing) removes them, so nothing is
 * written. The plan keeps one core busy; on a disk where files are dear (this machine's: 2,004
 * atomic writes, 0.3–0.8 s, mostly the kernel's time) the other core does their creation while
 * the plan goes on, and the run waits only for the renames, several at once on libuv's threads.
 *
 * Why a thread and not fs's asynchronous calls: the plan is synchronous, and a file is several
 * calls (lstat, open, write, fchmod, close) that libuv chains through callbacks on the main
 * thread's event loop, which does not turn until the plan is made. A worker runs them while the
 * plan goes on. Its source is STAGING_THREAD below, run with `eval`: it loads nothing but
 * node:fs (about 30 ms to start, on the other core), and it is a string so that no bundler
 * rewrites it (a bundled function's text may call the bundle's helpers, which the thread has
 * not: esbuild's keepNames does). Texts go over in batches (a message costs this thread about
 * 50 µs whatever its size), copied: transferred UTF-8 bytes saved no time and no memory, since
 * the thread, allocating little, frees their buffers late.
 *
 * What it costs, measured by the bench on this 2-core machine (Node 24, 1,000 services, 2,004
 * files): on its disk, where a file costs the kernel 150–400 µs, the whole action 1.57 s → 1.12 s
 * over nine interleaved runs (the disk slows as runs go on; each run of either was faster); on a
 * tmpfs, where files are nearly free, 786 → 833 ms, the thread's start and work taking the core
 * the plan's collector and compiler threads would have had. And 18 MB of resident memory (a
 * Node thread's own): 170 → 190 MB at 5,000 services, while the wall time falls 4.8 → 3.4 s.
 *
 * Only regular files reached through real folders (the listing's `plain`) are staged. A file
 * that is something else when the thread comes to it (it became a link), and every file when
 * the thread itself fails (it did not start, it stopped), is left to the caller, which writes
 * it directly, as without staging. A failure to write a file is that file's error, as a direct
 * write would throw it, and then nothing is renamed.
 */
import { rmSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';

/** What the staging thread is told: stage these files, or end (renaming, or removing, them). */
type ToStager =
  | { stage: { indexes: number[]; targets: string[]; texts: string[] } }
  | { end: 'commit' | 'abort' };

/** An error of the staging thread, as the fields a new Error gets back. */
export interface StagingFailure {
  message: string;
  code?: string;
  errno?: number;
  syscall?: string;
  path?: string;
  dest?: string;
}

/** The staging thread's one answer, to `end`. */
interface FromStager {
  /** Indexes of the files it did not stage: not a regular file when it came to them. */
  left: number[];
  /** The first failure: staging stops there, and a commit renames nothing. */
  failure?: StagingFailure;
}

/** A batch goes to the staging thread at this many files, or this much text, whichever first. */
const BATCH_FILES = 32;
const BATCH_CHARS = 64 * 1024;

/** Renames in flight at once (libuv runs four at a time): each is a flush of the file's data. */
const RENAMES_AT_ONCE = 16;

/** The temporary of the file staged as `index`: `<file>.<pid>-s<index>.tmp`. */
function temporaryOf(target: string, index: number): string {
  return `${target}.${process.pid}-s${index}.tmp`;
}

/**
 * The staging thread, run alone (eval, CommonJS): only globals and node's own modules.
 * Mirrors writeAtomically for a regular file, with temporaryOf's names. A commit renames
 * RENAMES_AT_ONCE at a time and stops at the first failure, removing the temporaries left.
 */
const STAGING_THREAD = String.raw`
'use strict';
const fs = require('node:fs');
const { dirname } = require('node:path');
const { parentPort } = require('node:worker_threads');
const staged = [];
const left = [];
let failure;
const failed = (error) => {
  const out = { message: error instanceof Error ? error.message : String(error) };
  for (const field of ['code', 'errno', 'syscall', 'path', 'dest'])
    if (error && error[field] !== undefined) out[field] = error[field];
  return out;
};
const stage = (index, target, text) => {
  const stats = fs.lstatSync(target, { throwIfNoEntry: false });
  if (stats !== undefined && !stats.isFile()) {
    left.push(index);
    return;
  }
  const mode = stats === undefined ? undefined : stats.mode & 0o7777;
  if (mode === undefined) fs.mkdirSync(dirname(target), { recursive: true });
  const temporary = target + '.' + process.pid + '-s' + index + '.tmp';
  try {
    const fd = fs.openSync(temporary, 'wx', mode === undefined ? 0o666 : 0o600);
    try {
      fs.writeFileSync(fd, text);
      if (mode !== undefined) fs.fchmodSync(fd, mode);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    if (error.code !== 'EEXIST') fs.rmSync(temporary, { force: true });
    throw error;
  }
  staged.push({ temporary, target });
};
const removeAll = () => {
  for (const file of staged.splice(0))
    try {
      fs.rmSync(file.temporary, { force: true });
    } catch {}
};
const commit = async () => {
  let next = 0;
  const renameNext = async () => {
    while (failure === undefined && next < staged.length) {
      const file = staged[next++];
      try {
        await fs.promises.rename(file.temporary, file.target);
        file.renamed = true;
      } catch (error) {
        failure ??= failed(error);
      }
    }
  };
  await Promise.all(Array.from({ length: ${RENAMES_AT_ONCE} }, renameNext));
  const notRenamed = staged.filter((file) => !file.renamed);
  staged.length = 0;
  staged.push(...notRenamed);
  removeAll();
};
parentPort.on('message', (message) => {
  if (message.stage) {
    const { indexes, targets, texts } = message.stage;
    for (let i = 0; i < indexes.length && failure === undefined; i++)
      try {
        stage(indexes[i], targets[i], texts[i]);
      } catch (error) {
        failure = failed(error);
      }
    return;
  }
  const ending = message.end === 'commit' && failure === undefined ? commit() : removeAll();
  Promise.resolve(ending).then(() => {
    parentPort.postMessage(failure ? { left, failure } : { left });
    parentPort.close();
  });
});
`;

/** An Error with the fields of the staging thread's failure (code, errno, syscall, paths). */
function errorOf(failure: StagingFailure): Error {
  const { message, ...fields } = failure;
  return Object.assign(new Error(message), fields);
}

/** Writes being staged: hand each file over, then commit (or abort) them all. */
export interface StagedWrites {
  /** Stage `text` as the new content of `target` (an absolute path to a regular file). */
  stage(target: string, text: string): void;
  /**
   * Rename every staged file into place; throws the first failure to write one (and then
   * renames nothing). Returns the targets it did not write, for the caller to write directly:
   * those that were not regular files, or all of them when the thread failed.
   */
  commit(): Promise<string[]>;
  /** Remove every staged temporary: nothing is written. Does nothing after a commit. */
  abort(): Promise<void>;
  /** The texts staged, by target (the same strings, for a caller to check what it writes). */
  readonly texts: ReadonlyMap<string, string>;
}

/**
 * Start a staging thread (see the module's comment). `threadSource` replaces its source: for a
 * test of what happens when the thread fails.
 */
export function startStagedWrites(threadSource = STAGING_THREAD): StagedWrites {
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const worker: Worker = new Worker(threadSource, { eval: true });
  const targets: string[] = [];
  const texts = new Map<string, string>();
  // Listened to from the start: a thread that fails is an answer, never an uncaught error.
  const answered = new Promise<FromStager | undefined>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  let batch = { indexes: [] as number[], targets: [] as string[], texts: [] as string[] };
  let batchChars = 0;
  const send = () => {
    if (batch.indexes.length === 0) return;
    worker.postMessage({ stage: batch } satisfies ToStager);
    batch = { indexes: [], targets: [], texts: [] };
    batchChars = 0;
  };
  let endedAs: 'commit' | 'abort' | undefined;
  const end = (how: 'commit' | 'abort'): Promise<FromStager | undefined> => {
    if (endedAs === undefined) {
      endedAs = how;
      if (how === 'commit') send();
      worker.postMessage({ end: how } satisfies ToStager);
    }
    return answered;
  };
  /** After a thread failure: remove what it may have left, and leave every file to the caller. */
  const everyFileLeft = (): string[] => {
    targets.forEach((target, index) => rmSync(temporaryOf(target, index), { force: true }));
    return [...targets];
  };
  return {
    texts,
    stage(target, text) {
      if (endedAs) throw new Error('staged writes have ended: nothing more can be staged');
      texts.set(target, text);
      batch.indexes.push(targets.push(target) - 1);
      batch.targets.push(target);
      batch.texts.push(text);
      batchChars += text.length;
      if (batch.indexes.length >= BATCH_FILES || batchChars >= BATCH_CHARS) send();
    },
    async commit() {
      if (endedAs === 'abort') throw new Error('staged writes were aborted: nothing to commit');
      const answer = await end('commit');
      if (answer === undefined) return everyFileLeft();
      if (answer.failure) throw errorOf(answer.failure);
      return answer.left.map((index) => targets[index] ?? '');
    },
    async abort() {
      const answer = await end('abort');
      if (answer === undefined) everyFileLeft();
    },
  };
}
