/**
 * The gates of one run of a promotion, shared by open-promotion-pr and the CLI so both edges
 * behave alike: the policy path rule, the `gate` callback the promotion asks before it writes
 * (built on `explainGates`, its verdicts kept and logged), and after the promotion (or the
 * rollback) the `gitops-promote/gates` status on the new pull request's head, or on the open
 * one when nothing may go. What each edge prints (outputs, summary, table) stays at the edge.
 */
import type { ComponentTags } from '../../component-tags.js';
import type { GitHubApi, PromotionLog, RepositoryName } from '../github-api.js';
import type { PromotionResult } from '../open-promotion.js';
import type { SourceImage } from './gate-facts.js';
import { gatesStatus, type GateMode, openedStatus } from './gate-verdicts.js';
import {
  explainGates,
  type GatesEvaluation,
  type PolicySetting,
  type ReadBase,
  tryMarkOpenPullRequest,
  trySetGatesStatus,
} from './promotion-gates.js';

/** Everything a run's gates need but the facts the promotion reads. */
export interface GatesRunRequest {
  repository: RepositoryName;
  /** The base branch; empty means the default branch. */
  base: string;
  environment: string;
  /** The promotion's branch: when nothing may go, its open pull request gets the verdict. */
  branch: string;
  /** The source environment (mode `promote`). */
  from?: string;
  hotfix: boolean;
  policy: PolicySetting;
  /** The link of the status (the workflow run); none when absent. */
  targetUrl?: string;
  /** The clock, read at each evaluation. */
  now: () => Date;
}

/** The facts of the mode: the source images (promote) or the component tags (bump). */
export interface GatesRunFacts {
  mode: GateMode;
  sources?: readonly SourceImage[];
  componentTags?: ComponentTags;
}

export interface GatesRun {
  /** The verdicts for `services` on a base (read again when not given), kept for `settle`. */
  evaluate: (services: readonly string[], at?: ReadBase) => Promise<GatesEvaluation>;
  /** The `gate` of the promotion request: evaluates, logs and keeps the verdicts. */
  gate: (services: readonly string[], at?: ReadBase) => Promise<readonly string[]>;
  /**
   * After the promotion (or the rollback) ran: the evaluation, if the gates ran; a rollback's
   * services are evaluated here (reported, never blocked).
   */
  settle: (result: PromotionResult) => Promise<GatesEvaluation | undefined>;
  /** Then the `gitops-promote/gates` status, when a policy file was found. */
  publishStatus: (result: PromotionResult) => Promise<void>;
}

/** The gates of one run of a promotion. */
export function gatesRun(
  api: GitHubApi,
  request: GatesRunRequest,
  facts: GatesRunFacts,
  log: PromotionLog,
): GatesRun {
  let evaluation: GatesEvaluation | undefined;
  const evaluate = async (services: readonly string[], at?: ReadBase) => {
    const found = await explainGates(
      api,
      {
        repository: request.repository,
        base: request.base,
        environment: request.environment,
        mode: facts.mode,
        ...(request.from ? { from: request.from } : {}),
        hotfix: request.hotfix,
        policy: request.policy,
        now: request.now(),
        ...(facts.sources ? { sources: facts.sources } : {}),
        ...(facts.componentTags ? { componentTags: facts.componentTags } : {}),
      },
      services,
      log,
      at,
    );
    for (const service of found.report.services)
      for (const v of service.verdicts)
        log.info(`Gate ${v.gate} for '${service.service}': ${v.verdict}: ${v.reason}`);
    evaluation = found;
    return found;
  };
  const gate = async (services: readonly string[], at?: ReadBase) =>
    (await evaluate(services, at)).report.eligible;
  const settle = async (result: PromotionResult) => {
    if (facts.mode === 'rollback' && result.plan.services.length > 0)
      await gate(result.plan.services, result.at);
    return evaluation;
  };
  const publishStatus = async (result: PromotionResult) => {
    // Without a policy file there are no gates, and no status: nothing can require one.
    if (!evaluation?.policyFound) return;
    const link = request.targetUrl ? { targetUrl: request.targetUrl } : {};
    if (result.operation === 'waiting')
      await tryMarkOpenPullRequest(
        api,
        request.repository,
        request.branch,
        { ...gatesStatus(evaluation.report), ...link },
        log,
        result.promotion,
      );
    else if (result.pullRequest && result.commitSha)
      await trySetGatesStatus(
        api,
        request.repository,
        result.commitSha,
        { ...openedStatus(evaluation.report), ...link },
        log,
      );
  };
  return { evaluate, gate, settle, publishStatus };
}
