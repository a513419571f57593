/**
 * open-promotion-pr's promotion wing at the edge, loaded by main.ts with `import()` once the
 * inputs are read and the first reads of the config repository are sent: each mode (bump,
 * promote, rollback), then the outputs, the summary and the gates' status.
 */
import * as runner from '@gitops-promote/action-kit/runner';
import {
  CHANGES_FILE_OUTPUT,
  firstRows,
  hiddenRowsNote,
  type RunnerContext,
  setChangesOutputs,
  setFileBackedOutput,
} from '@gitops-promote/action-kit';
import { createArtifactStore, downloadArtifactFrom } from '@gitops-promote/action-kit/artifacts';
import { readComponentTags } from '@gitops-promote/action-kit/component-tags';
import {
  type ComponentTags,
  escapeMarkdown,
  inlineCode,
  selectServices,
} from '@gitops-promote/core';
import {
  type BaseRead,
  type ContentsSources,
  type GitHubApi,
  openPromotion,
  openRollback,
  operationDone,
  promoteEnvironment,
  type PromotionLog,
  type PromotionResult,
  reviewRows,
  reviewTable,
  type SourceRepository,
} from '@gitops-promote/core/promotion';
import { openContentsSources } from './contents-sources.js';
import { promotionGates, type PromotionGates } from './gates.js';
import type { OpenPromotionSettings } from './settings.js';

const log: PromotionLog = {
  info: (message) => runner.info(message),
  warning: (message, where) =>
    runner.warning(message, where ? { file: where.file, startLine: where.line } : {}),
};

function writeOutputs(result: PromotionResult): void {
  runner.setOutput('operation', result.operation);
  runner.setOutput(
    'pull-request-number',
    result.pullRequest ? String(result.pullRequest.number) : '',
  );
  runner.setOutput('pull-request-url', result.pullRequest?.url ?? '');
  runner.setOutput('branch', result.branch);
  runner.setOutput('commit-sha', result.commitSha);
  setChangesOutputs('open-promotion-pr', 'changes', JSON.stringify(result.plan.changes));
}

/** Why nothing changed: every value holds its target, or holds left out every service. */
function nothingToChange(result: PromotionResult, settings: OpenPromotionSettings): string {
  if (!result.everyServiceHeld) return 'Nothing to change: every value already holds its target.';
  const services = result.everyServiceHeld.map(escapeMarkdown).join(', ');
  return (
    `Nothing to change: every service it would move (${services}) is held in ` +
    `${inlineCode(settings.environment)} by ${inlineCode(settings.holdsFile)}. ` +
    'The warnings name each hold and how to lift it.'
  );
}

async function writeSummary(
  result: PromotionResult,
  settings: OpenPromotionSettings,
  componentTags: ComponentTags,
  source: SourceRepository,
): Promise<void> {
  const heading = `## open-promotion-pr: ${escapeMarkdown(settings.environment)}`;
  if (result.operation === 'waiting') {
    await runner.summary
      .addRaw(`${heading}\n\nWaiting: no service may go yet, nothing was written.\n`)
      .write();
    return;
  }
  if (result.operation === 'none') {
    await runner.summary.addRaw(`${heading}\n\n${nothingToChange(result, settings)}\n`).write();
    return;
  }
  const pull = result.pullRequest;
  const link = pull ? `[#${pull.number}](${pull.url})` : '';
  const revisions = result.contents?.revisions;
  const rows = reviewRows(result.plan.changes, componentTags, settings.environment, revisions);
  const { shown, hidden } = firstRows(rows);
  const more = hiddenRowsNote(
    hidden,
    `every change is in the file named by the \`${CHANGES_FILE_OUTPUT}\` output`,
  );
  const text = [
    heading,
    `${operationDone(result.operation)} ${link} on ${inlineCode(result.branch)} at ${inlineCode(result.commitSha)}.`,
    reviewTable(shown, source),
    ...(more === '' ? [] : [more]),
    ...(result.contents ? [result.contents.markdown] : []),
  ].join('\n\n');
  await runner.summary.addRaw(`${text}\n`).write();
}

/** The request fields every mode shares. */
function commonRequest(settings: OpenPromotionSettings, source: SourceRepository) {
  return {
    repository: settings.repository,
    base: settings.base,
    environment: settings.environment,
    branch: settings.branch,
    titleTemplate: settings.title,
    bodyTemplate: settings.body,
    labels: settings.labels,
    reviewers: settings.reviewers,
    teamReviewers: settings.teamReviewers,
    draft: settings.draft,
    autoMerge: settings.autoMerge,
    hotfix: settings.hotfix,
    source,
    holds: { path: settings.holdsFile, ignore: settings.ignoreHolds },
  };
}

/** Mode `rollback`: the inverse of the bump `revert` names, and its holds. */
async function rollback(settings: OpenPromotionSettings, api: GitHubApi, source: SourceRepository) {
  const result = await openRollback(
    api,
    {
      ...commonRequest(settings, source),
      revert: settings.revert,
      services: settings.services,
      now: new Date(),
    },
    log,
  );
  runner.setOutput('reverted-sha', result.target.sha);
  // One hold per service rolled back: a note past the safe size, the file holds them all.
  setFileBackedOutput('open-promotion-pr', 'holds', JSON.stringify(result.holds), {
    output: 'written-holds-file',
    name: 'holds.json',
  });
  return result;
}

/** Mode `bump`: component-tags into the environment's files. */
async function bump(
  settings: OpenPromotionSettings,
  api: GitHubApi,
  source: SourceRepository,
  componentTags: ComponentTags,
  contents: ContentsSources,
  gates: PromotionGates,
  baseRead?: Promise<BaseRead>,
) {
  return openPromotion(
    api,
    {
      ...commonRequest(settings, source),
      contents,
      gate: gates.gate,
      filePatterns: settings.filePatterns,
      componentTags,
      write: settings.write,
      allowEmpty: settings.allowEmpty,
      failOnMissing: settings.failOnMissing,
      allowDowngrade: settings.allowDowngrade,
      fluxNamespace: settings.fluxNamespace,
      chartAppVersion: settings.chartAppVersion,
    },
    log,
    baseRead,
  );
}

/** Mode `promote`: the target environment's files to the source environment's images. */
async function promote(
  settings: OpenPromotionSettings,
  api: GitHubApi,
  source: SourceRepository,
  contents: ContentsSources,
  context: RunnerContext,
  baseRead?: Promise<BaseRead>,
) {
  let gates: PromotionGates | undefined;
  const { result, componentTags } = await promoteEnvironment(
    api,
    {
      ...commonRequest(settings, source),
      contents,
      gatesFor: (sources) => {
        gates = promotionGates(settings, api, context, { mode: 'promote', sources }, log);
        return gates.gate;
      },
      fromEnvironment: settings.fromEnvironment,
      sourcePatterns: settings.sourcePatterns,
      services: settings.services,
      filePatterns: settings.filePatterns,
      allowEmpty: settings.allowEmpty,
      allowDowngrade: settings.allowDowngrade,
      fluxNamespace: settings.fluxNamespace,
      chartAppVersion: settings.chartAppVersion,
    },
    log,
    baseRead,
  );
  // promoteEnvironment makes the gates once it has read the source images, before it plans.
  if (!gates) throw new Error('open-promotion-pr: the promotion made no gates');
  return { result, componentTags, gates };
}

/** What main.ts read and started before loading this wing. */
export interface StartedRun {
  token: string;
  context: RunnerContext;
  settings: OpenPromotionSettings;
  api: GitHubApi;
  /** The base read main started (modes `bump` and `promote`; `startBaseRead`). */
  baseRead?: Promise<BaseRead>;
}

/** Run the mode the inputs name, then write the outputs, the summary and the gates' status. */
export async function runPromotion(started: StartedRun): Promise<void> {
  const { token, context, settings, api, baseRead } = started;
  const source = { serverUrl: context.serverUrl, repository: settings.sourceRepository };
  let componentTags: ComponentTags = {};
  let result: PromotionResult;
  const contents =
    settings.mode === 'rollback'
      ? { sources: {}, close: () => undefined }
      : await openContentsSources(settings, api, context.apiUrl);
  let gates: PromotionGates;
  if (settings.mode === 'rollback') {
    result = await rollback(settings, api, source);
    gates = promotionGates(settings, api, context, { mode: 'rollback' }, log);
  } else if (settings.mode === 'promote')
    ({ result, componentTags, gates } = await promote(
      settings,
      api,
      source,
      contents.sources,
      context,
      baseRead,
    ));
  else {
    componentTags = selectServices(
      await readComponentTags(settings.componentTags, {
        workspace: context.workspace,
        artifacts: { store: createArtifactStore(), downloadFrom: downloadArtifactFrom },
        token,
      }),
      settings.services,
    );
    gates = promotionGates(settings, api, context, { mode: 'bump', componentTags }, log);
    result = await bump(settings, api, source, componentTags, contents.sources, gates, baseRead);
  }
  // Idle kept-alive sockets do not hold the process; a throw above needs no close.
  contents.close();
  runner.info(
    `Operation: ${result.operation}` +
      (result.pullRequest
        ? `, pull request #${result.pullRequest.number} ${result.pullRequest.url}`
        : ''),
  );
  writeOutputs(result);
  await writeSummary(result, settings, componentTags, source);
  await gates.publish(result);
}
