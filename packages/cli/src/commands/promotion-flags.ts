/**
 * What `promote` and `rollback` share: the GitHub connection (token from GITHUB_TOKEN or
 * GH_TOKEN, never printed; the API at --api-url or GITHUB_API_URL), the pull request flags
 * named like open-promotion-pr's inputs, and the result as a table or the action's outputs.
 * The flag rules are the action's settings.ts rules, read from argv instead of INPUT_*.
 */
import { type Change, InputError } from '@gitops-promote/core';
import { createGitHubApi } from '@gitops-promote/action-kit/github';
import {
  type AutoMergeMethod,
  checkBranchName,
  checkRepositoryPath,
  DEFAULT_HOLDS_FILE,
  type GitHubApi,
  operationDone,
  type PromotionLog,
  type PromotionResult,
  type RepositoryName,
  type SourceRepository,
} from '@gitops-promote/core/promotion';
import type { CommandContext } from '../command.js';
import { type Flags, type FlagSpecs, UsageError } from '../flags.js';
import { formatTable } from '../table.js';
import type { Terminal } from '../terminal.js';

/** The API and who calls it, plus the repository the pull request goes to. */
export interface GitHubConnection {
  api: GitHubApi;
  repository: RepositoryName;
  /** Where source commits are linked from (GITHUB_SERVER_URL, else https://github.com). */
  serverUrl: string;
}

const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;

/** `--repository owner/name`, else GITHUB_REPOSITORY (a CI run's own repository). */
function repositoryFlag(flags: Flags, env: NodeJS.ProcessEnv, name = 'repository') {
  const value = flags.text(name) || (name === 'repository' ? (env.GITHUB_REPOSITORY ?? '') : '');
  if (value === '' && name === 'repository')
    throw new InputError(name, '', 'is required: the config repository as owner/name');
  const match = REPOSITORY.exec(value);
  if (!match) throw new InputError(name, value, 'must be a repository as owner/name');
  return { owner: match[1] as string, repo: match[2] as string };
}

/** `--api-url`, else GITHUB_API_URL, else GitHub.com's API; an http(s) URL. */
function apiUrlFlag(flags: Flags, env: NodeJS.ProcessEnv): string {
  const value = flags.text('api-url') || env.GITHUB_API_URL || 'https://api.github.com';
  if (!/^https?:\/\/[^\s/]+/.test(value))
    throw new InputError('api-url', value, 'must be an http(s) URL, e.g. https://api.github.com');
  return value.replace(/\/+$/, '');
}

/** The token a person has: GITHUB_TOKEN, else GH_TOKEN (the GitHub CLI's). */
function tokenOf(env: NodeJS.ProcessEnv): string {
  const token = (env.GITHUB_TOKEN || env.GH_TOKEN || '').trim();
  if (token === '')
    throw new UsageError(
      'No GitHub token: set GITHUB_TOKEN or GH_TOKEN to a token that can write contents and ' +
        'pull requests of the repository (e.g. GH_TOKEN=$(gh auth token)).',
    );
  return token;
}

/** Connect to GitHub for the repository the flags name; rate limits are warned on stderr. */
export async function connectGitHub(
  flags: Flags,
  terminal: Terminal,
  context: CommandContext,
): Promise<GitHubConnection> {
  const repository = repositoryFlag(flags, context.env);
  const apiUrl = apiUrlFlag(flags, context.env);
  const token = tokenOf(context.env);
  const warn = (message: string) =>
    terminal.err(terminal.paintErr('yellow', `warning: ${message}`));
  const api = await createGitHubApi(token, apiUrl, { warn, env: context.env });
  return { api, repository, serverUrl: context.env.GITHUB_SERVER_URL || 'https://github.com' };
}

/** `--source-repository owner/name` for links to the commits images were built from. */
export function sourceOf(flags: Flags, connection: GitHubConnection): SourceRepository {
  const given = flags.text('source-repository');
  if (given === '') return { serverUrl: connection.serverUrl, repository: '' };
  const { owner, repo } = repositoryFlag(flags, {}, 'source-repository');
  return { serverUrl: connection.serverUrl, repository: `${owner}/${repo}` };
}

function labelsFlag(flags: Flags): string[] {
  const labels = flags.list('labels');
  for (const label of labels)
    if (label.length > 50) throw new InputError('labels', label, 'is longer than 50 characters');
  return labels;
}

function autoMergeFlag(flags: Flags): AutoMergeMethod | false {
  const choice = flags.choice(
    'auto-merge',
    ['false', 'merge', 'squash', 'rebase'] as const,
    'false',
  );
  return choice === 'false' ? false : choice;
}

/** `--holds-file`: a relative path in the repository (the action's rule); empty: the default. */
export function holdsFileFlag(flags: Flags): string {
  return checkRepositoryPath('holds-file', flags.text('holds-file') || DEFAULT_HOLDS_FILE);
}

/** The request fields `promote` and `rollback` share (open-promotion-pr's commonRequest). */
export function commonRequest(
  flags: Flags,
  connection: GitHubConnection,
  environment: string,
  defaultBranch: string,
) {
  return {
    repository: connection.repository,
    base: flags.text('base'),
    environment,
    branch: checkBranchName(flags.text('branch') || defaultBranch),
    titleTemplate: flags.text('title'),
    bodyTemplate: flags.text('body'),
    labels: labelsFlag(flags),
    reviewers: flags.list('reviewers'),
    teamReviewers: flags.list('team-reviewers').map((t) => t.slice(t.lastIndexOf('/') + 1)),
    draft: flags.boolean('draft'),
    autoMerge: autoMergeFlag(flags),
    source: sourceOf(flags, connection),
    holds: { path: holdsFileFlag(flags), ignore: flags.boolean('ignore-holds') },
  };
}

/** The log of the core's use case: notes with --verbose, warnings always, on stderr. */
export function promotionLog(terminal: Terminal, verbose: boolean): PromotionLog {
  return {
    info: (message) => {
      if (verbose) terminal.err(terminal.paintErr('dim', message));
    },
    warning: (message, where) =>
      terminal.err(
        terminal.paintErr(
          'yellow',
          `warning: ${where ? `${where.file}:${where.line}: ` : ''}${message}`,
        ),
      ),
  };
}

const short = (value: string) => (value.startsWith('sha256:') ? value.slice(0, 19) : value);

/** The changes as an aligned table: where, what, from, to. */
export function changesTable(changes: readonly Change[], terminal: Terminal): string {
  const rows = changes.map((c) => [
    c.service,
    `${c.file}:${c.line}`,
    c.field,
    { text: short(c.from) || '-', style: 'red' as const },
    { text: short(c.to), style: 'green' as const },
  ]);
  return formatTable(['SERVICE', 'FILE', 'FIELD', 'FROM', 'TO'], rows, terminal.paint);
}

/** The action's outputs, as `--json` prints them (numbers and lists as JSON, not strings). */
export function resultDocument(result: PromotionResult) {
  return {
    operation: result.operation,
    'pull-request-number': result.pullRequest?.number ?? null,
    'pull-request-url': result.pullRequest?.url ?? '',
    branch: result.branch,
    'commit-sha': result.commitSha,
    changes: result.plan.changes,
  };
}

/** The human result: what happened to which pull request, then the table of changes. */
export function printResult(result: PromotionResult, terminal: Terminal): void {
  if (result.operation === 'none') {
    terminal.err('Nothing to change: every value already holds its target. No pull request.');
    return;
  }
  if (result.operation === 'waiting') {
    terminal.err('Waiting: a promotion gate holds every service. No pull request.');
    return;
  }
  const pull = result.pullRequest;
  const link = pull ? `pull request #${pull.number} ${terminal.paint('cyan', pull.url)}` : '';
  terminal.out(`${operationDone(result.operation)} ${link}`);
  terminal.out(`Branch ${result.branch} at ${result.commitSha.slice(0, 12)}.`);
  terminal.out('');
  terminal.out(changesTable(result.plan.changes, terminal));
}

/** The flags of the GitHub connection and of the pull request, as `--help` shows them. */
export const CONNECTION_FLAGS: FlagSpecs = {
  repository: {
    type: 'string',
    value: '<owner/name>',
    description: 'The config repository the pull request goes to.',
    default: '$GITHUB_REPOSITORY',
  },
  base: {
    type: 'string',
    value: '<branch>',
    description: 'The base branch.',
    default: "the repository's default branch",
  },
  'api-url': {
    type: 'string',
    value: '<url>',
    description: 'The GitHub API (GitHub Enterprise Server: https://host/api/v3).',
    default: '$GITHUB_API_URL, else https://api.github.com',
  },
};

export const PULL_REQUEST_FLAGS: FlagSpecs = {
  branch: {
    type: 'string',
    value: '<name>',
    description: 'The pull request branch (a re-run updates its pull request).',
  },
  title: { type: 'string', value: '<template>', description: 'The title ({env}, {services}).' },
  body: { type: 'string', value: '<template>', description: 'Text above the table of changes.' },
  labels: { type: 'string', multiple: true, value: '<names>', description: 'Labels to add.' },
  reviewers: {
    type: 'string',
    multiple: true,
    value: '<logins>',
    description: 'Reviewers to request.',
  },
  'team-reviewers': {
    type: 'string',
    multiple: true,
    value: '<slugs>',
    description: 'Teams to request (org/team or team).',
  },
  draft: { type: 'boolean', description: 'Open the pull request as a draft.' },
  'auto-merge': {
    type: 'string',
    value: '<method>',
    description: 'Enable auto-merge: false, merge, squash or rebase.',
    default: 'false',
  },
  'holds-file': {
    type: 'string',
    value: '<path>',
    description: 'The holds file in the config repository.',
    default: DEFAULT_HOLDS_FILE,
  },
  'source-repository': {
    type: 'string',
    value: '<owner/name>',
    description: 'The repository the images were built from, for links to their commits.',
  },
  verbose: { type: 'boolean', description: 'Print each step on stderr.' },
};
