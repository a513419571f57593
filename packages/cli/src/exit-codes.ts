/** The exit codes a script can rely on (documented in the README and every command's help). */
export const EXIT = {
  /** Done, or nothing to do, or waiting (a promotion gate holds every service: run again later). */
  done: 0,
  /** The check found violations, or the operation failed. */
  failed: 1,
  /** Bad usage or input: the message names the flag, the value and the rule. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_HELP =
  'Exit codes: 0 done (or nothing to do, or waiting on a promotion gate), 1 violations or\n' +
  'the operation failed, 2 bad usage or input.';
