/**
 * `gitops-promote holds`: list the holds that rollbacks wrote in a config repository checkout
 * (`.gitops-promote/holds.yaml` by default), read and validated by the core's `parseHolds`.
 * Lifting a hold is deleting its entry (a reviewed commit); the CLI does not edit it yet.
 */
import { readFileSync } from 'node:fs';
import { resolveInWorkspace } from '@gitops-promote/core';
import { DEFAULT_HOLDS_FILE, parseHolds } from '@gitops-promote/core/promotion';
import type { Command, CommandContext } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { environmentFlag, type Flags } from '../flags.js';
import { formatTable } from '../table.js';
import type { Terminal } from '../terminal.js';

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
  terminal.err(`To lift a hold, delete its entry from ${name} and commit.`);
  return EXIT.done;
}

export const holdsCommand: Command = {
  name: 'holds',
  usage: 'holds [--environment <name>] [--holds-file <path>]',
  flags: {
    environment: {
      type: 'string',
      value: '<name>',
      description: 'Only the holds of this environment.',
    },
    'holds-file': {
      type: 'string',
      value: '<path>',
      description: 'The holds file in the config repository.',
      default: DEFAULT_HOLDS_FILE,
    },
  },
  notes: ['--json prints {holds-file, holds}.'],
  examples: ['holds --environment prod', 'holds -C ../config --json'],
  run,
};
