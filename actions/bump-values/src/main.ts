/**
 * bump-values: write a component-tags.json's tags and digests into the workspace's config
 * files, changing only those bytes; optionally commit and push with re-plan retry.
 */
import * as runner from '@gitops-promote/action-kit/runner';
import { readRunnerContext, runAction } from '@gitops-promote/action-kit';
import { readComponentTags } from '@gitops-promote/action-kit/component-tags';
import {
  type Change,
  escapeMarkdown,
  inlineCode,
  markdownTable,
  selectServices,
} from '@gitops-promote/core';
import { type BumpLog, type BumpOutcome, bumpWorkspace } from '@gitops-promote/core/bump';
import { readSettings, type BumpValuesSettings } from './settings.js';

const log: BumpLog = {
  info: (message) => runner.info(message),
  warning: (message, where) =>
    runner.warning(message, where ? { file: where.file, startLine: where.line } : {}),
};

function writeOutputs(outcome: BumpOutcome): void {
  runner.setOutput('changed', String(outcome.changes.length > 0));
  runner.setOutput('changed-files', outcome.changedFiles.join('\n'));
  runner.setOutput('changes', JSON.stringify(outcome.changes));
  if (outcome.commitSha) runner.setOutput('commit-sha', outcome.commitSha);
}

async function writeSummary(changes: Change[], settings: BumpValuesSettings, commitSha: string) {
  const heading = `## bump-values${settings.environment ? `: ${escapeMarkdown(settings.environment)}` : ''}${settings.dryRun ? ' (dry run)' : ''}`;
  if (changes.length === 0) {
    await runner.summary
      .addRaw(`${heading}\n\nNothing to change: every value already holds its target.\n`)
      .write();
    return;
  }
  const rows = changes.map((c) => [
    escapeMarkdown(c.service),
    escapeMarkdown(c.field),
    inlineCode(`${c.file}:${c.line}`),
    inlineCode(c.from),
    inlineCode(c.to),
  ]);
  const commit = commitSha ? `\n\nCommitted as ${inlineCode(commitSha)}.` : '';
  await runner.summary
    .addRaw(
      `${heading}\n\n${markdownTable(['Service', 'Field', 'File:line', 'From', 'To'], rows)}${commit}\n`,
    )
    .write();
}

async function main(): Promise<void> {
  const context = readRunnerContext();
  const settings = readSettings();
  const source = { kind: 'workspace', path: settings.componentTagsPath } as const;
  const all = await readComponentTags(source, { workspace: context.workspace });
  const outcome = await bumpWorkspace(
    {
      ...settings,
      workspace: context.workspace,
      componentTags: selectServices(all, settings.services),
      fallbackBranch: context.refName,
    },
    { log },
  );
  writeOutputs(outcome);
  await writeSummary(outcome.changes, settings, outcome.commitSha);
}

await runAction(main);
