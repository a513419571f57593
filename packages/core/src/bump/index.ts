/**
 * bump-values' wing: plan a bump over a checked-out config repository, write it, commit it
 * with change trailers and push it with re-plan retry.
 */
export { bumpWorkspace } from './bump-workspace.js';
export type { BumpLog, BumpOutcome, BumpPorts, BumpRequest } from './bump-request.js';
export { bumpCommitMessage } from './bump-commit.js';
export {
  planWorkspace,
  writePlan,
  type WorkspacePlan,
  type WorkspacePlanInput,
} from './plan-workspace.js';
