/**
 * Reads an action's stdout the way the GitHub runner does, to prove what it would run: lines end
 * at LF, CRLF or a lone CR; a line is a command when, after leading white space, it starts with
 * `::name` (or holds a v1 `##[name]`), unless `::stop-commands::<token>` has paused commands
 * until `::<token>::`.
 */

/** A command the runner would act on. */
export interface RunnerCommand {
  name: string;
  /** The text after the second `::` (still escaped). */
  data: string;
  line: string;
}

const V2 = /^::([A-Za-z0-9_-]+)(?: [^:]*)?::(.*)$/s;
const V1 = /##\[([A-Za-z0-9_-]+)(?: [^\]]*)?\](.*)$/s;

/** The command a line holds, or undefined. */
function commandOf(line: string): RunnerCommand | undefined {
  const trimmed = line.trimStart();
  const match = V2.exec(trimmed) ?? V1.exec(line);
  return match ? { name: match[1] as string, data: match[2] as string, line } : undefined;
}

/** The commands the runner would run, in order, and the lines it would show as text. */
export function readRunnerLog(stdout: string): { commands: RunnerCommand[]; text: string[] } {
  const commands: RunnerCommand[] = [];
  const text: string[] = [];
  let resumeToken: string | undefined;
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    if (resumeToken !== undefined) {
      if (line.trim() === `::${resumeToken}::`) resumeToken = undefined;
      else text.push(line);
      continue;
    }
    const command = commandOf(line);
    if (command === undefined) {
      text.push(line);
      continue;
    }
    commands.push(command);
    if (command.name === 'stop-commands') resumeToken = command.data;
  }
  return { commands, text };
}

/** The payloads a test writes into data to try to inject commands. */
export const INJECTIONS = [
  '1.0\n::stop-commands::X',
  '1.0\r::add-mask::1.0',
  '1.0\r\n  ::set-output name=pwned::yes',
  '::error::forged',
  'a ##[set-env name=PWNED;]yes',
] as const;

/**
 * The commands in `stdout` that only the payloads of `INJECTIONS` could have issued: a
 * `stop-commands` whose token is not one of ours, a mask of `1.0`, any `set-output` or
 * `set-env`, an error that says only `forged`.
 */
export function injectedCommands(stdout: string): RunnerCommand[] {
  return readRunnerLog(stdout).commands.filter(
    (c) =>
      (c.name === 'stop-commands' && !c.data.startsWith('gitops-promote-')) ||
      (c.name === 'add-mask' && c.data.startsWith('1.0')) ||
      c.name === 'set-output' ||
      c.name === 'set-env' ||
      (c.name === 'error' && c.data === 'forged'),
  );
}
