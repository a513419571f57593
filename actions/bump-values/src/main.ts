/**
 * bump-values: write a component-tags.json's tags and digests into the workspace's config
 * files, changing only those bytes; optionally commit and push with re-plan retry.
 */
import * as runner from '@gitops-promote/action-kit/runner';
import {
  CHANGES_FILE_OUTPUT,
  readRunnerContext,
  runAction,
  setBoundedOutput,
  setChangesOutputsOf,
  summaryTableOf,
} from '@gitops-promote/action-kit';
import { readComponentTags } from '@gitops-promote/action-kit/component-tags';
import { type Change, escapeMarkdown, inlineCode, selectServices } from '@gitops-promote/core';
import { bumpWorkspace } from '@gitops-promote/core/bump';
import { log } from './bump-log.js';
import { readSettings, type BumpValuesSettings } from './settings.js';

/** What the outputs are made of: a bump's or a revert's outcome. */
interface StepOutcome {
  changes: Change[];
  changedFiles: string[];
  commitSha: string;
  /** Set when holds left out every service asked for: those services. */
  everyServiceHeld?: readonly string[];
}

/** The outputs; `changes` (and `changed-files`) become a note when too large for one. */
function writeOutputs(outcome: StepOutcome): void {
  runner.setOutput('changed', String(outcome.changes.length > 0));
  const path = setChangesOutputsOf('bump-values', 'changes', outcome.changes);
  // Every change names its file, so the changes file holds the changed files too.
  setBoundedOutput('changed-files', outcome.changedFiles.join('\n'), {
    output: CHANGES_FILE_OUTPUT,
    path,
  });
  if (outcome.commitSha) runner.setOutput('commit-sha', outcome.commitSha);
}

/** Where a summary table's hidden rows are. */
const WHERE_ALL = `every change is in the file named by the \`${CHANGES_FILE_OUTPUT}\` output`;

/** Why nothing changed: every value holds its target, or holds left out every service. */
function nothingToChange(outcome: StepOutcome, settings: BumpValuesSettings): string {
  if (!outcome.everyServiceHeld) return 'Nothing to change: every value already holds its target.';
  const services = outcome.everyServiceHeld.map(escapeMarkdown).join(', ');
  return (
    `Nothing to change: every service it would move (${services}) is held in ` +
    `${inlineCode(settings.environment)} by ${inlineCode(settings.holdsFile)}. ` +
    'The warnings name each hold and how to lift it.'
  );
}

const CHANGE_COLUMNS = ['Service', 'Field', 'File:line', 'From', 'To'];

/** A change as a row of the summary's table. */
function changeRow(c: Change): string[] {
  return [
    escapeMarkdown(c.service),
    escapeMarkdown(c.field),
    inlineCode(`${c.file}:${c.line}`),
    inlineCode(c.from),
    inlineCode(c.to),
  ];
}

async function writeSummary(outcome: StepOutcome, settings: BumpValuesSettings) {
  const { changes, commitSha } = outcome;
  const heading = `## bump-values${settings.environment ? `: ${escapeMarkdown(settings.environment)}` : ''}${settings.dryRun ? ' (dry run)' : ''}`;
  if (changes.length === 0) {
    await runner.summary.addRaw(`${heading}\n\n${nothingToChange(outcome, settings)}\n`).write();
    return;
  }
  const table = summaryTableOf(CHANGE_COLUMNS, changes, changeRow, WHERE_ALL);
  const commit = commitSha ? `\n\nCommitted as ${inlineCode(commitSha)}.` : '';
  await runner.summary.addRaw(`${heading}\n\n${table}${commit}\n`).write();
}

/** Bump the workspace to the component tags, skipping held services. */
async function bump(settings: BumpValuesSettings, workspace: string, fallbackBranch: string) {
  const source = { kind: 'workspace', path: settings.componentTagsPath } as const;
  const all = await readComponentTags(source, { workspace });
  return bumpWorkspace(
    {
      ...settings,
      workspace,
      componentTags: selectServices(all, settings.services),
      fallbackBranch,
      holds: { path: settings.holdsFile, ignore: settings.ignoreHolds },
    },
    { log },
  );
}

async function main(): Promise<void> {
  const context = readRunnerContext();
  const settings = readSettings();
  // A revert's code (reading the commit, inverting it, writing holds) is loaded only for one.
  const run = settings.revert ? (await import('./revert.js')).revert : bump;
  const outcome = await run(settings, context.workspace, context.refName);
  writeOutputs(outcome);
  await writeSummary(outcome, settings);
}

/**
 * Replace process.env by a plain copy of it, before any file is parsed. The `yaml` parser reads
 * `process.env.LOG_TOKENS` once per lexical token, and Node's process.env answers each read
 * through getenv(3): about 0.2 µs a token, a tenth of the parse of a large values file. A
 * plain object answers in nanoseconds; child processes (git) still get every variable, since
 * Node spawns them with process.env, whatever object it is.
 */
function detachEnvironment(): void {
  process.env = { ...process.env };
}

detachEnvironment();
await runAction(main);
