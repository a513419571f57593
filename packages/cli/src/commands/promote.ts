/**
 * `gitops-promote promote`: open or update the pull request that moves an environment, through
 * the GitHub API, exactly as open-promotion-pr does (one verified commit, one branch per
 * environment and purpose, a re-run updates its pull request). From component-tags.json (the
 * action's `mode: bump`), or with --from-environment from another environment's pinned images
 * (`mode: promote`). `--dry-run` prints the diff on the current base and writes nothing.
 * The promotion gates of the policy file run before anything is written, through the core's
 * `gatesRun` as in the action; `--explain` prints their verdicts on the current base and
 * writes nothing.
 */
import { expandEnvironment, InputError, selectServices } from '@gitops-promote/core';
import { WRITE_MODES } from '@gitops-promote/core/image-edit';
import {
  type EnvironmentPromotionRequest,
  environmentPromotionBranch,
  type GatesRun,
  type GitHubApi,
  openPromotion,
  previewEnvironmentPromotion,
  previewPromotion,
  promoteEnvironment,
  promotionBranch,
  type PromotionLog,
  type PromotionPreview,
  type PromotionRequest,
  type PromotionResult,
  type SourceImage,
} from '@gitops-promote/core/promotion';
import type { Command, CommandContext } from '../command.js';
import { loadComponentTags } from '../component-tags-file.js';
import { EXIT } from '../exit-codes.js';
import { environmentFlag, filePatternsFlag, type Flags } from '../flags.js';
import type { Terminal } from '../terminal.js';
import { unifiedDiffs } from '../unified-diff.js';
import {
  changesTable,
  commonRequest,
  connectGitHub,
  CONNECTION_FLAGS,
  printResult,
  promotionLog,
  PULL_REQUEST_FLAGS,
  resultDocument,
} from './promotion-flags.js';
import {
  GATES_FLAGS,
  gatesDocument,
  gatesMaker,
  type GatesMaker,
  printGates,
} from './promotion-gates.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** `--from-environment`: a name that is not the target; refuses the flags of the bump mode. */
function fromEnvironmentFlag(flags: Flags, environment: string): string {
  const from = flags.text('from-environment');
  if (from === '') return '';
  if (!NAME.test(from))
    throw new InputError(
      'from-environment',
      from,
      "must be a name of letters, digits, '.', '_' or '-'",
    );
  if (from === environment)
    throw new InputError('from-environment', from, "must differ from '--environment'");
  for (const flag of ['component-tags', 'write-mode', 'hotfix'])
    if (flags.has(flag))
      throw new InputError(
        flag,
        flags.text(flag) || 'true',
        'cannot be combined with --from-environment',
      );
  return from;
}

function chartAppVersionFlag(flags: Flags): boolean | string {
  const value = flags.text('chart-app-version');
  if (value === '' || /^false$/i.test(value)) return false;
  if (/^true$/i.test(value)) return true;
  if (!NAME.test(value))
    throw new InputError(
      'chart-app-version',
      value,
      'must be true, false, or the name of the service whose tag the appVersion tracks',
    );
  return value;
}

function fluxNamespaceFlag(flags: Flags, environment: string) {
  const namespace = flags.text('flux-namespace');
  if (namespace !== '' && !/^[a-z0-9][a-z0-9.-]*$/.test(namespace))
    throw new InputError('flux-namespace', namespace, 'must be a Kubernetes namespace name');
  return namespace ? { namespace, explicit: true } : { namespace: environment, explicit: false };
}

/** Every flag read and checked before the first request (settings.ts's rules). */
function readRequest(flags: Flags) {
  const environment = environmentFlag(flags, true);
  const patterns = filePatternsFlag(flags);
  const services = flags.list('services');
  const fromEnvironment = fromEnvironmentFlag(flags, environment);
  const hotfix = flags.boolean('hotfix');
  return {
    environment,
    fromEnvironment,
    services,
    hotfix,
    filePatterns: expandEnvironment(patterns, environment),
    sourcePatterns: fromEnvironment ? expandEnvironment(patterns, fromEnvironment) : [],
    branch: fromEnvironment
      ? environmentPromotionBranch(fromEnvironment, environment)
      : promotionBranch(environment, hotfix),
    componentTagsPath: flags.text('component-tags', 'component-tags.json'),
    write: flags.choice('write-mode', WRITE_MODES, 'tag+digest'),
    allowEmpty: flags.boolean('allow-empty'),
    // The action's default: a service found in no file fails unless --services narrows.
    failOnMissing: flags.boolean('fail-on-missing') || services.length === 0,
    allowDowngrade: flags.boolean('allow-downgrade'),
    fluxNamespace: fluxNamespaceFlag(flags, environment),
    chartAppVersion: chartAppVersionFlag(flags),
    dryRun: flags.boolean('dry-run'),
    explain: explainFlag(flags),
  };
}

/** `--explain`: the gates' verdicts only; it writes nothing, so it needs no `--dry-run`. */
function explainFlag(flags: Flags): boolean {
  const explain = flags.boolean('explain');
  if (explain && flags.boolean('dry-run'))
    throw new InputError(
      'dry-run',
      'true',
      'cannot be combined with --explain, which prints the gates and writes nothing either',
    );
  return explain;
}

type Request = ReturnType<typeof readRequest>;

/** What the core is asked: an env->env promotion, or a bump from component-tags. */
type Operation =
  | { kind: 'environment'; request: EnvironmentPromotionRequest }
  | { kind: 'component-tags'; request: PromotionRequest };

function operationOf(
  request: Request,
  common: ReturnType<typeof commonRequest>,
  context: CommandContext,
): Operation {
  const shared = {
    ...common,
    filePatterns: request.filePatterns,
    allowEmpty: request.allowEmpty,
    allowDowngrade: request.allowDowngrade,
    fluxNamespace: request.fluxNamespace,
    chartAppVersion: request.chartAppVersion,
  };
  if (request.fromEnvironment)
    return {
      kind: 'environment',
      request: {
        ...shared,
        hotfix: false,
        fromEnvironment: request.fromEnvironment,
        sourcePatterns: request.sourcePatterns,
        services: request.services,
      },
    };
  const all = loadComponentTags(context.workspace, request.componentTagsPath);
  return {
    kind: 'component-tags',
    request: {
      ...shared,
      hotfix: request.hotfix,
      componentTags: selectServices(all, request.services),
      write: request.write,
      failOnMissing: request.failOnMissing,
    },
  };
}

/**
 * The operation with its gates: made from the source images once the core has read them
 * (`gatesFor`, mode promote) or from the component tags (mode bump). `gates()` is the run.
 */
function gatedOperation(
  operation: Operation,
  makeGates: GatesMaker,
): { operation: Operation; gates: () => GatesRun } {
  if (operation.kind === 'component-tags') {
    const run = makeGates({ mode: 'bump', componentTags: operation.request.componentTags });
    return {
      operation: { ...operation, request: { ...operation.request, gate: run.gate } },
      gates: () => run,
    };
  }
  let run: GatesRun | undefined;
  const gatesFor = (sources: readonly SourceImage[]) => {
    run = makeGates({ mode: 'promote', sources });
    return run.gate;
  };
  return {
    operation: { ...operation, request: { ...operation.request, gatesFor } },
    gates: () => {
      // promoteEnvironment and its preview make the gates once they read the source images.
      if (!run) throw new Error('promote: the promotion made no gates');
      return run;
    },
  };
}

function preview(api: GitHubApi, operation: Operation, log: PromotionLog) {
  return operation.kind === 'environment'
    ? previewEnvironmentPromotion(api, operation.request, log)
    : previewPromotion(api, operation.request, log);
}

async function open(
  api: GitHubApi,
  operation: Operation,
  log: PromotionLog,
): Promise<PromotionResult> {
  if (operation.kind === 'environment')
    return (await promoteEnvironment(api, operation.request, log)).result;
  return openPromotion(api, operation.request, log);
}

function printPreview(preview: PromotionPreview, branch: string, terminal: Terminal): void {
  const { plan, base } = preview;
  if (terminal.json) {
    terminal.document({
      operation: plan.changes.length === 0 ? 'none' : 'dry-run',
      'dry-run': true,
      base,
      branch: plan.changes.length === 0 ? '' : branch,
      changes: plan.changes,
      diff: unifiedDiffs(plan.files, (_, text) => text),
    });
    return;
  }
  if (plan.changes.length === 0) {
    terminal.err(`Nothing to change on ${base}: every value already holds its target.`);
    return;
  }
  terminal.out(unifiedDiffs(plan.files, terminal.paint));
  terminal.out('');
  terminal.out(changesTable(plan.changes, terminal));
  terminal.err(
    `${plan.changes.length} change(s) in ${plan.files.length} file(s) on ${base}; dry run: ` +
      `no branch, commit or pull request (without --dry-run it opens one on ${branch}).`,
  );
}

async function run(flags: Flags, terminal: Terminal, context: CommandContext) {
  const request = readRequest(flags);
  const connection = await connectGitHub(flags, terminal, context);
  const common = commonRequest(flags, connection, request.environment, request.branch);
  const operation = operationOf(request, common, context);
  const log = promotionLog(terminal, flags.boolean('verbose'));
  const makeGates = gatesMaker(
    flags,
    connection.api,
    {
      repository: common.repository,
      base: common.base,
      environment: request.environment,
      branch: common.branch,
      ...(request.fromEnvironment ? { from: request.fromEnvironment } : {}),
      hotfix: request.hotfix,
    },
    log,
  );
  if (request.dryRun) {
    printPreview(await preview(connection.api, operation, log), common.branch, terminal);
    return EXIT.done;
  }
  const gated = gatedOperation(operation, makeGates);
  if (request.explain) return explain(connection.api, gated, log, terminal);
  const result = await open(connection.api, gated.operation, log);
  const gates = gated.gates();
  const evaluation = await gates.settle(result);
  await gates.publishStatus(result);
  if (terminal.json) {
    terminal.document({ ...resultDocument(result), ...gatesDocument(evaluation) });
    return EXIT.done;
  }
  printResult(result, terminal);
  if (evaluation) printGates(evaluation, terminal);
  return EXIT.done;
}

/**
 * `--explain`: the gates' verdicts for what the promotion would move on the current base (its
 * preview, with the same gates), written nowhere: no branch, commit, status or pull request.
 */
async function explain(
  api: GitHubApi,
  gated: ReturnType<typeof gatedOperation>,
  log: PromotionLog,
  terminal: Terminal,
) {
  const planned = await preview(api, gated.operation, log);
  const evaluation = await gated.gates().evaluate(planned.plan.services, planned.at);
  if (terminal.json) {
    terminal.document({
      explain: true,
      base: planned.base,
      'policy-file': evaluation.policyPath,
      'policy-found': evaluation.policyFound,
      services: planned.plan.services,
      ...gatesDocument(evaluation),
    });
    return EXIT.done;
  }
  if (planned.plan.services.length === 0)
    terminal.err(`Nothing to change on ${planned.base}: every value already holds its target.`);
  else printGates(evaluation, terminal);
  return EXIT.done;
}

export const promoteCommand: Command = {
  name: 'promote',
  usage:
    'promote --repository <owner/name> --environment <name> --files <glob> [--from-environment <name>] [flags]',
  flags: {
    ...CONNECTION_FLAGS,
    environment: {
      type: 'string',
      value: '<name>',
      description: 'The environment to move; {env} in --files.',
    },
    files: {
      type: 'string',
      multiple: true,
      value: '<glob>',
      description: 'Glob lines of the files in the repository; {env} is replaced.',
    },
    'from-environment': {
      type: 'string',
      value: '<name>',
      description:
        "Promote from this environment: the target's files get its pinned images (mode promote).",
    },
    'component-tags': {
      type: 'string',
      value: '<path>',
      description: 'Without --from-environment: the component-tags.json to bump from.',
      default: 'component-tags.json',
    },
    services: {
      type: 'string',
      multiple: true,
      value: '<names>',
      description: 'Only these services (comma-separated).',
      default: 'every service',
    },
    hotfix: {
      type: 'boolean',
      description: 'A hotfix: branch hotfix/<env> and the hotfix label.',
    },
    'write-mode': {
      type: 'string',
      value: '<mode>',
      description: "What to write: tag+digest, tag or digest (the action's `write` input).",
      default: 'tag+digest',
    },
    'fail-on-missing': {
      type: 'boolean',
      description: 'Fail when a service is found in no file.',
      default: 'on unless --services is given',
    },
    'allow-empty': { type: 'boolean', description: 'A --files line matching nothing warns.' },
    'allow-downgrade': { type: 'boolean', description: 'Let a tag move backwards.' },
    'chart-app-version': {
      type: 'string',
      value: '<true|false|service>',
      description: "Keep bumped charts' appVersion in step.",
      default: 'false',
    },
    'flux-namespace': {
      type: 'string',
      value: '<namespace>',
      description: 'Write only Flux markers of this namespace.',
      default: 'the environment',
    },
    'ignore-holds': { type: 'boolean', description: 'Bump held services too, for this run.' },
    ...PULL_REQUEST_FLAGS,
    'dry-run': {
      type: 'boolean',
      description: 'Print the diff on the current base; open nothing.',
    },
    ...GATES_FLAGS,
    explain: {
      type: 'boolean',
      description:
        "Print the gates' verdicts (service, gate, verdict, why) on the current base; write nothing.",
    },
  },
  notes: [
    'Credentials: GITHUB_TOKEN, else GH_TOKEN (never printed). The branch is promote/<env>, hotfix/<env> or promote/<from>-to-<env>.',
    '--json prints {operation, pull-request-number, pull-request-url, branch, commit-sha, changes, eligible-at, gates}; with --dry-run {operation, dry-run, base, branch, changes, diff}; with --explain {explain, base, policy-file, policy-found, services, eligible-at, gates}.',
    'Gates: when no service may go yet, nothing is written, operation is waiting and the exit code is 0; eligible-at says when to run again (empty when no time is known).',
  ],
  examples: [
    "promote --repository acme/gitops-config --environment prod --from-environment staging --files 'helm/*/values-{env}.yaml'",
    "promote --repository acme/gitops-config --environment staging --files 'helm/*/values-{env}.yaml' --component-tags ~/Downloads/component-tags.json --labels deploy",
    "promote --repository acme/gitops-config --environment prod --from-environment staging --files 'k8s/{env}/*.yaml' --dry-run",
    "promote --repository acme/gitops-config --environment prod --from-environment staging --files 'helm/*/values-{env}.yaml' --explain",
  ],
  run,
};
