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
export function writeRunnerTempFile(prefix: string, fileName: string, text: string): string {
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
  const bytes = Buffer.byteLength(value, 'utf8');
  setOutput(name, tooLargeNote(bytes, file.output, file.path));
  warning(
    `The ${name} output (${bytes} bytes) is over the ${SAFE_OUTPUT_BYTES} bytes a step output can safely hold (GitHub caps one at 1 MB): it holds a note, and the whole value is in ${file.path} (the ${file.output} output).`,
  );
  return false;
}

/**
 * Write the JSON `value` of output `name` (`changes`, `violations`) to a file under RUNNER_TEMP,
 * always, and set `changes-file` to its path; then set `name` to the value when it fits, else to
 * a note. `action` names the file's folder. Returns the file's path.
 */
export function setChangesOutputs(action: string, name: string, value: string): string {
  const path = writeRunnerTempFile(`${action}-`, `${name}.json`, value);
  setOutput(CHANGES_FILE_OUTPUT, path);
  setBoundedOutput(name, value, { output: CHANGES_FILE_OUTPUT, path });
  return path;
}
