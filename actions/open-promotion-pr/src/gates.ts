/**
 * open-promotion-pr's promotion gates at the edge: what is published after the core's gates run
 * (`gatesRun`: the gate asked before writing, the `gitops-promote/gates` status): the
 * `eligible-at` and `gates` outputs and the summary section. The `policy-file` input is read
 * with the other inputs, in settings.ts.
 */
import * as runner from '@gitops-promote/action-kit/runner';
import { type RunnerContext, setFileBackedOutput, SUMMARY_ROWS } from '@gitops-promote/action-kit';
import type { ComponentTags } from '@gitops-promote/core';
import {
  type GateMode,
  type GatesEvaluation,
  gatesJson,
  gatesRun,
  gatesSummary,
  type GitHubApi,
  type PromotionLog,
  type PromotionResult,
  type ReadBase,
  type SourceImage,
} from '@gitops-promote/core/promotion';
import type { OpenPromotionSettings } from './settings.js';

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

/** The output that names the file holding the whole `gates` JSON. */
export const GATES_FILE_OUTPUT = 'gates-file';

/** `gates` (a note past the safe size: one entry per service), and the file that holds it all. */
function publishGatesJson(evaluation: GatesEvaluation): void {
  setFileBackedOutput('open-promotion-pr', 'gates', gatesJson(evaluation.report), {
    output: GATES_FILE_OUTPUT,
    name: 'gates.json',
  });
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
    if (evaluation) publishGatesJson(evaluation);
    else runner.setOutput('gates', '');
    // Without a policy file there are no gates, and no status: nothing can require one.
    if (!evaluation?.policyFound) return;
    await run.publishStatus(result);
    const limit = {
      rows: SUMMARY_ROWS,
      where: `every verdict is in the file named by the \`${GATES_FILE_OUTPUT}\` output`,
    };
    await runner.summary.addRaw(`${gatesSummary(evaluation, limit)}\n`).write();
  };
  return { gate: run.gate, publish };
}
