/**
 * Run open-promotion-pr's bundle as a workflow step does, against the local GitHub: a fresh
 * workspace (with component-tags.json when given), the server's token, `environment: prod` and
 * `files` unless a test sets them, and the runner's variables. Each test file binds its own
 * defaults once with `promotionRunner`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ComponentTags } from '@gitops-promote/core';
import type { GitHubTestServer } from './github-server/index.js';
import { runAction, type ActionRun } from './run-action.js';

/** What one test file's runs share. */
export interface PromotionRunDefaults {
  /** The config repository (the `repository` input), owner/name. */
  repository: string;
  /** The name each run's temporary workspace starts with. */
  workspacePrefix: string;
  /** GITHUB_RUN_ID. */
  runId: string;
  /** The `files` input; default `helm/*\/values-{env}.yaml`. */
  files?: string;
  /** GITHUB_REPOSITORY, the repository the workflow runs in; default acme/shop. */
  workflowRepository?: string;
  /** More inputs, made at each run (after the defaults, before the test's own). */
  inputs?: () => Record<string, string>;
  /** More environment variables, made at each run. */
  env?: () => Record<string, string>;
}

/** One run of the bundle with `inputs` (and component-tags.json when given). */
export type PromotionRun = (
  github: GitHubTestServer,
  inputs: Record<string, string>,
  componentTags?: ComponentTags,
) => Promise<ActionRun>;

/** Run the bundle in a fresh workspace with `defaults`. */
export function promotionRunner(defaults: PromotionRunDefaults): PromotionRun {
  return async (github, inputs, componentTags) => {
    const workspace = mkdtempSync(join(tmpdir(), defaults.workspacePrefix));
    if (componentTags)
      writeFileSync(join(workspace, 'component-tags.json'), JSON.stringify(componentTags));
    return runAction('open-promotion-pr', {
      inputs: {
        token: github.token,
        repository: defaults.repository,
        environment: 'prod',
        files: defaults.files ?? 'helm/*/values-{env}.yaml',
        ...defaults.inputs?.(),
        ...inputs,
      },
      env: {
        GITHUB_API_URL: github.apiUrl,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: defaults.workflowRepository ?? 'acme/shop',
        GITHUB_WORKSPACE: workspace,
        GITHUB_RUN_ID: defaults.runId,
        ...defaults.env?.(),
      },
    });
  };
}

/** The message of the run's first error annotation; '' when there is none. */
export const errorOf = (result: ActionRun) =>
  result.annotations.find((a) => a.level === 'error')?.message ?? '';

/** The run succeeded: no error annotation, exit code 0. */
export function expectSuccess(result: ActionRun): void {
  expect(errorOf(result)).toBe('');
  expect(result.exitCode).toBe(0);
}
