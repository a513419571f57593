/**
 * The CLI's one entry: pick the command, parse its flags, run it inside the one error
 * boundary, and return the exit code (0 done, 1 failed or violations, 2 bad usage or input).
 */
import { resolve } from 'node:path';
import {
  ComponentTagsError,
  InputError,
  InvalidReferenceError,
  PromoteError,
  quote,
} from '@gitops-promote/core';
import { COMMANDS, type CommandEntry } from './commands/index.js';
import { type Command, type CommandContext, COMMON_FLAGS, commandHelp } from './command.js';
import { EXIT, EXIT_CODES_HELP, type ExitCode } from './exit-codes.js';
import { parseFlags, UsageError } from './flags.js';
import { cliVersion } from './version.js';
import { createTerminal, type OutputStream, type Terminal } from './terminal.js';

/** What a run is given: its arguments' streams, environment and directory. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'gitops-promote: carry a container image from the commit that built it to the environment',
    'that runs it, by Git alone. The same operations as the GitHub Actions, from a terminal or',
    'any CI system.',
    '',
    'Usage: gitops-promote <command> [flags]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'gitops-promote <command> --help' for a command's flags and an example.",
    'Flags of every command: -C/--workspace <dir>, --json, -h/--help. Also: gitops-promote --version.',
    'Credentials: GITHUB_TOKEN or GH_TOKEN for GitHub; ~/.docker/config.json ($DOCKER_CONFIG)',
    'auths, credsStore and credHelpers for registries. Set NO_COLOR to turn colour off.',
    '',
    EXIT_CODES_HELP,
    '',
  ].join('\n');
}

/** The error's message for a person, and its exit code. */
function describeError(error: unknown): { message: string; code: ExitCode; kind: string } {
  if (error instanceof UsageError)
    return { message: error.message, code: EXIT.usage, kind: error.name };
  if (error instanceof InputError)
    return {
      message: `Flag '--${error.input}': ${quote(error.value)} ${error.rule}`,
      code: EXIT.usage,
      kind: error.name,
    };
  if (error instanceof ComponentTagsError || error instanceof InvalidReferenceError)
    return { message: error.message, code: EXIT.usage, kind: error.name };
  if (error instanceof PromoteError)
    return { message: error.message, code: EXIT.failed, kind: error.name };
  const err = error instanceof Error ? error : new Error(String(error));
  return { message: `Unexpected error: ${err.message}`, code: EXIT.failed, kind: 'Error' };
}

/** Report an error on stderr (and as the JSON document with `--json`); its exit code. */
function reportError(
  error: unknown,
  command: CommandEntry,
  terminal: Terminal,
  env: NodeJS.ProcessEnv,
) {
  terminal.endProgress();
  const { message, code, kind } = describeError(error);
  terminal.err(terminal.paintErr('red', `gitops-promote ${command.name}: ${message}`));
  if (error instanceof UsageError)
    terminal.err(`Run 'gitops-promote ${command.name} --help' for its flags.`);
  if (
    code === EXIT.failed &&
    kind === 'Error' &&
    env.GITOPS_PROMOTE_DEBUG &&
    error instanceof Error
  )
    terminal.err(error.stack ?? '');
  if (terminal.json) terminal.document({ error: { kind, message, 'exit-code': code } });
  return code;
}

/** The subcommand the first argument names (`holds lift`), else the command itself. */
function pickSubcommand(command: Command, argv: string[]): { command: Command; args: string[] } {
  const [word, ...rest] = argv;
  const sub = word === undefined ? undefined : command.subcommands?.[word];
  return sub ? { command: sub, args: rest } : { command, args: argv };
}

async function runCommand(entry: CommandEntry, argv: string[], io: CliIo): Promise<ExitCode> {
  const wantsJson = argv.includes('--json');
  const terminal = createTerminal(io, wantsJson);
  try {
    const { command, args } = pickSubcommand(await entry.load(), argv);
    const flags = parseFlags(args, { ...command.flags, ...COMMON_FLAGS });
    if (flags.boolean('help')) {
      io.stdout.write(commandHelp(command, command.summary ?? entry.summary));
      return EXIT.done;
    }
    const context: CommandContext = {
      workspace: resolve(io.cwd, flags.text('workspace') || '.'),
      env: io.env,
    };
    return await command.run(flags, terminal, context);
  } catch (error) {
    return reportError(error, entry, terminal, io.env);
  }
}

/** Run `gitops-promote <argv>`; the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-V' || first === 'version') {
    io.stdout.write(`${cliVersion()}\n`);
    return EXIT.done;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(overview());
    return EXIT.done;
  }
  if (first === undefined) {
    io.stderr.write(overview());
    return EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    const names = COMMANDS.map((c) => c.name).join(', ');
    io.stderr.write(
      `gitops-promote: unknown command ${JSON.stringify(first)}. Commands: ${names}.\n`,
    );
    return EXIT.usage;
  }
  return runCommand(command, rest, io);
}
