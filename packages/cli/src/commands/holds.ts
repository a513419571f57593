/**
 * `gitops-promote holds [list]`: list the holds that rollbacks wrote in a config repository
 * checkout (`.gitops-promote/holds.yaml` by default), read and validated by the core's
 * `parseHolds`. `holds lift`: remove a service's hold in an environment with the core's
 * byte-exact `liftHold`; a dry run by default (the diff), `--write` writes the file.
 */
import { readFileSync } from 'node:fs';
import { InputError, resolveInWorkspace, writeFileAtomic } from '@gitops-promote/core';
import { DEFAULT_HOLDS_FILE, liftHold, parseHolds } from '@gitops-promote/core/promotion';
import type { Command, CommandContext } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { environmentFlag, type Flags, type FlagSpecs } from '../flags.js';
import { formatTable } from '../table.js';
import type { Terminal } from '../terminal.js';
import { unifiedDiffs } from '../unified-diff.js';

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function run(flags: Flags, terminal: Terminal, context: CommandContext) {
  const name = flags.text('holds-file', DEFAULT_HOLDS_FILE);
  const environment = environmentFlag(flags, false);
  const path = resolveInWorkspace(context.workspace, name, 'holds-file');
  const file = parseHolds(name, readText(path));
  const holds = file.holds.filter((h) => environment === '' || h.environment === environment);
  if (terminal.json) {
    terminal.document({ 'holds-file': name, holds });
    return EXIT.done;
  }
  if (holds.length === 0) {
    terminal.err(`No hold in ${name}${environment ? ` for ${environment}` : ''}.`);
    return EXIT.done;
  }
  const rows = holds.map((h) => [
    h.service,
    h.environment,
    h.tag ?? '',
    h.digest ? h.digest.slice(0, 19) : '',
    h.commit.slice(0, 12),
    h.created,
    h.reason,
  ]);
  const headers = ['SERVICE', 'ENVIRONMENT', 'TAG', 'DIGEST', 'COMMIT', 'CREATED', 'REASON'];
  terminal.out(formatTable(headers, rows, terminal.paint));
  terminal.err(
    `To lift a hold: gitops-promote holds lift --service <name> --environment <name> --write`,
  );
  return EXIT.done;
}

/** Lift the hold: the diff (dry run) or the written file; no hold is bad input (exit 2). */
async function lift(flags: Flags, terminal: Terminal, context: CommandContext) {
  const service = flags.required('service', 'is required: the held service, e.g. api');
  const environment = environmentFlag(flags, true);
  const name = flags.text('holds-file', DEFAULT_HOLDS_FILE);
  const path = resolveInWorkspace(context.workspace, name, 'holds-file');
  const text = readText(path);
  const { text: after, lifted } = liftHold(name, text, { service, environment });
  if (lifted.length === 0)
    throw new InputError(
      'service',
      service,
      `has no hold in environment '${environment}' in ${name}; 'gitops-promote holds' lists them`,
    );
  const write = flags.boolean('write');
  if (write) writeFileAtomic(path, after);
  const file = { path: name, before: text ?? '', after };
  if (terminal.json)
    terminal.document({
      'holds-file': name,
      lifted,
      'dry-run': !write,
      diff: unifiedDiffs([file], (_, t) => t),
    });
  else terminal.out(unifiedDiffs([file], terminal.paint));
  const what = `${lifted.length === 1 ? 'the hold' : `${lifted.length} holds`} of ${service} in ${environment}`;
  terminal.err(
    write
      ? `Lifted ${what} in ${name}; commit it to take effect.`
      : `Would lift ${what} from ${name}; dry run: nothing written (--write writes it).`,
  );
  return EXIT.done;
}

const HOLDS_FILE_FLAG: FlagSpecs = {
  'holds-file': {
    type: 'string',
    value: '<path>',
    description: 'The holds file in the config repository.',
    default: DEFAULT_HOLDS_FILE,
  },
};

const listCommand: Command = {
  name: 'holds list',
  usage: 'holds [list] [--environment <name>] [--holds-file <path>]',
  flags: {
    environment: {
      type: 'string',
      value: '<name>',
      description: 'Only the holds of this environment.',
    },
    ...HOLDS_FILE_FLAG,
  },
  notes: ['--json prints {holds-file, holds}.'],
  examples: ['holds --environment prod', 'holds list -C ../config --json'],
  run,
};

const liftCommand: Command = {
  name: 'holds lift',
  summary: 'Lift a hold: remove its entry from the holds file, every other byte kept.',
  usage: 'holds lift --service <name> --environment <name> [--write] [--holds-file <path>]',
  flags: {
    service: { type: 'string', value: '<name>', description: 'The held service.' },
    environment: {
      type: 'string',
      value: '<name>',
      description: 'The environment it is held in.',
    },
    ...HOLDS_FILE_FLAG,
    'dry-run': {
      type: 'boolean',
      description: 'Print the diff and write nothing (the default).',
    },
    write: { type: 'boolean', description: 'Write the holds file (then commit it).' },
  },
  notes: [
    'stdout is the unified diff of the holds file (a patch for `git apply`). Every entry of the service in the environment is removed.',
    '--json prints {holds-file, lifted, dry-run, diff}.',
  ],
  examples: [
    'holds lift --service api --environment prod',
    'holds lift --service api --environment prod --write && git commit -am "chore: lift the hold of api in prod"',
  ],
  run: (flags, terminal, context) => {
    if (flags.boolean('write') && flags.boolean('dry-run'))
      throw new InputError('dry-run', 'true', 'cannot be combined with --write');
    return lift(flags, terminal, context);
  },
};

/** `holds` alone lists, as before; `holds list` and `holds lift` name the subcommand. */
export const holdsCommand: Command = {
  ...listCommand,
  name: 'holds',
  subcommands: { list: listCommand, lift: liftCommand },
};
