/**
 * Promotion: plan a bump of an environment over a tree read through the API, write it as one
 * verified commit and open or update its pull request. The contract is `openPromotion` with
 * its request, result and ports (`GitHubApi`, `PromotionLog`); the rest are the pieces a front
 * end needs to name a branch and show the result.
 */
export {
  openPromotion,
  promotionLabels,
  type AutoMergeOutcome,
  type PromotionOperation,
  type PromotionRequest,
  type PromotionResult,
} from './open-promotion.js';
export {
  fullName,
  graphqlErrorsOf,
  httpStatusOf,
  type GitHubApi,
  type GitHubResponse,
  type PromotionLog,
  type RepositoryName,
} from './github-api.js';
export {
  branchNameProblem,
  checkBranchName,
  environmentPromotionBranch,
  promotionBranch,
} from './promotion-branch.js';
export {
  planPromotion,
  selectPromotionFiles,
  type PlannedFile,
  type PlanPromotionInput,
  type PromotionPlan,
  type PromotionSource,
  type SelectedFiles,
  type TreeEntry,
} from './promotion-plan.js';
export {
  inertJson,
  MAX_BODY,
  pullRequestBody,
  pullRequestTitle,
  reviewRows,
  reviewTable,
  serviceList,
  sourceCommitCell,
  type BodyInput,
  type PromotionRecord,
  type ReviewRow,
  type SourceRepository,
  type TitleInput,
} from './pull-request-text.js';
export type { AutoMergeMethod, PullRequestState } from './pull-requests.js';
export { DEFAULT_HOLDS_FILE, HOLDS_SCHEMA_ID, holdsSchema } from './holds-schema.js';
export {
  activeHold,
  addHolds,
  holdNotice,
  parseHolds,
  splitHeld,
  type HeldSplit,
  type Hold,
  type HoldsFile,
} from './holds.js';
export {
  readHoldsAtBase,
  withoutHeld,
  type HoldsAtBase,
  type HoldsSetting,
} from './holds-source.js';
export {
  changedFilePaths,
  findRollbackConflicts,
  planRollback,
  RollbackError,
  rollbackHolds,
  type RollbackConflict,
  type RollbackPlanInput,
} from './rollback-plan.js';
export {
  findLaterCommit,
  parseRevert,
  readRevertTarget,
  RollbackConflictError,
  type RevertTarget,
} from './revert-target.js';
export {
  openRollback,
  ROLLBACK_LABEL,
  rollbackBranch,
  rollbackTitle,
  type RollbackRequest,
  type RollbackResult,
} from './open-rollback.js';
export {
  environmentImages,
  imagesAsComponentTags,
  readEnvironmentImages,
  type EnvironmentImage,
} from './environment-images.js';
export {
  MAX_LISTED_COMMITS,
  sourceCommitsSection,
  tryReadSourceCommits,
  type SourceCommit,
  type SourceCommits,
} from './source-commits.js';
export * from './gates/index.js';
