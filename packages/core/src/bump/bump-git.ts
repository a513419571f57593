/**
 * The git half of a bump: refuse files with uncommitted changes, commit the written plan with
 * change trailers, and push it, re-planning on the new head after each rejection. Loaded with
 * `import()` by bump-workspace.ts only when a bump commits, so that a run that only writes
 * files never loads the git code.
 */
import { PromoteError } from '../errors.js';
import { commitChanges } from '../git/commit.js';
import type { PushOutcome } from '../git/push-with-retry.js';
import { listPaths, uncommittedPaths } from '../git/working-tree.js';
import { bumpCommitMessage } from './bump-commit.js';
import type { BumpPorts, BumpRequest } from './bump-request.js';
import { type WorkspacePlan, writePlan } from './plan-workspace.js';
import { pushReplanning } from './push-replanning.js';

/** Commit the written plan with `message`; '' when its files hold no change. */
export async function commitPlan(
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

/** How a push ended, to which branch, and the last plan made (a re-plan's after a retry). */
export interface PlanPush {
  pushed: PushOutcome;
  branch: string;
  last: WorkspacePlan;
}

/**
 * Push HEAD, re-planning with `replan` on the new head after each rejection (writing and
 * committing each new plan); the result has the last plan made.
 */
export async function pushPlan(
  first: WorkspacePlan,
  request: BumpRequest,
  ports: BumpPorts,
  replan: () => Promise<WorkspacePlan>,
): Promise<PlanPush> {
  const { workspace } = request;
  let last = first;
  const { pushed, branch } = await pushReplanning(workspace, request, ports, async () => {
    last = await replan();
    if (last.changes.length === 0) return null;
    await writePlan(workspace, last);
    const message = bumpCommitMessage(last.changes, request.commitMessage, request.environment);
    return { message, files: last.files.map((f) => f.path) };
  });
  return { pushed, branch, last };
}

/**
 * Refuse to push a bump of files that already hold uncommitted changes (an earlier step's):
 * the commit would carry them, and a re-plan after a rejected push, made on the remote head,
 * would drop them.
 */
export async function refuseDirtyPlannedFiles(
  plan: WorkspacePlan,
  request: BumpRequest,
  ports: BumpPorts,
): Promise<void> {
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
