/**
 * open-promotion-pr's promotion gates at the edge: the `policy-file` input, the gate the
 * promotion asks before it writes, and what is published after: the `gitops-promote/gates`
 * status (on the new pull request's head, or on the open one when nothing may go), the
 * `eligible-at` and `gates` outputs and the summary section.
 */
import * as runner from '@gitops-promote/action-kit/runner';
import {
  getText,
  type RunnerContext,
  setFileBackedOutput,
  SUMMARY_ROWS,
} from '@gitops-promote/action-kit';
import { type ComponentTags, InputError } from '@gitops-promote/core';
import {
  DEFAULT_POLICY_FILE,
  explainGates,
  type GateMode,
  type GatesEvaluation,
  gatesJson,
  gatesStatus,
  gatesSummary,
  type GitHubApi,
  openedStatus,
  type PolicySetting,
  type PromotionLog,
  type PromotionResult,
  type ReadBase,
  type SourceImage,
  tryMarkOpenPullRequest,
  trySetGatesStatus,
} from '@gitops-promote/core/promotion';
import type { OpenPromotionSettings } from './settings.js';

/** `policy-file`: a relative path in the config repository; empty means the default, if present. */
export function readPolicySetting(): PolicySetting {
  const given = getText('policy-file');
  const path = given || DEFAULT_POLICY_FILE;
  if (path.includes('\\') || path.split('/').some((p) => p === '' || p === '.' || p === '..'))
    throw new InputError(
      'policy-file',
      path,
      "must be a relative path in the repository, without '.', '..' or empty parts",
    );
  return { path, explicit: given !== '' };
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
  let evaluation: GatesEvaluation | undefined;
  const targetUrl = runUrl(context);
  const evaluate = async (services: readonly string[], at?: ReadBase) => {
    evaluation = await explainGates(
      api,
      {
        repository: settings.repository,
        base: settings.base,
        environment: settings.environment,
        mode: facts.mode,
        ...(settings.fromEnvironment ? { from: settings.fromEnvironment } : {}),
        hotfix: settings.hotfix,
        policy: settings.policy,
        now: new Date(),
        ...(facts.sources ? { sources: facts.sources } : {}),
        ...(facts.componentTags ? { componentTags: facts.componentTags } : {}),
      },
      services,
      log,
      at,
    );
    for (const service of evaluation.report.services)
      for (const v of service.verdicts)
        log.info(`Gate ${v.gate} for '${service.service}': ${v.verdict}: ${v.reason}`);
    return evaluation.report.eligible;
  };
  const publish = async (result: PromotionResult) => {
    if (facts.mode === 'rollback' && result.plan.services.length > 0)
      await evaluate(result.plan.services);
    runner.setOutput('eligible-at', evaluation?.report.eligibleAt ?? '');
    if (evaluation) publishGatesJson(evaluation);
    else runner.setOutput('gates', '');
    // Without a policy file there are no gates, and no status: nothing can require one.
    if (!evaluation?.policyFound) return;
    const link = targetUrl ? { targetUrl } : {};
    if (result.operation === 'waiting')
      await tryMarkOpenPullRequest(
        api,
        settings.repository,
        settings.branch,
        { ...gatesStatus(evaluation.report), ...link },
        log,
      );
    else if (result.pullRequest && result.commitSha)
      await trySetGatesStatus(
        api,
        settings.repository,
        result.commitSha,
        { ...openedStatus(evaluation.report), ...link },
        log,
      );
    const limit = {
      rows: SUMMARY_ROWS,
      where: `every verdict is in the file named by the \`${GATES_FILE_OUTPUT}\` output`,
    };
    await runner.summary.addRaw(`${gatesSummary(evaluation, limit)}\n`).write();
  };
  return { gate: evaluate, publish };
}
