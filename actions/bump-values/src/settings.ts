/** bump-values' inputs, read once into a typed settings object. */
import {
  getBoolean,
  getEnvironmentName,
  getFilePatternLines,
  getInteger,
  getList,
  getText,
  getWriteMode,
} from '@gitops-promote/action-kit';
import { expandEnvironment } from '@gitops-promote/core';
import type { WriteMode } from '@gitops-promote/core/image-edit';

export interface BumpValuesSettings {
  componentTagsPath: string;
  filePatterns: string[];
  environment: string;
  services: string[];
  write: WriteMode;
  failOnMissing: boolean;
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
  return {
    componentTagsPath: getText('component-tags') || 'component-tags.json',
    filePatterns: expandEnvironment(patterns, environment),
    environment,
    services: getList('services'),
    write: getWriteMode(),
    failOnMissing: getBoolean('fail-on-missing'),
    dryRun: getBoolean('dry-run'),
    commit: push || getBoolean('commit'),
    push,
    commitMessage: getText('commit-message'),
    pushRetries: getInteger('push-retries', 5, 0, 20),
  };
}
