/**
 * bump-values' wing: plan a bump over a checked-out config repository, write it, commit it
 * with change trailers and push it with re-plan retry.
 */
export { bumpWorkspace } from './bump-workspace.js';
export type { BumpLog, BumpOutcome, BumpPorts, BumpRequest } from './bump-request.js';
export { bumpCommitMessage } from './bump-commit.js';
export {
  planWorkspace,
  STAGE_WRITES_FROM,
  writePlan,
  type WorkspacePlan,
  type WorkspacePlanInput,
} from './plan-workspace.js';
export {
  readRevertedCommit,
  revertCommitMessage,
  revertWorkspace,
  type RevertedCommit,
  type RevertOutcome,
  type RevertRequest,
} from './revert.js';
export {
  readWorkspaceHolds,
  servicesNotHeld,
  type WorkspaceHolds,
  type WorkspaceHoldsSetting,
} from './workspace-holds.js';
