/**
 * open-promotion-pr: open or update the pull request that bumps an environment in a config
 * repository, from component-tags.json, with one verified commit written through the API.
 */
import * as runner from '@gitops-promote/action-kit/runner';
import { getRequired, readRunnerContext, runAction } from '@gitops-promote/action-kit';
import {
  type ComponentTags,
  escapeMarkdown,
  inlineCode,
  openPromotion,
  type PromotionLog,
  type PromotionResult,
  reviewRows,
  reviewTable,
  selectServices,
  type SourceRepository,
} from '@gitops-promote/core';
import { loadComponentTags } from './component-tags-source.js';
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
  runner.setOutput('changes', JSON.stringify(result.plan.changes));
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
  const text = [
    heading,
    `${DONE[result.operation]} ${link} on ${inlineCode(result.branch)} at ${inlineCode(result.commitSha)}.`,
    reviewTable(rows, source),
  ].join('\n\n');
  await runner.summary.addRaw(`${text}\n`).write();
}

async function main(): Promise<void> {
  const token = getRequired('token');
  runner.setSecret(token);
  const context = readRunnerContext();
  const settings = readSettings(context, token);
  const componentTags = selectServices(
    await loadComponentTags(settings.componentTags, context, token),
    settings.services,
  );
  const source = { serverUrl: context.serverUrl, repository: settings.sourceRepository };
  const result = await openPromotion(
    await createGitHubApi(token, context.apiUrl),
    {
      repository: settings.repository,
      base: settings.base,
      environment: settings.environment,
      filePatterns: settings.filePatterns,
      componentTags,
      write: settings.write,
      allowEmpty: settings.allowEmpty,
      failOnMissing: settings.failOnMissing,
      allowDowngrade: settings.allowDowngrade,
      fluxNamespace: settings.fluxNamespace,
      chartAppVersion: settings.chartAppVersion,
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
    },
    log,
  );
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
