/** bump-values' inputs, read once into a typed settings object. */
import {
  getBoolean,
  getChartAppVersion,
  getFluxNamespace,
  getEnvironmentName,
  getFilePatternLines,
  getInteger,
  getList,
  getText,
  getWriteMode,
} from '@gitops-promote/action-kit';
import { expandEnvironment } from '@gitops-promote/core';
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
}

/** Read and validate every input. */
export function readSettings(): BumpValuesSettings {
  const environment = getEnvironmentName(false);
  const patterns = getFilePatternLines();
  const push = getBoolean('push');
  const services = getList('services');
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
    commitMessage: getText('commit-message'),
    pushRetries: getInteger('push-retries', 5, 0, 20),
  };
}
