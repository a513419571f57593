/**
 * bump-values' use case: plan the bump over the workspace, write it atomically, commit it with
 * change trailers and push it, re-planning on the new head whenever another job pushed first.
 * The outcome carries the last plan made, and is the one source of the step's outputs.
 */
import type { Change } from '../change.js';
import { PromoteError } from '../errors.js';
import { commitChanges } from '../git/commit.js';
import { pushWithRetry } from '../git/push-with-retry.js';
import { checkCoverage } from '../image-edit/bump-coverage.js';
import { skippedImageWarning } from '../image-edit/bump-warnings.js';
import { listPaths, uncommittedPaths } from '../git/working-tree.js';
import { bumpCommitMessage } from './bump-commit.js';
import type { BumpLog, BumpOutcome, BumpPorts, BumpRequest } from './bump-request.js';
import { planWorkspace, type WorkspacePlan, writePlan } from './plan-workspace.js';
import { pushBranch } from './push-branch.js';
import { readWorkspaceHolds, servicesNotHeld } from './workspace-holds.js';

/** The services this bump may move: those of the request, less the held ones (re-read each plan). */
function freeServices(request: BumpRequest, log: BumpLog) {
  if (!request.holds) return request.componentTags;
  const { file } = readWorkspaceHolds(request.workspace, request.holds.path);
  return servicesNotHeld(request.componentTags, file, request.holds, request.environment, log);
}

/** A plan that changes nothing, for a bump whose every service is held. */
function emptyPlan(): WorkspacePlan {
  const none = { files: [], changes: [], unmatchedServices: [], skipped: [], leftAlone: [] };
  return { ...none, matchedFiles: [], unmatchedPatterns: [] };
}

/** Plan the free services; every service held plans nothing (there is nothing to bump). */
function planFree(request: BumpRequest, log: BumpLog): WorkspacePlan {
  const free = freeServices(request, log);
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

/** The outcome of `plan`, the last plan made. */
function outcomeOf(plan: WorkspacePlan, commitSha: string): BumpOutcome {
  return { plan, changes: plan.changes, changedFiles: plan.files.map((f) => f.path), commitSha };
}

/** Commit the written plan with `message`; '' when its files hold no change. */
async function commitPlan(
  plan: WorkspacePlan,
  message: string,
  request: BumpRequest,
  ports: BumpPorts,
): Promise<string> {
  const sha = await commitChanges({
    cwd: request.workspace,
    env: ports.git?.env,
    files: plan.files.map((f) => f.path),
    message,
  });
  ports.log.info(`Committed ${sha ?? ''}`);
  return sha ?? '';
}

/** Push HEAD, re-planning on the new head after each rejection; the outcome has the last plan. */
async function pushPlan(
  first: WorkspacePlan,
  request: BumpRequest,
  ports: BumpPorts,
): Promise<BumpOutcome> {
  const { workspace } = request;
  const { log, git = {} } = ports;
  const branch = await pushBranch(workspace, request.fallbackBranch, git.env);
  let last = first;
  const pushed = await pushWithRetry({
    cwd: workspace,
    branch,
    retries: request.pushRetries,
    ...git,
    onRetry: (e) =>
      log.info(
        `Push rejected (${e.reason}); re-planning on the new head in ${e.delayMs} ms (retry ${e.retry})`,
      ),
    replan: async () => {
      last = planFree(request, log);
      if (last.changes.length === 0) return null;
      writePlan(workspace, last);
      const message = bumpCommitMessage(last.changes, request.commitMessage, request.environment);
      return { message, files: last.files.map((f) => f.path) };
    },
  });
  log.info(
    pushed.status === 'pushed'
      ? `Pushed ${pushed.sha} to ${branch} after ${pushed.attempts} attempt(s)`
      : `Nothing to push: ${branch} already holds every change`,
  );
  const commitSha = pushed.status === 'pushed' ? pushed.sha : '';
  return { ...outcomeOf(last, commitSha), push: { ...pushed, branch } };
}

/**
 * Refuse to push a bump of files that already hold uncommitted changes (an earlier step's):
 * the commit would carry them, and a re-plan after a rejected push, made on the remote head,
 * would drop them.
 */
async function refuseDirtyPlannedFiles(
  plan: WorkspacePlan,
  request: BumpRequest,
  ports: BumpPorts,
) {
  const paths = plan.files.map((f) => f.path);
  const workspace = { cwd: request.workspace, env: ports.git?.env };
  const dirty = await uncommittedPaths(workspace, { paths, untracked: false });
  if (dirty.length === 0) return;
  throw new PromoteError(
    `Cannot bump and push ${listPaths(dirty)}: they hold uncommitted changes that this step did ` +
      'not make. bump-values commits whole files, and after a rejected push it re-plans them on ' +
      'the remote head, which would drop those changes. Commit them in an earlier step, or set ' +
      "'push' to false. Nothing was written.",
  );
}

/** Plan, write, commit and push as the request says; throws before writing when it cannot plan. */
export async function bumpWorkspace(request: BumpRequest, ports: BumpPorts): Promise<BumpOutcome> {
  const { log } = ports;
  const free = freeServices(request, log);
  const asked = Object.keys(request.componentTags);
  if (asked.length > 0 && Object.keys(free).length === 0) {
    log.info(`Every service of this bump is held in '${request.environment}': nothing to plan.`);
    return { ...outcomeOf(emptyPlan(), ''), everyServiceHeld: asked };
  }
  const plan = planWorkspace(request.workspace, free, request);
  reportUnmatched(plan, request, log);
  logChanges(plan.changes, log);
  if (request.dryRun || plan.changes.length === 0) return outcomeOf(plan, '');
  const committing = request.commit || request.push;
  // The message is made (and a forged change trailer in it refused) before anything is written.
  const message = committing
    ? bumpCommitMessage(plan.changes, request.commitMessage, request.environment)
    : '';
  if (request.push) await refuseDirtyPlannedFiles(plan, request, ports);
  writePlan(request.workspace, plan);
  const commitSha = committing ? await commitPlan(plan, message, request, ports) : '';
  if (!request.push || commitSha === '') return outcomeOf(plan, commitSha);
  return pushPlan(plan, request, ports);
}
