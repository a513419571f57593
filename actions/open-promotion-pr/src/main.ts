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
  setChangesOutputs,
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
  type GitHubApi,
  imagesAsComponentTags,
  openPromotion,
  openRollback,
  type PromotionLog,
  type PromotionResult,
  readEnvironmentImages,
  reviewRows,
  reviewTable,
  type SourceRepository,
} from '@gitops-promote/core/promotion';
import { createGitHubApi } from './github-client.js';
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
};

async function writeSummary(
  result: PromotionResult,
  settings: OpenPromotionSettings,
  componentTags: ComponentTags,
  source: SourceRepository,
): Promise<void> {
  const heading = `## open-promotion-pr: ${escapeMarkdown(settings.environment)}`;
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
) {
  return openPromotion(
    api,
    {
      ...commonRequest(settings, source),
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
async function promote(settings: OpenPromotionSettings, api: GitHubApi, source: SourceRepository) {
  const images = await readEnvironmentImages(
    api,
    settings.repository,
    { base: settings.base, patterns: settings.sourcePatterns, services: settings.services },
    log,
  );
  const componentTags = imagesAsComponentTags(images);
  const from = settings.fromEnvironment;
  const result = await openPromotion(
    api,
    {
      ...commonRequest(settings, source),
      titleTemplate: settings.title || `chore(deploy): promote {services} from ${from} to {env}`,
      heading: `### Promotion ${inlineCode(from)} → ${inlineCode(settings.environment)}`,
      filePatterns: settings.filePatterns,
      componentTags,
      write: 'tag+digest',
      allowEmpty: settings.allowEmpty,
      // A service the target lacks is reported, not added (and never fails the promotion).
      failOnMissing: false,
      allowDowngrade: settings.allowDowngrade,
      fluxNamespace: settings.fluxNamespace,
      chartAppVersion: settings.chartAppVersion,
    },
    log,
  );
  return { result, componentTags };
}

async function main(): Promise<void> {
  const token = getRequired('token');
  runner.setSecret(token);
  const context = readRunnerContext();
  const settings = readSettings(context, token);
  const source = { serverUrl: context.serverUrl, repository: settings.sourceRepository };
  const api = await createGitHubApi(token, context.apiUrl);
  let componentTags: ComponentTags = {};
  let result: PromotionResult;
  if (settings.mode === 'rollback') result = await rollback(settings, api, source);
  else if (settings.mode === 'promote')
    ({ result, componentTags } = await promote(settings, api, source));
  else {
    componentTags = selectServices(
      await readComponentTags(settings.componentTags, {
        workspace: context.workspace,
        artifacts: { store: createArtifactStore(), downloadFrom: downloadArtifactFrom },
        token,
      }),
      settings.services,
    );
    result = await bump(settings, api, source, componentTags);
  }
  runner.info(
    `Operation: ${result.operation}` +
      (result.pullRequest
        ? `, pull request #${result.pullRequest.number} ${result.pullRequest.url}`
        : ''),
  );
  writeOutputs(result);
  await writeSummary(result, settings, componentTags, source);
}

await runAction(main);
