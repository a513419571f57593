/** `gitops-promote tags`: emit-tags' compute: the tags and OCI labels a build pushes. */
import { type BuildLog, computeTags } from '@gitops-promote/core/build';
import type { Command, CommandContext } from '../command.js';
import { EXIT } from '../exit-codes.js';
import type { Flags } from '../flags.js';
import type { Terminal } from '../terminal.js';
import { BUILD_FLAGS, readTagsRequest } from './build-flags.js';

/** The build wing's log on stderr: notes dimmed, warnings in yellow. */
export function buildLog(terminal: Terminal): BuildLog {
  return {
    info: (message) => terminal.err(terminal.paintErr('dim', message)),
    warning: (message) => terminal.err(terminal.paintErr('yellow', `warning: ${message}`)),
  };
}

async function run(flags: Flags, terminal: Terminal, context: CommandContext) {
  const request = await readTagsRequest(flags, context);
  const computed = await computeTags(request, buildLog(terminal));
  if (terminal.json) {
    terminal.document({
      tags: computed.references,
      labels: computed.labels,
      version: computed.version,
    });
    return EXIT.done;
  }
  terminal.out(computed.references.join('\n'));
  if (flags.boolean('labels')) terminal.out(computed.labels.join('\n'));
  return EXIT.done;
}

export const tagsCommand: Command = {
  name: 'tags',
  usage: 'tags --images <service=repo> [--tags <template>] [flags]',
  flags: {
    ...BUILD_FLAGS,
    labels: { type: 'boolean', description: 'Print the OCI labels after the references.' },
  },
  notes: [
    'stdout: one full reference per line (then the labels, with --labels), for `docker build -t`.',
    '--json prints {tags, labels, version}: the action outputs, as lists.',
  ],
  examples: [
    "tags --images api=ghcr.io/acme/api --tags '{{short_sha}}' --tags 'sha-{{sha}}' --tags latest",
    "tags --images api=ghcr.io/acme/api --tags 'v{{version}}' --version 1.4.2 --json",
  ],
  run,
};
