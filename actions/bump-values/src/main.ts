/**
 * bump-values: write a component-tags.json's tags and digests into the workspace's config
 * files, changing only those bytes; optionally commit and push with re-plan retry.
 */
import { readFileSync } from 'node:fs';
import * as runner from '@gitops-promote/action-kit/runner';
import { readRunnerContext, runAction } from '@gitops-promote/action-kit';
import {
  type Change,
  checkCoverage,
  type ComponentTags,
  commitChanges,
  defaultCommitMessage,
  escapeMarkdown,
  inlineCode,
  InputError,
  markdownTable,
  parseComponentTags,
  PromoteError,
  pushWithRetry,
  resolveInWorkspace,
  runGit,
  selectServices,
  withChangeTrailers,
  writeFileAtomic,
} from '@gitops-promote/core';
import { planWorkspace, type WorkspacePlan } from './plan-workspace.js';
import { readSettings, type BumpValuesSettings } from './settings.js';

function loadComponentTags(workspace: string, settings: BumpValuesSettings): ComponentTags {
  const path = resolveInWorkspace(workspace, settings.componentTagsPath, 'component-tags');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(
      'component-tags',
      settings.componentTagsPath,
      'names a file that cannot be read',
    );
  }
  const all = parseComponentTags(text, settings.componentTagsPath);
  return selectServices(all, settings.services);
}

/** Fail (or warn) about what matched nothing; warn about occurrences that were skipped. */
function reportUnmatched(plan: WorkspacePlan, settings: BumpValuesSettings): void {
  const warnings = checkCoverage({
    unmatchedPatterns: plan.unmatchedPatterns,
    matchedFiles: plan.matchedFiles.length,
    unmatchedServices: plan.unmatchedServices,
    allowEmpty: settings.allowEmpty,
    failOnMissing: settings.failOnMissing,
  });
  for (const skipped of plan.skipped)
    runner.warning(`Skipped an image that cannot be read safely (${skipped.reason})`, {
      file: skipped.file,
      startLine: skipped.line,
    });
  for (const warning of warnings) runner.warning(warning);
  for (const occ of plan.leftAlone)
    runner.info(
      `Left alone ${occ.file}:${occ.line}: its Flux marker names the policy '${occ.policy}', ` +
        `not in namespace '${settings.fluxNamespace.namespace}' (flux-namespace).`,
    );
}

function writeOutputs(changes: Change[], files: string[], commitSha: string): void {
  runner.setOutput('changed', String(changes.length > 0));
  runner.setOutput('changed-files', files.join('\n'));
  runner.setOutput('changes', JSON.stringify(changes));
  if (commitSha) runner.setOutput('commit-sha', commitSha);
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

/** The branch to push to: the checked-out branch, else the workflow's ref name. */
async function currentBranch(workspace: string, fallback: string): Promise<string> {
  const result = await runGit(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
    cwd: workspace,
    okExitCodes: [1],
  });
  const branch = result.exitCode === 0 ? result.stdout.trim() : fallback;
  if (!branch)
    throw new PromoteError('Cannot push: HEAD is detached and GITHUB_REF_NAME is not set.');
  return branch;
}

function commitMessageFor(plan: WorkspacePlan, settings: BumpValuesSettings): string {
  const services = [...new Set(plan.changes.map((c) => c.service))].sort();
  const message = settings.commitMessage || defaultCommitMessage(services, settings.environment);
  return withChangeTrailers(message, plan.changes);
}

function writePlan(workspace: string, plan: WorkspacePlan): void {
  for (const file of plan.files)
    writeFileAtomic(resolveInWorkspace(workspace, file.path, 'files'), file.after);
}

async function main(): Promise<void> {
  const context = readRunnerContext();
  const settings = readSettings();
  const workspace = context.workspace;
  const componentTags = loadComponentTags(workspace, settings);
  const plan = planWorkspace(workspace, componentTags, settings);
  reportUnmatched(plan, settings);
  for (const change of plan.changes)
    runner.info(
      `${change.file}:${change.line} ${change.service} ${change.field}: ${change.from || '(none)'} -> ${change.to}`,
    );
  if (settings.dryRun || plan.changes.length === 0) {
    writeOutputs(
      plan.changes,
      plan.files.map((f) => f.path),
      '',
    );
    await writeSummary(plan.changes, settings, '');
    return;
  }
  writePlan(workspace, plan);
  let changes = plan.changes;
  let changedFiles = plan.files.map((f) => f.path);
  let commitSha = '';
  if (settings.commit) {
    commitSha =
      (await commitChanges({
        cwd: workspace,
        files: changedFiles,
        message: commitMessageFor(plan, settings),
      })) ?? '';
    runner.info(`Committed ${commitSha}`);
  }
  if (settings.push && commitSha) {
    const branch = await currentBranch(workspace, context.refName);
    const outcome = await pushWithRetry({
      cwd: workspace,
      branch,
      retries: settings.pushRetries,
      onRetry: (e) =>
        runner.info(
          `Push rejected (${e.reason}); re-planning on the new head in ${e.delayMs} ms (retry ${e.retry})`,
        ),
      replan: async () => {
        const again = planWorkspace(workspace, componentTags, settings);
        if (again.changes.length === 0) {
          changes = [];
          changedFiles = [];
          return null;
        }
        writePlan(workspace, again);
        changes = again.changes;
        changedFiles = again.files.map((f) => f.path);
        return { message: commitMessageFor(again, settings), files: changedFiles };
      },
    });
    commitSha = outcome.status === 'pushed' ? outcome.sha : '';
    runner.info(
      outcome.status === 'pushed'
        ? `Pushed ${outcome.sha} to ${branch} after ${outcome.attempts} attempt(s)`
        : `Nothing to push: ${branch} already holds every change`,
    );
  }
  writeOutputs(changes, changedFiles, commitSha);
  await writeSummary(changes, settings, commitSha);
}

await runAction(main);
