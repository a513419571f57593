/**
 * The first reads of a promotion: the snapshot (base, promotion branch, its pull request) and
 * the base's tree. Kept apart from the planner (and from yaml) so that an edge can start them
 * before it has loaded the code that plans: open-promotion-pr sends its first request while its
 * promotion wing is still being loaded.
 */
import { explainingGitHubApi } from './github-errors.js';
import type { GitHubApi, RepositoryName } from './github-api.js';
import { type PromotionSnapshot, readPromotionSnapshot } from './promotion-snapshot.js';
import { type BlobTexts, readTree, type RepositoryTree } from './repository-reader.js';

/**
 * The repository as a promotion reads it before planning: the snapshot and the base's tree, and
 * the texts of blobs read ahead (a promotion between environments reads the source's files,
 * the target's and the holds in one request).
 */
export interface BaseRead {
  snapshot: PromotionSnapshot;
  tree: RepositoryTree;
  texts?: BlobTexts;
}

/** Where a promotion reads its base: the repository, the base branch and its own branch. */
export interface BaseReadRequest {
  repository: RepositoryName;
  /** The base branch; empty means the default branch. */
  base: string;
  branch: string;
}

/** Read the snapshot (base, promotion branch, its pull request), then the base's tree. */
export async function readBaseOf(api: GitHubApi, request: BaseReadRequest): Promise<BaseRead> {
  const snapshot = await readPromotionSnapshot(api, request.repository, {
    base: request.base,
    branch: request.branch,
  });
  return { snapshot, tree: await readTree(api, request.repository, snapshot.baseHead.sha) };
}

/**
 * Start reading the base now, its refusals explained as a promotion explains them, for a caller
 * that hands the promise to `openPromotion` or `promoteEnvironment` as `given` later. The
 * promise is marked handled: a refusal that arrives before the caller awaits it fails there,
 * not as an unhandled rejection.
 */
export function startBaseRead(client: GitHubApi, request: BaseReadRequest): Promise<BaseRead> {
  const read = readBaseOf(explainingGitHubApi(client, request.repository), request);
  read.catch(() => undefined);
  return read;
}
