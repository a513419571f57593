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
  rollbackBranch,
} from './promotion-branch.js';
export { type BaseRead, type BaseReadRequest, readBaseOf, startBaseRead } from './base-read.js';
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
  operationDone,
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
export { checkRepositoryPath } from './repository-path.js';
export { liftHold, type HoldKey, type LiftedHolds } from './holds-lift.js';
export {
  readHoldsAtBase,
  withoutHeld,
  type HoldsAtBase,
  type HoldsSetting,
} from './holds-source.js';
export {
  changedFilePaths,
  changesOfServices,
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
  rollbackTitle,
  type RollbackRequest,
  type RollbackResult,
} from './open-rollback.js';
export {
  previewEnvironmentPromotion,
  previewPromotion,
  promoteEnvironment,
  type EnvironmentPromotionRequest,
  type EnvironmentPromotionResult,
  type PromotionPreview,
} from './promote-environment.js';
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
export {
  readPromotionContents,
  serviceMoves,
  type ContentsSources,
  type PromotionContents,
  type ServiceMove,
} from './promotion-contents.js';
export {
  tryReadImageRevision,
  type RevisionRead,
  type RevisionRegistry,
} from './image-revision.js';
export {
  DEFAULT_POLICY_FILE,
  POLICY_SCHEMA_ID,
  policySchema,
  durationMs,
  gatesFor,
  parsePolicy,
  type EnvironmentGates,
  type FreezeWindow,
  type Policy,
  describeWindow,
  evaluateGates,
  formatAge,
  freezeEndsAt,
  gatesStatus,
  openedStatus,
  type CheckState,
  type GateCandidate,
  type GateInput,
  type GateMode,
  type GateName,
  type GatesReport,
  type GatesState,
  type GateVerdict,
  type ServiceVerdict,
  type Verdict,
  readCheckStates,
  readGateFacts,
  type SourceImage,
  explainGates,
  GATES_STATUS_CONTEXT,
  readBase,
  readPolicyAtBase,
  tryMarkOpenPullRequest,
  trySetGatesStatus,
  type GatesEvaluation,
  type GatesRequest,
  type PolicySetting,
  type ReadBase,
  gatesSummary,
  gatesJson,
  gatesRun,
  policySetting,
  type GatesRun,
  type GatesRunFacts,
  type GatesRunRequest,
} from './gates/index.js';
