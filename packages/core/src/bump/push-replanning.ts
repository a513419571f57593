/** The push a bump and a revert both make: push HEAD, re-planning on the new head when rejected. */
import { type PushOutcome, type Replan, pushWithRetry } from '../git/push-with-retry.js';
import type { BumpPorts, BumpRequest } from './bump-request.js';
import { pushBranch } from './push-branch.js';

/** How a push ended, and to which branch. */
export interface BranchPush {
  pushed: PushOutcome;
  branch: string;
}

/**
 * Push HEAD of `workspace` to its branch (else the fallback), calling `replan` on the new head
 * after each rejection; `what` names what is re-planned in the retry log ('the revert'), absent
 * for a bump.
 */
export async function pushReplanning(
  workspace: string,
  request: Pick<BumpRequest, 'fallbackBranch' | 'pushRetries'>,
  ports: BumpPorts,
  replan: Replan,
  what?: string,
): Promise<BranchPush> {
  const { log, git = {} } = ports;
  const branch = await pushBranch(workspace, request.fallbackBranch, git.env);
  const replanning = what ? `re-planning ${what}` : 're-planning';
  const pushed = await pushWithRetry({
    cwd: workspace,
    branch,
    retries: request.pushRetries,
    ...git,
    onRetry: (e) =>
      log.info(
        `Push rejected (${e.reason}); ${replanning} on the new head in ${e.delayMs} ms (retry ${e.retry})`,
      ),
    replan,
  });
  log.info(
    pushed.status === 'pushed'
      ? `Pushed ${pushed.sha} to ${branch} after ${pushed.attempts} attempt(s)`
      : `Nothing to push: ${branch} already holds every change`,
  );
  return { pushed, branch };
}
