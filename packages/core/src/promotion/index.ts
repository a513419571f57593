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
export { branchNameProblem, checkBranchName, promotionBranch } from './promotion-branch.js';
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
