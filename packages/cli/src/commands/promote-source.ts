/**
 * `gitops-promote resolve` and `retag`: emit-tags `mode: resolve | retag` over the core's
 * `promoteImages`. Choose each image's source tag (`--from-tag`, or a Flux-style `--policy`),
 * and in retag push every `--tags` tag onto the same manifest (no rebuild, same digest), then
 * record the result in component-tags.json as the action does.
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  formatComponentTags,
  InputError,
  isValidTag,
  mergeComponentTags,
  parseComponentTags,
  resolveInWorkspace,
  shortDigest,
  writeFileAtomic,
} from '@gitops-promote/core';
import {
  parseServiceImages,
  promoteImages,
  type SourceMode,
  type SourcePromotion,
  type SourceSpec,
} from '@gitops-promote/core/build';
import { GitCommandError, runGit } from '@gitops-promote/core/git';
import { parseTagPolicy } from '@gitops-promote/core/policy';
import { createRegistryClient } from '@gitops-promote/core/registry';
import type { Command, CommandContext } from '../command.js';
import { EXIT } from '../exit-codes.js';
import type { Flags, FlagSpecs } from '../flags.js';
import { readRegistryLogin } from '../registry-login.js';
import { formatTable } from '../table.js';
import type { Terminal } from '../terminal.js';
import { BUILD_FLAGS } from './build-flags.js';
import { readInsecureRegistries, REGISTRY_FLAGS } from './verify.js';

function readSource(flags: Flags): SourceSpec {
  const fromTag = flags.text('from-tag');
  const policy = flags.text('policy');
  if (fromTag !== '' && policy !== '')
    throw new InputError('from-tag', fromTag, "and '--policy' are both set; give one source");
  if (fromTag !== '') {
    if (!isValidTag(fromTag))
      throw new InputError(
        'from-tag',
        fromTag,
        'is not a valid tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})',
      );
    return { kind: 'tag', tag: fromTag };
  }
  if (policy === '')
    throw new InputError('policy', '', "is empty and so is '--from-tag': give a source");
  return {
    kind: 'policy',
    policy: parseTagPolicy({
      policy,
      filter: flags.text('policy-filter'),
      extract: flags.text('policy-extract'),
      order: flags.text('policy-order'),
    }),
  };
}

/** `--sha`, else HEAD of the workspace, else '' (the source's revision label usually gives it). */
async function fallbackSha(flags: Flags, workspace: string): Promise<string> {
  if (flags.text('sha') !== '') return flags.text('sha');
  try {
    return (await runGit(['rev-parse', 'HEAD'], { cwd: workspace })).stdout.trim();
  } catch (error) {
    if (error instanceof GitCommandError) return '';
    throw error;
  }
}

function writeRecord(path: string, name: string, result: SourcePromotion): string {
  const sources = existsSync(path)
    ? [{ name, tags: parseComponentTags(readFileSync(path, 'utf8'), name) }]
    : [];
  const json = formatComponentTags(
    mergeComponentTags([...sources, { name: 'source', tags: result.record }]),
  );
  writeFileAtomic(path, json);
  return json;
}

function printResult(result: SourcePromotion, terminal: Terminal): void {
  const rows = result.images.map(({ source }) => [
    source.service,
    `${source.repository}:${source.tag}`,
    shortDigest(source.digest),
    source.choice ? `${source.choice.listed} listed, ${source.choice.kept} kept` : 'from-tag',
  ]);
  terminal.out(formatTable(['SERVICE', 'SOURCE', 'DIGEST', 'CHOSEN'], rows, terminal.paint));
  const tags = result.images.flatMap(({ source, tags: planned }) =>
    planned.map((t) => [
      `${source.repository}:${t.tag}`,
      t.alias ? 'alias' : 'immutable',
      t.action === 'keep' ? 'already there' : result.dryRun ? `would ${t.action}` : `${t.action}ed`,
    ]),
  );
  if (tags.length > 0)
    terminal.out(`\n${formatTable(['TAG', 'KIND', 'RESULT'], tags, terminal.paint)}`);
}

function runner(mode: SourceMode) {
  return async (flags: Flags, terminal: Terminal, context: CommandContext) => {
    const source = readSource(flags);
    const imagesText = flags.lines('images').join('\n');
    if (imagesText === '')
      throw new InputError('images', '', 'is required: lines service=repository');
    const images = parseServiceImages(imagesText);
    const templates = flags.lines('tags');
    if (mode === 'retag' && templates.length === 0)
      throw new InputError(
        'tags',
        '',
        'is required in retag: the tags to push, e.g. --tags production',
      );
    const name = flags.text('component-tags-path', 'component-tags.json');
    const path = resolveInWorkspace(context.workspace, name, 'component-tags-path');
    const timestamp = flags.integer('timestamp', Math.floor(Date.now() / 1000), 0, 1e12);
    const login = readRegistryLogin(flags.lines('registry-auth').join('\n'), context.env);
    const registry = createRegistryClient({
      credentialsFor: login.credentialsFor,
      insecureRegistries: readInsecureRegistries(flags),
      userAgent: 'gitops-promote-cli',
    });
    try {
      terminal.progress(`${mode === 'retag' ? 'Retagging' : 'Resolving'} ${images.length} images`);
      const environment = flags.text('environment');
      const version = flags.text('version').replace(/^v/, '');
      const result = await promoteImages(registry, {
        mode,
        images,
        source,
        templates: templates.length > 0 ? templates : ['{{short_sha}}'],
        fallback: {
          sha: await fallbackSha(flags, context.workspace),
          ...(version ? { version } : {}),
          ...(environment ? { env: environment } : {}),
        },
        shortShaLength: flags.integer('short-sha-length', 7, 4, 40),
        timestamp,
        dryRun: flags.boolean('dry-run'),
      });
      terminal.endProgress();
      const json = result.dryRun
        ? formatComponentTags(result.record)
        : writeRecord(path, name, result);
      if (!result.dryRun) terminal.err(`Wrote ${name}`);
      const first = result.images[0];
      if (terminal.json)
        terminal.document({
          tags: result.images.flatMap((i) => i.tags.map((t) => `${i.source.repository}:${t.tag}`)),
          version: first?.version?.value ?? '',
          'source-tag': first?.source.tag ?? '',
          'source-digest': first?.source.digest ?? '',
          json,
          'component-tags-path': result.dryRun ? '' : path,
          pushed: result.pushed,
        });
      else printResult(result, terminal);
      return EXIT.done;
    } finally {
      registry.close();
    }
  };
}

const SOURCE_FLAGS: FlagSpecs = {
  images: BUILD_FLAGS.images as FlagSpecs[string],
  'from-tag': { type: 'string', value: '<tag>', description: 'The source tag, chosen by you.' },
  policy: {
    type: 'string',
    value: '<policy>',
    description:
      'Choose the source tag from the registry: semver:<range>, numerical or alphabetical.',
  },
  'policy-filter': {
    type: 'string',
    value: '<regex>',
    description: 'Only tags matching this (Flux syntax, (?P<name>…) groups).',
  },
  'policy-extract': {
    type: 'string',
    value: '<$1|$name>',
    description: 'Compare this part of the tag.',
  },
  'policy-order': {
    type: 'string',
    value: '<asc|desc>',
    description: 'asc picks the greatest.',
    default: 'asc',
  },
  sha: {
    type: 'string',
    value: '<commit>',
    description: 'For {{sha}} when the source has no revision label.',
  },
  version: {
    type: 'string',
    value: '<semver>',
    description: 'For {{version}} when the source has no version label.',
  },
  environment: { type: 'string', value: '<name>', description: 'For {{env}}.' },
  'short-sha-length': BUILD_FLAGS['short-sha-length'] as FlagSpecs[string],
  timestamp: {
    type: 'string',
    value: '<unix-seconds>',
    description: 'For {{timestamp}}.',
    default: 'now',
  },
  'component-tags-path': {
    type: 'string',
    value: '<path>',
    description: 'Where to record the result (merged with what is there).',
    default: 'component-tags.json',
  },
  'dry-run': { type: 'boolean', description: 'Say what would be pushed; push and write nothing.' },
  ...REGISTRY_FLAGS,
};

export const resolveCommand: Command = {
  name: 'resolve',
  usage: 'resolve --images <service=repo> (--from-tag <tag> | --policy <policy>) [flags]',
  flags: SOURCE_FLAGS,
  notes: [
    '--json prints {tags, version, source-tag, source-digest, json, component-tags-path, pushed}.',
  ],
  examples: [
    "resolve --images api=ghcr.io/acme/api --policy 'semver:>=1.0.0' --json",
    "resolve --images app=ghcr.io/acme/app --policy numerical --policy-filter '^staging-.*-(?P<ts>[0-9]+)$' --policy-extract '$ts'",
  ],
  run: runner('resolve'),
};

export const retagCommand: Command = {
  name: 'retag',
  usage:
    'retag --images <service=repo> (--from-tag <tag> | --policy <policy>) --tags <template> [flags]',
  flags: {
    ...SOURCE_FLAGS,
    tags: {
      type: 'string',
      multiple: true,
      value: '<template>',
      description: 'The tags to push; a tag without {{…}} is an alias that may move.',
    },
  },
  notes: [
    'An immutable tag that points elsewhere fails before anything is pushed; a re-run is a no-op.',
  ],
  examples: [
    "retag --images api=ghcr.io/acme/api --from-tag staging-1.4.2 --tags 'production-{{version}}' --tags production",
    "retag --images api=ghcr.io/acme/api --policy 'semver:1.x' --tags production --dry-run",
  ],
  run: runner('retag'),
};
