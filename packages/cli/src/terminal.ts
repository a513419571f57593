/**
 * Where the CLI writes: results on stdout (a table, a diff, or one JSON document with
 * `--json`), messages and progress on stderr. Colour only on a TTY, never with NO_COLOR.
 * ANSI codes are written here rather than with a colour package: six styles, decided per
 * stream, with NO_COLOR and FORCE_COLOR read from the environment the CLI is given.
 */

/** A stream the CLI writes to: process.stdout and process.stderr, or a test's. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export type Style = 'red' | 'green' | 'yellow' | 'cyan' | 'bold' | 'dim';

const CODES: Record<Style, [number, number]> = {
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  bold: [1, 22],
  dim: [2, 22],
};

/** Paints text in a style, or returns it as it is when the stream gets no colour. */
export type Paint = (style: Style, text: string) => string;

/** Whether `stream` gets colour: FORCE_COLOR (not 0) forces it, NO_COLOR or a pipe turn it off. */
export function wantsColour(stream: OutputStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

function painter(colour: boolean): Paint {
  if (!colour) return (_, text) => text;
  return (style, text) => `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m`;
}

export interface Terminal {
  /** `--json`: stdout gets one JSON document, nothing else. */
  readonly json: boolean;
  /** Human output on stdout (never written with `--json`). */
  out(text: string): void;
  /** A message on stderr. */
  err(text: string): void;
  /** One JSON document on stdout. */
  document(value: unknown): void;
  paint: Paint;
  paintErr: Paint;
  /** Replace the progress line on stderr (a TTY only; elsewhere nothing). */
  progress(text: string): void;
  /** Clear the progress line. */
  endProgress(): void;
}

export interface TerminalStreams {
  stdout: OutputStream;
  stderr: OutputStream;
  env: NodeJS.ProcessEnv;
}

/** The terminal of one run. */
export function createTerminal(streams: TerminalStreams, json: boolean): Terminal {
  const { stdout, stderr, env } = streams;
  const showsProgress = stderr.isTTY === true && env.TERM !== 'dumb';
  let progressShown = false;
  const endProgress = () => {
    if (progressShown) stderr.write('\r\u001b[2K');
    progressShown = false;
  };
  return {
    json,
    out: (text) => {
      if (!json) stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    err: (text) => {
      endProgress();
      stderr.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    document: (value) => stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    paint: painter(!json && wantsColour(stdout, env)),
    paintErr: painter(wantsColour(stderr, env)),
    progress: (text) => {
      if (!showsProgress) return;
      stderr.write(`\r\u001b[2K${text}`);
      progressShown = true;
    },
    endProgress,
  };
}
