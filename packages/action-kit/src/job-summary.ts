/**
 * The job summary (GITHUB_STEP_SUMMARY), written as @actions/core 3's `summary` writes it:
 * text collected with `addRaw` is appended by `write`. Only the part the actions use.
 *
 * The file is checked and appended with synchronous calls: node:fs/promises would load its
 * module and start libuv's thread pool (four threads) for two calls at the end of a run, a
 * few milliseconds of every action's start-up for nothing.
 */
import { accessSync, appendFileSync, constants } from 'node:fs';
import { EOL } from 'node:os';

/** Collects Markdown and appends it to the step's summary file. */
export class JobSummary {
  private buffer = '';
  private path: string | undefined;

  /** Add `text` as is (and an end of line when `addEOL`). */
  addRaw(text: string, addEOL = false): this {
    this.buffer += addEOL ? text + EOL : text;
    return this;
  }

  /** Append what was added to the summary file and empty the buffer (async, as in @actions/core). */
  async write(): Promise<this> {
    const path = this.filePath();
    appendFileSync(path, this.buffer, { encoding: 'utf8' });
    this.buffer = '';
    return this;
  }

  /** GITHUB_STEP_SUMMARY, checked once to be readable and writable. */
  private filePath(): string {
    if (this.path) return this.path;
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path)
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
      );
    try {
      accessSync(path, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(
        `Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`,
      );
    }
    this.path = path;
    return path;
  }
}

/** The summary of this step. */
export const summary = new JobSummary();
