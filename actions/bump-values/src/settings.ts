/** bump-values' inputs, read once into a typed settings object. */
import {
  getBoolean,
  getChartAppVersion,
  getFluxNamespace,
  getHoldsFile,
  getEnvironmentName,
  getFilePatternLines,
  getInteger,
  getList,
  getText,
  getWriteMode,
} from '@gitops-promote/action-kit';
import { expandEnvironment, InputError } from '@gitops-promote/core';
import { ChangeTrailerError, withChangeTrailers } from '@gitops-promote/core/git';
import {
  type ChartAppVersion,
  type FluxNamespace,
  type WriteMode,
} from '@gitops-promote/core/image-edit';

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
  /** A commit SHA to revert; '' for a bump. */
  revert: string;
  /** The holds file, relative to the workspace. */
  holdsFile: string;
  ignoreHolds: boolean;
}

/** `revert`: '' or a commit SHA (7 to 40 hex digits). */
function readRevert(): string {
  const revert = getText('revert');
  if (revert !== '' && !/^[0-9a-f]{7,40}$/i.test(revert))
    throw new InputError('revert', revert, 'must be a commit SHA (7 to 40 hex digits)');
  return revert;
}

/** The `commit-message` input: any text without a change trailer, which only a change may add. */
function getCommitMessage(): string {
  const message = getText('commit-message');
  try {
    withChangeTrailers(message, []);
  } catch (error) {
    if (!(error instanceof ChangeTrailerError)) throw error;
    throw new InputError(
      'commit-message',
      error.trailer,
      'is a Promote-Change trailer: bump-values adds one per change itself, so a message may not forge one',
    );
  }
  return message;
}

/** Read and validate every input. */
export function readSettings(): BumpValuesSettings {
  const environment = getEnvironmentName(false);
  const patterns = getFilePatternLines();
  const push = getBoolean('push');
  const services = getList('services');
  const revert = readRevert();
  if (revert !== '' && environment === '')
    throw new InputError(
      'environment',
      '',
      "is required with 'revert': the holds it writes are per environment",
    );
  return {
    componentTagsPath: getText('component-tags') || 'component-tags.json',
    filePatterns: expandEnvironment(patterns, environment),
    environment,
    services,
    write: getWriteMode(),
    failOnMissing: getBoolean('fail-on-missing', services.length === 0),
    allowEmpty: getBoolean('allow-empty'),
    allowDowngrade: getBoolean('allow-downgrade'),
    fluxNamespace: getFluxNamespace(environment),
    chartAppVersion: getChartAppVersion(),
    dryRun: getBoolean('dry-run'),
    commit: push || getBoolean('commit'),
    push,
    commitMessage: getCommitMessage(),
    pushRetries: getInteger('push-retries', 5, 0, 20),
    revert,
    holdsFile: getHoldsFile('workspace'),
    ignoreHolds: getBoolean('ignore-holds'),
  };
}
