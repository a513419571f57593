/**
 * open-promotion-pr's promotion gates at the edge: the `policy-file` input, and what is
 * published after the core's gates run (`gatesRun`: the gate asked before writing, the
 * `gitops-promote/gates` status): the `eligible-at` and `gates` outputs and the summary section.
 */
import * as runner from '@gitops-promote/action-kit/runner';
import { getText, type RunnerContext } from '@gitops-promote/action-kit';
import type { ComponentTags } from '@gitops-promote/core';
import {
  type GateMode,
  gatesJson,
  gatesRun,
  gatesSummary,
  type GitHubApi,
  type PolicySetting,
  policySetting,
  type PromotionLog,
  type PromotionResult,
  type ReadBase,
  type SourceImage,
} from '@gitops-promote/core/promotion';
import type { OpenPromotionSettings } from './settings.js';

/** `policy-file`: a relative path in the config repository; empty means the default, if present. */
export function readPolicySetting(): PolicySetting {
  return policySetting(getText('policy-file'));
}

/** The link of a status: this workflow run. */
export function runUrl(context: RunnerContext): string | undefined {
  if (!context.runId || !context.repository) return undefined;
  return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}

export interface PromotionGates {
  /** The `gate` of the promotion request: evaluates and keeps the verdicts. */
  gate: (services: readonly string[], at?: ReadBase) => Promise<readonly string[]>;
  /** Status, outputs and summary after the promotion (or the rollback) ran. */
  publish: (result: PromotionResult) => Promise<void>;
}

/** The gates of one run of the action. */
export function promotionGates(
  settings: OpenPromotionSettings,
  api: GitHubApi,
  context: RunnerContext,
  facts: { mode: GateMode; sources?: readonly SourceImage[]; componentTags?: ComponentTags },
  log: PromotionLog,
): PromotionGates {
  const targetUrl = runUrl(context);
  const run = gatesRun(
    api,
    {
      repository: settings.repository,
      base: settings.base,
      environment: settings.environment,
      branch: settings.branch,
      ...(settings.fromEnvironment ? { from: settings.fromEnvironment } : {}),
      hotfix: settings.hotfix,
      policy: settings.policy,
      ...(targetUrl ? { targetUrl } : {}),
      now: () => new Date(),
    },
    facts,
    log,
  );
  const publish = async (result: PromotionResult) => {
    const evaluation = await run.settle(result);
    runner.setOutput('eligible-at', evaluation?.report.eligibleAt ?? '');
    runner.setOutput('gates', evaluation ? gatesJson(evaluation.report) : '');
    if (!evaluation?.policyFound) return;
    await run.publishStatus(result);
    await runner.summary.addRaw(`${gatesSummary(evaluation)}\n`).write();
  };
  return { gate: run.gate, publish };
}
