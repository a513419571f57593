/** open-promotion-pr's inputs, read once into a typed settings object. */
import {
  getBoolean,
  getChartAppVersion,
  getFluxNamespace,
  getHoldsFile,
  getChoice,
  getEnvironmentName,
  getFilePatternLines,
  getList,
  getText,
  getWriteMode,
  type RunnerContext,
} from '@gitops-promote/action-kit';
import * as runner from '@gitops-promote/action-kit/runner';
import type { ComponentTagsSource } from '@gitops-promote/action-kit/component-tags';
import { readRegistryInputs, type RegistryInputs } from '@gitops-promote/action-kit/registry';
import { expandEnvironment, InputError } from '@gitops-promote/core';
import {
  type ChartAppVersion,
  type FluxNamespace,
  type WriteMode,
} from '@gitops-promote/core/image-edit';
import {
  type AutoMergeMethod,
  checkBranchName,
  environmentPromotionBranch,
  parseRevert,
  type PolicySetting,
  policySetting,
  promotionBranch,
  type RepositoryName,
  rollbackBranch,
} from '@gitops-promote/core/promotion';

export interface OpenPromotionSettings {
  token: string;
  repository: RepositoryName;
  base: string;
  componentTags: ComponentTagsSource;
  environment: string;
  filePatterns: string[];
  services: string[];
  branch: string;
  title: string;
  body: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  draft: boolean;
  autoMerge: AutoMergeMethod | false;
  hotfix: boolean;
  write: WriteMode;
  /** A `files` pattern matching no file is a warning, not a failure. */
  allowEmpty: boolean;
  /** A service found in no file fails (default: true when no `services` filter is given). */
  failOnMissing: boolean;
  /** Let a tag move backwards (a rollback). */
  allowDowngrade: boolean;
  /** Write only Flux markers of this namespace (`flux-namespace`, else the environment). */
  fluxNamespace: FluxNamespace;
  /** Keep bumped charts' `appVersion` in step: off, the chart's one service, or a service. */
  chartAppVersion: ChartAppVersion;
  /** `owner/name` of the source commits, for links; empty: shown unlinked. */
  sourceRepository: string;
  /** Reads `sourceRepository` for the commit list (`source-token`, else `token`); masked. */
  sourceToken: string;
  /** The registry login and insecure hosts, to read the images' revision labels. */
  registry: RegistryInputs;
  /** `bump` from component-tags, `promote` from another environment, or `rollback`. */
  mode: PromotionMode;
  /** With `promote`: the environment whose images are copied, and its file patterns. */
  fromEnvironment: string;
  sourcePatterns: string[];
  /** The commit SHA or pull request number to roll back (mode `rollback`); else ''. */
  revert: string;
  /** The holds file in the config repository. */
  holdsFile: string;
  ignoreHolds: boolean;
  /** `policy-file`: the gates' policy file in the config repository (empty: the default). */
  policy: PolicySetting;
}

export type PromotionMode = 'bump' | 'promote' | 'rollback';

const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;

/** `owner/name` from an input; empty gives `fallback`. */
function readRepository(input: string, fallback: string): RepositoryName {
  const value = getText(input) || fallback;
  const match = REPOSITORY.exec(value);
  if (!match) throw new InputError(input, value, 'must be a repository as owner/name');
  return { owner: match[1] as string, repo: match[2] as string };
}

function readComponentTagsSource(context: RunnerContext): ComponentTagsSource {
  const path = getText('component-tags') || 'component-tags.json';
  const artifact = getText('artifact-name');
  const runId = getText('run-id');
  const artifactRepository = getText('artifact-repository');
  if (artifact === '') {
    if (runId !== '') throw new InputError('run-id', runId, "needs 'artifact-name'");
    if (artifactRepository !== '')
      throw new InputError('artifact-repository', artifactRepository, "needs 'artifact-name'");
    return { kind: 'workspace', path };
  }
  if (runId !== '' && !/^[1-9][0-9]{0,18}$/.test(runId))
    throw new InputError('run-id', runId, 'must be a workflow run id (a whole number)');
  if (runId === '' && artifactRepository === '') return { kind: 'this-run', artifact, path };
  if (runId === '')
    throw new InputError(
      'run-id',
      runId,
      "is required with 'artifact-repository': give the id of the run that uploaded the artifact",
    );
  const from = readRepository('artifact-repository', context.repository);
  return { kind: 'other-run', artifact, path, runId: Number(runId), from };
}

function readAutoMerge(): AutoMergeMethod | false {
  const choice = getChoice('auto-merge', ['false', 'merge', 'squash', 'rebase'] as const, 'false');
  return choice === 'false' ? false : choice;
}

/** Team slugs; `org/team` is accepted and reduced to `team`. */
function readTeams(): string[] {
  return getList('team-reviewers').map((team) => team.slice(team.lastIndexOf('/') + 1));
}

function readLabels(): string[] {
  const labels = getList('labels');
  for (const label of labels)
    if (label.length > 50) throw new InputError('labels', label, 'is longer than 50 characters');
  return labels;
}

/**
 * The repository the images were built from: `source-repository`, else `artifact-repository`,
 * else this run's repository unless it is the config repository itself (then: unknown).
 */
function readSourceRepository(context: RunnerContext, target: string): string {
  const input = getText('source-repository') ? 'source-repository' : 'artifact-repository';
  if (getText(input) === '') return context.repository !== target ? context.repository : '';
  const { owner, repo } = readRepository(input, '');
  return `${owner}/${repo}`;
}

/** `mode` and `revert`: `revert` is required by `rollback` and refused by `bump`. */
function readMode(): { mode: PromotionMode; revert: string } {
  const mode = getChoice('mode', ['bump', 'promote', 'rollback'] as const, 'bump');
  const revert = getText('revert');
  if (mode === 'rollback' && revert === '')
    throw new InputError(
      'revert',
      '',
      "is required with mode 'rollback': give a commit SHA or a pull request number",
    );
  if (mode === 'rollback') parseRevert(revert);
  if (mode !== 'rollback' && revert !== '')
    throw new InputError('revert', revert, "is only read with mode 'rollback'");
  return { mode, revert };
}

/** `from-environment`: required by `promote` (and not the target), refused by other modes. */
function readFromEnvironment(mode: PromotionMode, environment: string): string {
  const from = getText('from-environment');
  if (mode !== 'promote') {
    if (from !== '')
      throw new InputError('from-environment', from, "is only read with mode 'promote'");
    return '';
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(from))
    throw new InputError(
      'from-environment',
      from,
      "is required with mode 'promote': a name of letters, digits, '.', '_' or '-'",
    );
  if (from === environment)
    throw new InputError('from-environment', from, "must differ from 'environment'");
  return from;
}

/** The default branch of a mode: `promote/<env>`, `hotfix/<env>`, `promote/<from>-to-<env>`, `rollback/<env>`. */
function defaultBranch(
  mode: PromotionMode,
  environment: string,
  hotfix: boolean,
  from: string,
): string {
  if (mode === 'rollback') return rollbackBranch(environment);
  if (mode === 'promote') return environmentPromotionBranch(from, environment);
  return promotionBranch(environment, hotfix);
}

/** `source-token`, masked at once; empty means `token`. */
function readSourceToken(token: string): string {
  const sourceToken = getText('source-token');
  if (sourceToken === '') return token;
  runner.setSecret(sourceToken);
  return sourceToken;
}

/** Read and validate every input but the token (read and masked first, in main). */
export function readSettings(context: RunnerContext, token: string): OpenPromotionSettings {
  const repository = readRepository('repository', context.repository);
  const environment = getEnvironmentName(true);
  const hotfix = getBoolean('hotfix');
  const patterns = getFilePatternLines();
  const fullName = `${repository.owner}/${repository.repo}`;
  const services = getList('services');
  const { mode, revert } = readMode();
  if (mode !== 'bump' && hotfix)
    throw new InputError('hotfix', 'true', `cannot be combined with mode '${mode}'`);
  const fromEnvironment = readFromEnvironment(mode, environment);
  return {
    mode,
    fromEnvironment,
    sourcePatterns: fromEnvironment === '' ? [] : expandEnvironment(patterns, fromEnvironment),
    revert,
    holdsFile: getHoldsFile('repository'),
    ignoreHolds: getBoolean('ignore-holds'),
    policy: policySetting(getText('policy-file')),
    token,
    repository,
    base: getText('base'),
    componentTags: readComponentTagsSource(context),
    environment,
    filePatterns: expandEnvironment(patterns, environment),
    services,
    branch: checkBranchName(
      getText('branch') || defaultBranch(mode, environment, hotfix, fromEnvironment),
    ),
    title: getText('title'),
    body: getText('body'),
    labels: readLabels(),
    reviewers: getList('reviewers'),
    teamReviewers: readTeams(),
    draft: getBoolean('draft'),
    autoMerge: readAutoMerge(),
    hotfix,
    write: getWriteMode(),
    allowEmpty: getBoolean('allow-empty'),
    failOnMissing: getBoolean('fail-on-missing', services.length === 0),
    allowDowngrade: getBoolean('allow-downgrade'),
    fluxNamespace: getFluxNamespace(environment),
    chartAppVersion: getChartAppVersion(),
    sourceRepository: readSourceRepository(context, fullName),
    sourceToken: readSourceToken(token),
    registry: readRegistryInputs(),
  };
}
