/**
 * The step's standard output, written with writeSync on file descriptor 1. `process.stdout` is
 * made on first use, and for a pipe (what a runner gives a step) making it loads node:net and
 * node:stream: about a tenth of an action's start-up, for lines that a plain write(2) carries as
 * well. The writes stay in order and synchronous, as process.stdout's are for pipes and files.
 * Should the descriptor be non-blocking and full (EAGAIN), the rest goes through
 * process.stdout, which waits for the reader.
 */
import { writeSync } from 'node:fs';

/** Set once a write met EAGAIN: from then on every write goes through process.stdout. */
let viaStream = false;

/** Where the runner commands and log lines go (tests replace `write`). */
export const stdout = {
  /** Write `text` (UTF-8) to standard output, whole. */
  write(text: string): void {
    if (viaStream) {
      process.stdout.write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    try {
      while (offset < bytes.length) offset += writeSync(1, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      viaStream = true;
      process.stdout.write(bytes.subarray(offset));
    }
  },
};
