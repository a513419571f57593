/**
 * `gitops-promote bump`: bump-values on a local checkout. A dry run by default: stdout gets the
 * unified diff of exactly the bytes that would change (a patch `git apply` takes); `--write`
 * writes them, `--commit` commits with change trailers, `--push` pushes with re-plan retry.
 */
import { expandEnvironment, InputError, selectServices } from '@gitops-promote/core';
import { type BumpLog, type BumpOutcome, bumpWorkspace } from '@gitops-promote/core/bump';
import { WRITE_MODES } from '@gitops-promote/core/image-edit';
import type { Command, CommandContext } from '../command.js';
import { loadComponentTags } from '../component-tags-file.js';
import { EXIT } from '../exit-codes.js';
import { environmentFlag, filePatternsFlag, type Flags } from '../flags.js';
import type { Terminal } from '../terminal.js';
import { unifiedDiffs } from '../unified-diff.js';

/** What the flags ask: the action's inputs, with `--write` the switch and `--write-mode` its `write`. */
function readRequest(flags: Flags) {
  const push = flags.boolean('push');
  const commit = push || flags.boolean('commit');
  const write = commit || flags.boolean('write');
  if (write && flags.boolean('dry-run'))
    throw new InputError('dry-run', 'true', 'cannot be combined with --write, --commit or --push');
  const environment = environmentFlag(flags, false);
  return {
    componentTagsPath: flags.text('component-tags', 'component-tags.json'),
    filePatterns: expandEnvironment(filePatternsFlag(flags), environment),
    environment,
    services: flags.list('services'),
    write: flags.choice('write-mode', WRITE_MODES, 'tag+digest'),
    failOnMissing: flags.boolean('fail-on-missing'),
    dryRun: !write,
    commit,
    push,
    commitMessage: flags.text('commit-message'),
    pushRetries: flags.integer('push-retries', 5, 0, 20),
  };
}

function logTo(terminal: Terminal, verbose: boolean): BumpLog {
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

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The line on stderr that says what happened. */
function doneLine(outcome: BumpOutcome, dryRun: boolean): string {
  const { changes, changedFiles, commitSha, push } = outcome;
  if (changes.length === 0) return 'Nothing to change: every value already holds its target.';
  const what = `${plural(changes.length, 'change')} in ${plural(changedFiles.length, 'file')}`;
  if (dryRun) return `${what}; dry run: nothing written (--write writes them, --commit commits).`;
  const commit = commitSha ? `; committed ${commitSha.slice(0, 12)}` : '';
  const pushed = push?.status === 'pushed' ? ` and pushed to ${push.branch}` : '';
  return `Wrote ${what}${commit}${pushed}.`;
}

async function run(flags: Flags, terminal: Terminal, context: CommandContext) {
  const request = readRequest(flags);
  const all = loadComponentTags(context.workspace, request.componentTagsPath);
  const outcome = await bumpWorkspace(
    {
      ...request,
      workspace: context.workspace,
      componentTags: selectServices(all, request.services),
      fallbackBranch: '',
    },
    { log: logTo(terminal, flags.boolean('verbose')) },
  );
  const diff = unifiedDiffs(outcome.plan.files, terminal.paint);
  if (terminal.json)
    terminal.document({
      changed: outcome.changes.length > 0,
      'changed-files': outcome.changedFiles,
      changes: outcome.changes,
      'commit-sha': outcome.commitSha,
      'dry-run': request.dryRun,
      diff: unifiedDiffs(outcome.plan.files, (_, text) => text),
    });
  else if (diff !== '') terminal.out(diff);
  terminal.err(doneLine(outcome, request.dryRun));
  return EXIT.done;
}

export const bumpCommand: Command = {
  name: 'bump',
  usage: 'bump --files <glob> [--environment <name>] [--write | --commit | --push] [flags]',
  flags: {
    'component-tags': {
      type: 'string',
      value: '<path>',
      description:
        'The component-tags.json to write from (relative to the workspace, or absolute).',
      default: 'component-tags.json',
    },
    files: {
      type: 'string',
      multiple: true,
      value: '<glob>',
      description: 'Glob lines of the files to update; {env} is replaced by --environment.',
    },
    environment: {
      type: 'string',
      value: '<name>',
      description: 'The environment, for {env} in --files and in the commit message.',
    },
    services: {
      type: 'string',
      multiple: true,
      value: '<names>',
      description: 'Only these services (comma-separated).',
      default: 'every service in component-tags',
    },
    'write-mode': {
      type: 'string',
      value: '<mode>',
      description: "What to write: tag+digest, tag or digest (the action's `write` input).",
      default: 'tag+digest',
    },
    'fail-on-missing': {
      type: 'boolean',
      description: 'Fail (exit 1) when a service matches nothing in any file.',
    },
    'dry-run': {
      type: 'boolean',
      description: 'Print the unified diff of what would change and write nothing (the default).',
    },
    write: { type: 'boolean', description: 'Write the changed files.' },
    commit: {
      type: 'boolean',
      description: 'Write, then commit the changed files with Promote-Change trailers.',
    },
    push: {
      type: 'boolean',
      description:
        'Write, commit and push to the current branch, re-planning when another push won.',
    },
    'commit-message': {
      type: 'string',
      value: '<text>',
      description: 'The commit message.',
      default: 'chore(deploy): bump <services> in <env> [skip ci]',
    },
    'push-retries': {
      type: 'string',
      value: '<n>',
      description: 'How many times to retry a rejected push (0 to 20).',
      default: '5',
    },
    verbose: { type: 'boolean', description: 'Print each change and git step on stderr.' },
  },
  notes: [
    'stdout is the unified diff alone (a patch for `git apply`); what happened goes to stderr.',
    '--json prints {changed, changed-files, changes, commit-sha, dry-run, diff}.',
  ],
  examples: [
    "bump --files 'helm/*/values-{env}.yaml' --environment staging",
    "bump --component-tags ~/Downloads/component-tags.json --files 'k8s/*/kustomization.yaml' --services api --commit",
    "bump --files 'flux/apps/*/{env}/*.yaml' --environment develop --json | jq '.changes'",
  ],
  run,
};
