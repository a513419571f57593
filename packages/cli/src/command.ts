/** A command of the CLI: its flags, its help, and what it runs. */
import { EXIT_CODES_HELP, type ExitCode } from './exit-codes.js';
import type { Flags, FlagSpecs } from './flags.js';
import type { Terminal } from './terminal.js';

/** What every command is given besides its flags. */
export interface CommandContext {
  /** The directory the command works in (`--workspace`, else the current directory). */
  workspace: string;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  name: string;
  /** The synopsis after `gitops-promote`, e.g. `bump --files <glob> [flags]`. */
  usage: string;
  /** Command lines shown under "Examples", without the leading `gitops-promote`. */
  examples: string[];
  flags: FlagSpecs;
  /** Extra paragraphs for `--help` (what `--json` prints, what the command writes). */
  notes?: string[];
  /** The head line of `--help` when it is not the command list's (a subcommand's). */
  summary?: string;
  /** Subcommands by their word (`holds lift`): `gitops-promote <name> <word> [flags]`. */
  subcommands?: Readonly<Record<string, Command>>;
  run(flags: Flags, terminal: Terminal, context: CommandContext): Promise<ExitCode>;
}

/** The flags every command takes. */
export const COMMON_FLAGS: FlagSpecs = {
  workspace: {
    type: 'string',
    short: 'C',
    value: '<dir>',
    description: 'Work in this directory (the checkout).',
    default: 'the current directory',
  },
  json: {
    type: 'boolean',
    description:
      "Print one JSON document on stdout with the action's output names; messages stay on stderr.",
  },
  help: { type: 'boolean', short: 'h', description: 'Show this help.' },
};

function flagLabel(name: string, spec: FlagSpecs[string]): string {
  const short = spec.short ? `-${spec.short}, ` : '    ';
  return `${short}--${name}${spec.type === 'string' ? ` ${spec.value ?? '<value>'}` : ''}`;
}

const HELP_WIDTH = 100;

/** `text` broken into lines of at most `width` characters, at spaces. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/** Lines of `  label  description`, descriptions aligned and wrapped under themselves. */
function flagLines(specs: FlagSpecs): string[] {
  const entries = Object.entries(specs);
  const labels = entries.map(([name, spec]) => flagLabel(name, spec));
  const width = Math.max(...labels.map((l) => l.length));
  const indent = ' '.repeat(width + 4);
  return entries.flatMap(([, spec], i) => {
    const more = spec.multiple ? ' Repeatable.' : '';
    const fallback = spec.default ? ` Default: ${spec.default}.` : '';
    const [first, ...rest] = wrapWords(
      `${spec.description}${more}${fallback}`,
      HELP_WIDTH - width - 4,
    );
    return [
      `  ${(labels[i] as string).padEnd(width)}  ${first}`,
      ...rest.map((l) => `${indent}${l}`),
    ];
  });
}

/** The text of `gitops-promote <command> --help`. */
export function commandHelp(command: Command, summary: string): string {
  return [
    ...wrapWords(`gitops-promote ${command.name}: ${summary}`, HELP_WIDTH),
    '',
    ...wrapWords(`Usage: gitops-promote ${command.usage}`, HELP_WIDTH),
    '',
    'Flags:',
    ...flagLines({ ...command.flags, ...COMMON_FLAGS }),
    ...(command.notes ?? []).flatMap((note) => ['', ...wrapWords(note, HELP_WIDTH)]),
    '',
    'Examples:',
    ...command.examples.map((e) => `  $ gitops-promote ${e}`),
    '',
    EXIT_CODES_HELP,
    '',
  ].join('\n');
}
