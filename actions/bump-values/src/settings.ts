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
import { expandEnvironment, InputError } from '@gitops-promote/core';
import { ChangeTrailerError, withChangeTrailers } from '@gitops-promote/core/git';
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
    commitMessage: getCommitMessage(),
    pushRetries: getInteger('push-retries', 5, 0, 20),
  };
}
