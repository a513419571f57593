/**
 * open-promotion-pr: open or update the pull request that bumps an environment in a config
 * repository, from component-tags.json, with one verified commit written through the API.
 */
import * as runner from '@gitops-promote/action-kit/runner';
import {
  CHANGES_FILE_OUTPUT,
  firstRows,
  getRequired,
  hiddenRowsNote,
  readRunnerContext,
  runAction,
  type RunnerContext,
  setChangesOutputs,
} from '@gitops-promote/action-kit';
import { createArtifactStore, downloadArtifactFrom } from '@gitops-promote/action-kit/artifacts';
import { readComponentTags } from '@gitops-promote/action-kit/component-tags';
import { createGitHubApi } from '@gitops-promote/action-kit/github';
import {
  type ComponentTags,
  escapeMarkdown,
  inlineCode,
  selectServices,
} from '@gitops-promote/core';
import {
  type ContentsSources,
  type GitHubApi,
  openPromotion,
  openRollback,
  promoteEnvironment,
  type PromotionLog,
  type PromotionResult,
  reviewRows,
  reviewTable,
  type SourceRepository,
} from '@gitops-promote/core/promotion';
import { openContentsSources } from './contents-sources.js';
import { promotionGates, type PromotionGates } from './gates.js';
import { readSettings, type OpenPromotionSettings } from './settings.js';

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

const DONE: Record<PromotionResult['operation'], string> = {
  created: 'Opened',
  updated: 'Updated',
  unchanged: 'Unchanged:',
  none: '',
  waiting: '',
};

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
    await runner.summary
      .addRaw(`${heading}\n\nNothing to change: every value already holds its target.\n`)
      .write();
    return;
  }
  const pull = result.pullRequest;
  const link = pull ? `[#${pull.number}](${pull.url})` : '';
  const rows = reviewRows(result.plan.changes, componentTags, settings.environment);
  const { shown, hidden } = firstRows(rows);
  const more = hiddenRowsNote(
    hidden,
    `every change is in the file named by the \`${CHANGES_FILE_OUTPUT}\` output`,
  );
  const text = [
    heading,
    `${DONE[result.operation]} ${link} on ${inlineCode(result.branch)} at ${inlineCode(result.commitSha)}.`,
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
    { ...commonRequest(settings, source), revert: settings.revert, now: new Date() },
    log,
  );
  runner.setOutput('reverted-sha', result.target.sha);
  runner.setOutput('holds', JSON.stringify(result.holds));
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
  );
}

/** Mode `promote`: the target environment's files to the source environment's images. */
async function promote(
  settings: OpenPromotionSettings,
  api: GitHubApi,
  source: SourceRepository,
  contents: ContentsSources,
  context: RunnerContext,
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
  );
  // promoteEnvironment makes the gates once it has read the source images, before it plans.
  if (!gates) throw new Error('open-promotion-pr: the promotion made no gates');
  return { result, componentTags, gates };
}

async function main(): Promise<void> {
  const token = getRequired('token');
  runner.setSecret(token);
  const context = readRunnerContext();
  const settings = readSettings(context, token);
  const source = { serverUrl: context.serverUrl, repository: settings.sourceRepository };
  const api = await createGitHubApi(token, context.apiUrl, { warn: (m) => runner.warning(m) });
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
    result = await bump(settings, api, source, componentTags, contents.sources, gates);
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

await runAction(main);
