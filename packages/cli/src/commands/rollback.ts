/**
 * `gitops-promote rollback`: open or update the pull request that rolls an environment back
 * through the GitHub API, exactly as open-promotion-pr's `mode: rollback` does (the core's
 * `openRollback`): the inverse of the bump a commit SHA or pull request number names, checked
 * against later commits, with the holds that keep automation from undoing it. The promotion
 * gates are reported, never blocking (a rollback is how one leaves a bad state), and the
 * `gitops-promote/gates` status is set on its pull request, as in the action.
 */
import { InputError } from '@gitops-promote/core';
import { openRollback, parseRevert, rollbackBranch } from '@gitops-promote/core/promotion';
import type { Command, CommandContext } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { environmentFlag, type Flags } from '../flags.js';
import type { Terminal } from '../terminal.js';
import {
  commonRequest,
  connectGitHub,
  CONNECTION_FLAGS,
  printResult,
  promotionLog,
  PULL_REQUEST_FLAGS,
  resultDocument,
} from './promotion-flags.js';
import { GATES_FLAGS, gatesDocument, gatesMaker, printGates } from './promotion-gates.js';

/** `--revert`: a commit SHA or a pull request number (checked by the core's parseRevert). */
function revertFlag(flags: Flags): string {
  const revert = flags.text('revert');
  if (revert === '')
    throw new InputError('revert', '', 'is required: give a commit SHA or a pull request number');
  parseRevert(revert);
  return revert;
}

async function run(flags: Flags, terminal: Terminal, context: CommandContext) {
  const environment = environmentFlag(flags, true);
  const revert = revertFlag(flags);
  const connection = await connectGitHub(flags, terminal, context);
  const common = commonRequest(flags, connection, environment, rollbackBranch(environment));
  const log = promotionLog(terminal, flags.boolean('verbose'));
  const target = { ...common, hotfix: false };
  const gates = gatesMaker(flags, connection.api, target, log)({ mode: 'rollback' });
  const result = await openRollback(connection.api, { ...target, revert, now: new Date() }, log);
  const evaluation = await gates.settle(result);
  await gates.publishStatus(result);
  if (terminal.json) {
    terminal.document({
      ...resultDocument(result),
      'reverted-sha': result.target.sha,
      holds: result.holds,
      ...gatesDocument(evaluation),
    });
    return EXIT.done;
  }
  printResult(result, terminal);
  if (result.operation !== 'none') {
    terminal.out('');
    terminal.out(
      `Reverts ${result.target.sha.slice(0, 12)}; holds written in ${common.holds.path}:`,
    );
    terminal.out(result.holds.map((h) => `  ${h.service} in ${h.environment}`).join('\n'));
  }
  if (evaluation) printGates(evaluation, terminal);
  return EXIT.done;
}

export const rollbackCommand: Command = {
  name: 'rollback',
  usage: 'rollback --repository <owner/name> --environment <name> --revert <sha|pr-number> [flags]',
  flags: {
    ...CONNECTION_FLAGS,
    environment: {
      type: 'string',
      value: '<name>',
      description: 'The environment to roll back.',
    },
    revert: {
      type: 'string',
      value: '<sha|pr-number>',
      description:
        'The bump to undo: a commit SHA on the base, or the number of its merged pull request.',
    },
    ...PULL_REQUEST_FLAGS,
    ...GATES_FLAGS,
  },
  notes: [
    'Credentials: GITHUB_TOKEN, else GH_TOKEN (never printed). The branch is rollback/<env>; the pull request is labelled rollback.',
    '--json prints {operation, pull-request-number, pull-request-url, branch, commit-sha, changes, reverted-sha, holds, eligible-at, gates}.',
    'Gates (soak, freeze, require-checks of --policy-file) are reported, never blocking: a rollback is how one leaves a bad state.',
  ],
  examples: [
    'rollback --repository acme/gitops-config --environment prod --revert 42',
    'rollback --repository acme/gitops-config --environment prod --revert 3f2a9c1 --labels incident --json',
  ],
  run,
};
