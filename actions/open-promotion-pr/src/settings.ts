/** open-promotion-pr's inputs, read once into a typed settings object. */
import {
  getBoolean,
  getChoice,
  getLines,
  getList,
  getRequired,
  getText,
  type RunnerContext,
} from '@gitops-promote/action-kit';
import {
  type AutoMergeMethod,
  checkBranchName,
  expandEnvironment,
  type ChartAppVersion,
  type FluxNamespace,
  InputError,
  promotionBranch,
  type RepositoryName,
} from '@gitops-promote/core';

export type WriteMode = 'tag+digest' | 'tag' | 'digest';

/** Where component-tags.json comes from: the workspace, or an artifact of some run. */
export type ComponentTagsSource =
  | { kind: 'workspace'; path: string }
  | { kind: 'this-run'; artifact: string; path: string }
  | { kind: 'other-run'; artifact: string; path: string; runId: number; from: RepositoryName };

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
}

const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;

/** `owner/name` from an input; empty gives `fallback`. */
function readRepository(input: string, fallback: string): RepositoryName {
  const value = getText(input) || fallback;
  const match = REPOSITORY.exec(value);
  if (!match) throw new InputError(input, value, 'must be a repository as owner/name');
  return { owner: match[1] as string, repo: match[2] as string };
}

function readEnvironment(): string {
  const environment = getRequired('environment');
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(environment))
    throw new InputError(
      'environment',
      environment,
      'must be a name of letters, digits, ".", "_" or "-"',
    );
  return environment;
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

/** `chart-app-version`: `false` (or empty), `true`, or the name of the service it tracks. */
function readChartAppVersion(): ChartAppVersion {
  const value = getText('chart-app-version');
  if (value === '' || /^false$/i.test(value)) return false;
  if (/^true$/i.test(value)) return true;
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(value))
    throw new InputError(
      'chart-app-version',
      value,
      'must be true, false, or the name of the service whose tag the appVersion tracks',
    );
  return value;
}

/** `flux-namespace` when given, else the environment (applied only where markers use it). */
function readFluxNamespace(environment: string): FluxNamespace {
  const namespace = getText('flux-namespace');
  if (namespace !== '' && !/^[a-z0-9][a-z0-9.-]*$/.test(namespace))
    throw new InputError('flux-namespace', namespace, 'must be a Kubernetes namespace name');
  return namespace ? { namespace, explicit: true } : { namespace: environment, explicit: false };
}

/** Read and validate every input but the token (read and masked first, in main). */
export function readSettings(context: RunnerContext, token: string): OpenPromotionSettings {
  const repository = readRepository('repository', context.repository);
  const environment = readEnvironment();
  const hotfix = getBoolean('hotfix');
  const patterns = getLines('files');
  if (patterns.length === 0)
    throw new InputError('files', '', 'is required: give glob lines of the files to update');
  const fullName = `${repository.owner}/${repository.repo}`;
  const services = getList('services');
  return {
    token,
    repository,
    base: getText('base'),
    componentTags: readComponentTagsSource(context),
    environment,
    filePatterns: expandEnvironment(patterns, environment),
    services,
    branch: checkBranchName(getText('branch') || promotionBranch(environment, hotfix)),
    title: getText('title'),
    body: getText('body'),
    labels: readLabels(),
    reviewers: getList('reviewers'),
    teamReviewers: readTeams(),
    draft: getBoolean('draft'),
    autoMerge: readAutoMerge(),
    hotfix,
    write: getChoice('write', ['tag+digest', 'tag', 'digest'] as const, 'tag+digest'),
    allowEmpty: getBoolean('allow-empty'),
    failOnMissing: getBoolean('fail-on-missing', services.length === 0),
    allowDowngrade: getBoolean('allow-downgrade'),
    fluxNamespace: readFluxNamespace(environment),
    chartAppVersion: readChartAppVersion(),
    sourceRepository: readSourceRepository(context, fullName),
  };
}
