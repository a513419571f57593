/**
 * The inputs that bump-values and open-promotion-pr share, read and checked the same way:
 * the environment's name, the `files` glob lines and the `write` mode.
 */
import { checkFilePatterns, InputError } from '@gitops-promote/core';
import { checkRepositoryPath, DEFAULT_HOLDS_FILE } from '@gitops-promote/core/promotion';
import {
  type ChartAppVersion,
  type FluxNamespace,
  WRITE_MODES,
  type WriteMode,
} from '@gitops-promote/core/image-edit';
import { getChoice, getLines, getRequired, getText } from './inputs.js';

const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const MAX_ENVIRONMENT_LENGTH = 200;

/** The `environment` input: a name of letters, digits, ".", "_" or "-"; '' when optional and unset. */
export function getEnvironmentName(required: boolean): string {
  const environment = required ? getRequired('environment') : getText('environment');
  // Longer names cannot be part of a branch name (`promote/<environment>`, at most 255 bytes).
  if (environment.length > MAX_ENVIRONMENT_LENGTH)
    throw new InputError(
      'environment',
      environment,
      `is longer than ${MAX_ENVIRONMENT_LENGTH} characters`,
    );
  if (environment !== '' && !ENVIRONMENT_NAME.test(environment))
    throw new InputError(
      'environment',
      environment,
      'must be a name of letters, digits, ".", "_" or "-"',
    );
  return environment;
}

/**
 * The `files` input's glob lines (as written, `{env}` not yet replaced); at least one, each
 * relative and inside the workspace, checked here before anything is read or requested.
 */
export function getFilePatternLines(): string[] {
  const patterns = getLines('files');
  if (patterns.length === 0)
    throw new InputError('files', '', 'is required: give glob lines of the files to update');
  checkFilePatterns(patterns, 'files');
  return patterns;
}

/** The `write` input: which values a bump writes. */
export function getWriteMode(): WriteMode {
  return getChoice('write', WRITE_MODES, 'tag+digest');
}

/** `chart-app-version`: `false` (or empty), `true`, or the name of the service it tracks. */
export function getChartAppVersion(): ChartAppVersion {
  const value = getText('chart-app-version');
  if (value === '' || /^false$/i.test(value)) return false;
  if (/^true$/i.test(value)) return true;
  if (!ENVIRONMENT_NAME.test(value))
    throw new InputError(
      'chart-app-version',
      value,
      'must be true, false, or the name of the service whose tag the appVersion tracks',
    );
  return value;
}

/** `flux-namespace` when given, else the environment (applied only where markers use it). */
export function getFluxNamespace(environment: string): FluxNamespace {
  const namespace = getText('flux-namespace');
  if (namespace !== '' && !/^[a-z0-9][a-z0-9.-]*$/.test(namespace))
    throw new InputError('flux-namespace', namespace, 'must be a Kubernetes namespace name');
  return namespace ? { namespace, explicit: true } : { namespace: environment, explicit: false };
}

/**
 * `holds-file`: a relative path in the config repository (the workspace, for bump-values),
 * without a leading '/', '\\', '.', '..' or empty parts; empty gives the default.
 */
export function getHoldsFile(where: 'workspace' | 'repository'): string {
  return checkRepositoryPath('holds-file', getText('holds-file') || DEFAULT_HOLDS_FILE, where);
}
