/** bump-values' inputs, read once into a typed settings object. */
import {
  getBoolean,
  getChoice,
  getInteger,
  getLines,
  getList,
  getText,
} from '@gitops-promote/action-kit';
import {
  expandEnvironment,
  type ChartAppVersion,
  type FluxNamespace,
  InputError,
} from '@gitops-promote/core';

export type WriteMode = 'tag+digest' | 'tag' | 'digest';

export interface BumpValuesSettings {
  componentTagsPath: string;
  filePatterns: string[];
  environment: string;
  services: string[];
  write: WriteMode;
  failOnMissing: boolean;
  /** A `files` pattern matching no file is a warning, not a failure. */
  allowEmpty: boolean;
  /** Let a tag move backwards (a rollback). */
  allowDowngrade: boolean;
  /** Write only Flux markers of this namespace (`flux-namespace`, else the environment). */
  fluxNamespace: FluxNamespace;
  /** Keep bumped charts' `appVersion` in step: off, the chart's one service, or a service. */
  chartAppVersion: ChartAppVersion;
  dryRun: boolean;
  commit: boolean;
  push: boolean;
  commitMessage: string;
  pushRetries: number;
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

/** Read and validate every input. */
export function readSettings(): BumpValuesSettings {
  const environment = getText('environment');
  if (environment !== '' && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(environment))
    throw new InputError(
      'environment',
      environment,
      'must be a name of letters, digits, ".", "_" or "-"',
    );
  const patterns = getLines('files');
  if (patterns.length === 0)
    throw new InputError('files', '', 'is required: give glob lines of the files to update');
  const push = getBoolean('push');
  const services = getList('services');
  return {
    componentTagsPath: getText('component-tags') || 'component-tags.json',
    filePatterns: expandEnvironment(patterns, environment),
    environment,
    services,
    write: getChoice('write', ['tag+digest', 'tag', 'digest'] as const, 'tag+digest'),
    failOnMissing: getBoolean('fail-on-missing', services.length === 0),
    allowEmpty: getBoolean('allow-empty'),
    allowDowngrade: getBoolean('allow-downgrade'),
    fluxNamespace: readFluxNamespace(environment),
    chartAppVersion: readChartAppVersion(),
    dryRun: getBoolean('dry-run'),
    commit: push || getBoolean('commit'),
    push,
    commitMessage: getText('commit-message'),
    pushRetries: getInteger('push-retries', 5, 0, 20),
  };
}
