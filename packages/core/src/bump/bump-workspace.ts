/**
 * bump-values' use case: plan the bump over the workspace, write it atomically, commit it with
 * change trailers and push it, re-planning on the new head whenever another job pushed first.
 * The outcome carries the last plan made, and is the one source of the step's outputs.
 */
import type { Change } from '../change.js';
import type { ComponentTags } from '../component-tags.js';
import { checkCoverage } from '../image-edit/bump-coverage.js';
import { skippedImageWarning } from '../image-edit/bump-warnings.js';
import { emptyBumpResult } from '../image-edit/bump-files.js';
import { bumpCommitMessage } from './bump-commit.js';
import type { BumpLog, BumpOutcome, BumpPorts, BumpRequest } from './bump-request.js';
import {
  abortStagedWrites,
  planWorkspace,
  type PlanWritten,
  type WorkspacePlan,
  writePlan,
} from './plan-workspace.js';
import { holdsFileExists } from './holds-file.js';

/**
 * The services this bump may move: those of the request, less the held ones (re-read each
 * plan). The holds code is loaded only when there is a holds file to read.
 */
async function freeServices(request: BumpRequest, log: BumpLog): Promise<ComponentTags> {
  if (!request.holds || !holdsFileExists(request.workspace, request.holds.path))
    return request.componentTags;
  const { readWorkspaceHolds, servicesNotHeld } = await import('./workspace-holds.js');
  const { file } = readWorkspaceHolds(request.workspace, request.holds.path);
  return servicesNotHeld(request.componentTags, file, request.holds, request.environment, log);
}

/** A plan that changes nothing, for a bump whose every service is held. */
function emptyPlan(): WorkspacePlan {
  return { ...emptyBumpResult(), matchedFiles: [], unmatchedPatterns: [] };
}

/** Plan the free services; every service held plans nothing (there is nothing to bump). */
async function planFree(request: BumpRequest, log: BumpLog): Promise<WorkspacePlan> {
  const free = await freeServices(request, log);
  const allHeld = Object.keys(free).length === 0 && Object.keys(request.componentTags).length > 0;
  return allHeld ? emptyPlan() : planWorkspace(request.workspace, free, request);
}

/** Warn (or fail) about what matched nothing; warn about occurrences that were skipped. */
function reportUnmatched(plan: WorkspacePlan, request: BumpRequest, log: BumpLog): void {
  const warnings = checkCoverage({
    unmatchedPatterns: plan.unmatchedPatterns,
    matchedFiles: plan.matchedFiles.length,
    unmatchedServices: plan.unmatchedServices,
    allowEmpty: request.allowEmpty === true,
    failOnMissing: request.failOnMissing,
  });
  for (const skipped of plan.skipped)
    log.warning(skippedImageWarning(skipped.reason), { file: skipped.file, line: skipped.line });
  for (const warning of warnings) log.warning(warning);
  for (const occ of plan.leftAlone)
    log.info(
      `Left alone ${occ.file}:${occ.line}: its Flux marker names the policy '${occ.policy}', ` +
        `not in namespace '${request.fluxNamespace?.namespace ?? ''}' (flux-namespace).`,
    );
}

/** How many changes one log call carries: one write per block of lines, not one per change. */
const CHANGES_PER_LOG_CALL = 500;

/** Log a line per change (`file:line service field: from -> to`), a block of them at a time. */
function logChanges(changes: readonly Change[], log: BumpLog): void {
  const line = (c: Change) =>
    `${c.file}:${c.line} ${c.service} ${c.field}: ${c.from || '(none)'} -> ${c.to}`;
  for (let start = 0; start < changes.length; start += CHANGES_PER_LOG_CALL)
    log.info(
      changes
        .slice(start, start + CHANGES_PER_LOG_CALL)
        .map(line)
        .join('\n'),
    );
}

/** Say how many files were written, and how many of them were made while planning. */
function logWritten(written: PlanWritten, log: BumpLog): void {
  const staged =
    written.staged > 0
      ? ` (${written.staged === written.files ? 'each' : `${written.staged} of them`} made on a second thread while the plan was made, then renamed into place)`
      : '';
  log.info(`Wrote ${written.files} file${written.files === 1 ? '' : 's'}${staged}.`);
}

/** The outcome of `plan`, the last plan made. */
function outcomeOf(plan: WorkspacePlan, commitSha: string): BumpOutcome {
  return { plan, changes: plan.changes, changedFiles: plan.files.map((f) => f.path), commitSha };
}

/** Plan, write, commit and push as the request says; throws before writing when it cannot plan. */
export async function bumpWorkspace(request: BumpRequest, ports: BumpPorts): Promise<BumpOutcome> {
  const { log } = ports;
  const free = await freeServices(request, log);
  const asked = Object.keys(request.componentTags);
  if (asked.length > 0 && Object.keys(free).length === 0) {
    log.info(`Every service of this bump is held in '${request.environment}': nothing to plan.`);
    return { ...outcomeOf(emptyPlan(), ''), everyServiceHeld: asked };
  }
  // A plan that will be written stages its writes while it is made (see staged-writes).
  const plan = await planWorkspace(request.workspace, free, request, !request.dryRun);
  try {
    return await writeAndPush(plan, request, ports);
  } finally {
    // Staged writes that were not committed (nothing to write, a refusal) are removed.
    await abortStagedWrites(plan);
  }
}

/** Report the plan, then write, commit and push it as the request says. */
async function writeAndPush(
  plan: WorkspacePlan,
  request: BumpRequest,
  ports: BumpPorts,
): Promise<BumpOutcome> {
  const { log } = ports;
  reportUnmatched(plan, request, log);
  logChanges(plan.changes, log);
  if (request.dryRun || plan.changes.length === 0) return outcomeOf(plan, '');
  if (!request.commit && !request.push) {
    logWritten(await writePlan(request.workspace, plan), log);
    return outcomeOf(plan, '');
  }
  // The message is made (and a forged change trailer in it refused) before anything is written.
  const message = bumpCommitMessage(plan.changes, request.commitMessage, request.environment);
  const git = await import('./bump-git.js');
  if (request.push) await git.refuseDirtyPlannedFiles(plan, request, ports);
  logWritten(await writePlan(request.workspace, plan), log);
  const commitSha = await git.commitPlan(plan, message, request, ports);
  if (!request.push || commitSha === '') return outcomeOf(plan, commitSha);
  const { pushed, branch, last } = await git.pushPlan(plan, request, ports, () =>
    planFree(request, log),
  );
  const pushedSha = pushed.status === 'pushed' ? pushed.sha : '';
  return { ...outcomeOf(last, pushedSha), push: { ...pushed, branch } };
}
