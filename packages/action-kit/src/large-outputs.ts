/**
 * Step outputs that fit GitHub's limits. The runner caps one step output at 1 MB (and a job's
 * outputs at 50 MB in all); past that the value is dropped or the step fails. A value over
 * SAFE_OUTPUT_BYTES is replaced by a short note, and the whole value is always written to a
 * file under RUNNER_TEMP, named by an output of its own (`changes-file`), so that a later step
 * can rely on the file whatever the size.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '@gitops-promote/core';
import { setOutput } from './step-outputs.js';
import { warning } from './workflow-commands.js';

/**
 * The largest output value set as is, in UTF-8 bytes: 512 KiB, half of GitHub's 1 MB cap, so
 * that the heredoc framing and a step's other outputs still fit beside it.
 */
export const SAFE_OUTPUT_BYTES = 512 * 1024;

/** The output that names the file holding the whole `changes` (or `violations`) value. */
export const CHANGES_FILE_OUTPUT = 'changes-file';

/** Whether `value` may be set as a step output as is. */
export function fitsOutput(value: string): boolean {
  return Buffer.byteLength(value, 'utf8') <= SAFE_OUTPUT_BYTES;
}

/** What an output too large to set holds instead: its size, and where the whole value is. */
export function tooLargeNote(bytes: number, fileOutput: string, path: string): string {
  return `Too large for a step output (${bytes} bytes, over ${SAFE_OUTPUT_BYTES}): the whole value is in the file named by the ${fileOutput} output, ${path}`;
}

/**
 * Write `text` to `fileName` in a new folder (`<prefix>XXXXXX`) under RUNNER_TEMP (the system's
 * temporary folder when the runner sets none: never the workspace, which a commit could take
 * in). Atomic; returns the path.
 */
export function writeRunnerTempFile(
  prefix: string,
  fileName: string,
  text: string | Iterable<string>,
): string {
  const base = process.env.RUNNER_TEMP || tmpdir();
  return writeFileAtomic(join(mkdtempSync(join(base, prefix)), fileName), text);
}

/**
 * Set output `name` to `value` when it fits, else to a note naming `fileOutput` (whose file at
 * `path` holds the whole value), with a warning. Returns whether the value was set as is.
 */
export function setBoundedOutput(
  name: string,
  value: string,
  file: { output: string; path: string },
): boolean {
  if (fitsOutput(value)) {
    setOutput(name, value);
    return true;
  }
  setTooLarge(name, Buffer.byteLength(value, 'utf8'), file);
  return false;
}

/** Set output `name`, whose value of `bytes` bytes is too large, to the note naming `file`. */
function setTooLarge(name: string, bytes: number, file: { output: string; path: string }): void {
  setOutput(name, tooLargeNote(bytes, file.output, file.path));
  warning(
    `The ${name} output (${bytes} bytes) is over the ${SAFE_OUTPUT_BYTES} bytes a step output can safely hold (GitHub caps one at 1 MB): it holds a note, and the whole value is in ${file.path} (the ${file.output} output).`,
  );
}

/**
 * Write `value`, the whole value of output `name`, to `file.name` in a new folder under
 * RUNNER_TEMP, always, and set output `file.output` to its path; then set `name` to the value
 * when it fits, else to a note naming that output. `action` names the folder. Returns the path.
 */
export function setFileBackedOutput(
  action: string,
  name: string,
  value: string,
  file: { output: string; name: string },
): string {
  const path = writeRunnerTempFile(`${action}-`, file.name, value);
  setOutput(file.output, path);
  setBoundedOutput(name, value, { output: file.output, path });
  return path;
}

/**
 * Write the JSON `value` of output `name` (`changes`, `violations`) to a file under RUNNER_TEMP,
 * always, and set `changes-file` to its path; then set `name` to the value when it fits, else to
 * a note. `action` names the file's folder. Returns the file's path.
 */
export function setChangesOutputs(action: string, name: string, value: string): string {
  return setFileBackedOutput(action, name, value, {
    output: CHANGES_FILE_OUTPUT,
    name: `${name}.json`,
  });
}

/** How many entries of a JSON array are serialised at a time when writing it in parts. */
const ENTRIES_PER_PART = 1_000;

/**
 * `JSON.stringify(items)` in parts of ENTRIES_PER_PART entries (their concatenation is that
 * text, byte for byte), calling `counted` with each part's UTF-8 size.
 */
function* jsonArrayParts(items: readonly unknown[], counted: (bytes: number) => void) {
  if (items.length === 0) {
    counted(2);
    yield '[]';
    return;
  }
  for (let start = 0; start < items.length; start += ENTRIES_PER_PART) {
    const entries = items
      .slice(start, start + ENTRIES_PER_PART)
      .map((item) => JSON.stringify(item));
    const end = start + ENTRIES_PER_PART >= items.length ? ']' : '';
    const part = `${start === 0 ? '[' : ','}${entries.join(',')}${end}`;
    counted(Buffer.byteLength(part, 'utf8'));
    yield part;
  }
}

/**
 * setChangesOutputs of the JSON array of `items`, without holding that whole text: the file is
 * written in parts, and the text is made whole only when it fits an output (else the note).
 * The file and the output hold exactly `JSON.stringify(items)`. Returns the file's path.
 */
export function setChangesOutputsOf(
  action: string,
  name: string,
  items: readonly unknown[],
): string {
  let bytes = 0;
  const parts = jsonArrayParts(items, (n) => (bytes += n));
  const path = writeRunnerTempFile(`${action}-`, `${name}.json`, parts);
  setOutput(CHANGES_FILE_OUTPUT, path);
  if (bytes <= SAFE_OUTPUT_BYTES) setOutput(name, JSON.stringify(items));
  else setTooLarge(name, bytes, { output: CHANGES_FILE_OUTPUT, path });
  return path;
}
