/**
 * `gitops-promote record`: emit-tags with digests: record what a build pushed in
 * component-tags.json, merged over the file already there and over `--merge` files (the CLI's
 * counterpart of `merge-artifacts`, for records a matrix left as files).
 */
import { existsSync } from 'node:fs';
import { resolveInWorkspace, shortDigest, writeFileAtomic } from '@gitops-promote/core';
import {
  computeTags,
  mergeRecords,
  type NamedComponentTags,
  parseServiceDigests,
} from '@gitops-promote/core/build';
import type { Command, CommandContext } from '../command.js';
import { loadComponentTags } from '../component-tags-file.js';
import { EXIT } from '../exit-codes.js';
import type { Flags } from '../flags.js';
import { formatTable } from '../table.js';
import type { Terminal } from '../terminal.js';
import { BUILD_FLAGS, readTagsRequest } from './build-flags.js';
import { buildLog } from './tags.js';

function mergedFiles(flags: Flags, workspace: string): NamedComponentTags[] {
  return flags.lines('merge').map((path) => ({
    name: path,
    tags: loadComponentTags(workspace, path, 'merge'),
  }));
}

async function run(flags: Flags, terminal: Terminal, context: CommandContext) {
  const request = await readTagsRequest(flags, context);
  // Everything that can be refused is checked before anything is written.
  const digests = parseServiceDigests(flags.lines('digests').join('\n'), request.images);
  const path = flags.text('component-tags-path', 'component-tags.json');
  const outputPath = resolveInWorkspace(context.workspace, path, 'component-tags-path');
  const artifacts = mergedFiles(flags, context.workspace);
  const existing = existsSync(outputPath)
    ? { name: path, tags: loadComponentTags(context.workspace, path, 'component-tags-path') }
    : undefined;
  const computed = await computeTags(request, buildLog(terminal));
  const { merged, json } = mergeRecords({
    ...(existing ? { existing } : {}),
    artifacts,
    recorded: { ...request, digests, tag: computed.tags[0] as string },
  });
  writeFileAtomic(outputPath, json);
  terminal.err(`Wrote ${path} (${Object.keys(merged).length} services)`);
  if (terminal.json) {
    terminal.document({ json, 'component-tags-path': outputPath, tags: computed.references });
    return EXIT.done;
  }
  const rows = Object.entries(merged).map(([service, e]) => [
    service,
    e.image ?? '',
    e.tag,
    shortDigest(e.digest),
    e.sha ?? '',
  ]);
  terminal.out(formatTable(['SERVICE', 'IMAGE', 'TAG', 'DIGEST', 'COMMIT'], rows, terminal.paint));
  return EXIT.done;
}

export const recordCommand: Command = {
  name: 'record',
  usage: 'record --images <service=repo> --digests <service=sha256:…> [flags]',
  flags: {
    ...BUILD_FLAGS,
    digests: {
      type: 'string',
      multiple: true,
      value: '<service=digest>',
      description: 'service=sha256:… of each image pushed (docker/build-push-action’s digest).',
    },
    'component-tags-path': {
      type: 'string',
      value: '<path>',
      description: 'Where to write component-tags.json; an existing file is merged, not lost.',
      default: 'component-tags.json',
    },
    merge: {
      type: 'string',
      multiple: true,
      value: '<path>',
      description:
        'Other component-tags files to merge in (a matrix’s records), before the digests.',
    },
  },
  notes: ['--json prints {json, component-tags-path, tags}: the action outputs.'],
  examples: [
    'record --images api=ghcr.io/acme/api --digests api=sha256:0123…cdef',
    'record --images web=ghcr.io/acme/web --digests "web=$(cat web.digest)" --merge api.json --json',
  ],
  run,
};
