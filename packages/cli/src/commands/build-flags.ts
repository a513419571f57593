/**
 * The flags `tags` and `record` share (emit-tags' inputs), read into the core's TagsRequest.
 * Where the action reads the runner's context, the CLI asks Git in the workspace: the commit
 * is HEAD unless `--sha` names one, `{{branch}}` the current branch unless `--ref-name` does.
 */
import { InputError } from '@gitops-promote/core';
import { parseServiceImages, type TagsRequest } from '@gitops-promote/core/build';
import { GitCommandError, runGit } from '@gitops-promote/core/git';
import type { CommandContext } from '../command.js';
import type { FlagSpecs, Flags } from '../flags.js';

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** git's trimmed stdout in the workspace, or '' when git cannot tell (not a repository). */
async function tryGit(cwd: string, args: string[]): Promise<string> {
  try {
    return (await runGit(args, { cwd })).stdout.trim();
  } catch (error) {
    if (error instanceof GitCommandError) return '';
    throw error;
  }
}

async function readSha(flags: Flags, workspace: string): Promise<string> {
  const sha = flags.text('sha') || (await tryGit(workspace, ['rev-parse', 'HEAD']));
  if (sha === '')
    throw new InputError(
      'sha',
      sha,
      'is empty and the workspace is not a Git checkout; give the commit the images are built from',
    );
  if (!FULL_SHA.test(sha))
    throw new InputError('sha', sha, 'must be a full commit SHA: 40 lowercase hex digits');
  return sha;
}

function readTimestamp(flags: Flags): number | undefined {
  const value = flags.text('timestamp');
  if (value === '') return undefined;
  if (!/^[0-9]{1,12}$/.test(value))
    throw new InputError('timestamp', value, 'must be Unix seconds (a whole number)');
  return Number(value);
}

/** The current branch, '' on a detached HEAD. */
async function readRefName(flags: Flags, workspace: string): Promise<string> {
  if (flags.has('ref-name')) return flags.text('ref-name');
  const branch = await tryGit(workspace, ['rev-parse', '--abbrev-ref', 'HEAD']);
  return branch === 'HEAD' ? '' : branch;
}

/** The request to compute a build's tags and labels from the flags. */
export async function readTagsRequest(flags: Flags, context: CommandContext): Promise<TagsRequest> {
  const templates = flags.lines('tags');
  const imagesText = flags.lines('images').join('\n');
  if (imagesText === '')
    throw new InputError(
      'images',
      '',
      'is required: lines service=repository, e.g. --images api=ghcr.io/acme/api',
    );
  const timestamp = readTimestamp(flags);
  return {
    workspace: context.workspace,
    images: parseServiceImages(imagesText),
    templates: templates.length > 0 ? templates : ['{{short_sha}}'],
    environment: flags.text('environment'),
    version: flags.text('version'),
    sha: await readSha(flags, context.workspace),
    shortShaLength: flags.integer('short-sha-length', 7, 4, 40),
    ...(timestamp === undefined ? {} : { timestamp }),
    refName: await readRefName(flags, context.workspace),
    runNumber: flags.text('run-number'),
    repository: flags.text('repository'),
    serverUrl: flags.text('server-url', 'https://github.com'),
  };
}

/** emit-tags' inputs for a build, as flags. */
export const BUILD_FLAGS: FlagSpecs = {
  images: {
    type: 'string',
    multiple: true,
    value: '<service=repo>',
    description: 'service=repository of each image the build pushes, e.g. api=ghcr.io/acme/api.',
  },
  tags: {
    type: 'string',
    multiple: true,
    value: '<template>',
    description:
      'Tag templates: {{sha}}, {{short_sha}}, {{version}}, {{env}}, {{timestamp}}, {{branch}}, {{run_number}}.',
    default: '{{short_sha}}',
  },
  environment: { type: 'string', value: '<name>', description: 'The environment for {{env}}.' },
  version: {
    type: 'string',
    value: '<semver>',
    description: 'The version for {{version}}.',
    default: 'release-please manifest, v* Git tags, then package.json',
  },
  sha: {
    type: 'string',
    value: '<commit>',
    description: 'The full commit SHA the images are built from.',
    default: 'HEAD of the workspace',
  },
  'short-sha-length': {
    type: 'string',
    value: '<n>',
    description: 'Length of {{short_sha}} and of the recorded sha (4 to 40).',
    default: '7',
  },
  timestamp: {
    type: 'string',
    value: '<unix-seconds>',
    description: 'For {{timestamp}} and the created label.',
    default: 'the commit time of --sha',
  },
  'ref-name': {
    type: 'string',
    value: '<branch>',
    description: 'For {{branch}}.',
    default: 'the current branch',
  },
  'run-number': { type: 'string', value: '<n>', description: 'For {{run_number}}.' },
  repository: {
    type: 'string',
    value: '<owner/name>',
    description: 'The source repository, for the org.opencontainers.image.source label.',
  },
  'server-url': {
    type: 'string',
    value: '<url>',
    description: 'The forge the repository is on, for the source label.',
    default: 'https://github.com',
  },
};
