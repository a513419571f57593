/**
 * The promotion's pull request: find the open one of a branch, open or update it, add labels
 * and reviewers (never removing what a person added), and enable auto-merge through GraphQL.
 */
import {
  type GitHubApi,
  graphqlErrorsOf,
  httpStatusOf,
  type PromotionLog,
  type RepositoryName,
} from './github-api.js';

/** What the promotion needs to know of a pull request. */
export interface PullRequestState {
  number: number;
  url: string;
  nodeId: string;
  title: string;
  body: string;
  base: string;
  author: string;
  labels: string[];
  reviewers: string[];
  teams: string[];
  /** `merge`, `squash` or `rebase` when auto-merge is on. */
  autoMerge?: string;
}

/** The fields read from GitHub's pull request objects (full and list shapes). */
interface PullData {
  number: number;
  html_url: string;
  node_id: string;
  title: string;
  body: string | null;
  head: { ref: string };
  base: { ref: string };
  user: { login: string } | null;
  labels: Array<{ name: string }>;
  requested_reviewers?: Array<{ login: string }> | null;
  requested_teams?: Array<{ slug: string }> | null;
  auto_merge: { merge_method: string } | null;
}

function toState(data: PullData): PullRequestState {
  return {
    number: data.number,
    url: data.html_url,
    nodeId: data.node_id,
    title: data.title,
    body: data.body ?? '',
    base: data.base.ref,
    author: data.user?.login ?? '',
    labels: data.labels.map((l) => l.name),
    reviewers: (data.requested_reviewers ?? []).map((r) => r.login),
    teams: (data.requested_teams ?? []).map((t) => t.slug),
    ...(data.auto_merge ? { autoMerge: data.auto_merge.merge_method } : {}),
  };
}

/** The open pull request whose head is `branch` of this repository, if any. */
export async function findOpenPullRequest(
  api: GitHubApi,
  repository: RepositoryName,
  branch: string,
): Promise<PullRequestState | undefined> {
  const { data } = await api.request<PullData[]>('GET /repos/{owner}/{repo}/pulls', {
    ...repository,
    head: `${repository.owner}:${branch}`,
    state: 'open',
    per_page: 10,
  });
  const found = data.find((pull) => pull.head.ref === branch);
  return found ? toState(found) : undefined;
}

export interface NewPullRequest {
  branch: string;
  base: string;
  title: string;
  body: string;
  draft: boolean;
}

/**
 * Open the pull request. When GitHub answers that one already exists (opened since we looked,
 * or by a retried request), return that one instead.
 */
export async function createPullRequest(
  api: GitHubApi,
  repository: RepositoryName,
  pull: NewPullRequest,
): Promise<{ pull: PullRequestState; created: boolean }> {
  try {
    const { data } = await api.request<PullData>('POST /repos/{owner}/{repo}/pulls', {
      ...repository,
      head: pull.branch,
      base: pull.base,
      title: pull.title,
      body: pull.body,
      draft: pull.draft,
    });
    return { pull: toState(data), created: true };
  } catch (error) {
    const existing =
      httpStatusOf(error) === 422
        ? await findOpenPullRequest(api, repository, pull.branch)
        : undefined;
    if (!existing) throw error;
    return { pull: existing, created: false };
  }
}

/** Change the title, body or base of a pull request. */
export async function updatePullRequest(
  api: GitHubApi,
  repository: RepositoryName,
  number: number,
  patch: { title?: string; body?: string; base?: string },
): Promise<PullRequestState> {
  const { data } = await api.request<PullData>('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
    ...repository,
    pull_number: number,
    ...patch,
  });
  return toState(data);
}

/** The names of `wanted` that `present` lacks (compared without case, as GitHub does). */
export function missingNames(wanted: readonly string[], present: readonly string[]): string[] {
  const have = new Set(present.map((name) => name.toLowerCase()));
  return [...new Set(wanted)].filter((name) => !have.has(name.toLowerCase()));
}

/** Add labels (GitHub creates missing ones); the labels already there stay. */
export async function addLabels(
  api: GitHubApi,
  repository: RepositoryName,
  number: number,
  labels: readonly string[],
): Promise<void> {
  await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
    ...repository,
    issue_number: number,
    labels,
  });
}

/**
 * Request reviews; true when GitHub accepted. A refusal (422: not a collaborator, a team
 * without access) is a warning: the pull request stands without that request.
 */
export async function tryRequestReviewers(
  api: GitHubApi,
  repository: RepositoryName,
  number: number,
  request: { reviewers: readonly string[]; teams: readonly string[] },
  log: PromotionLog,
): Promise<boolean> {
  try {
    await api.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
      ...repository,
      pull_number: number,
      ...(request.reviewers.length > 0 ? { reviewers: request.reviewers } : {}),
      ...(request.teams.length > 0 ? { team_reviewers: request.teams } : {}),
    });
    return true;
  } catch (error) {
    if (httpStatusOf(error) !== 422) throw error;
    log.warning(`GitHub refused the review request: ${(error as Error).message}`);
    return false;
  }
}

export type AutoMergeMethod = 'merge' | 'squash' | 'rebase';

const ENABLE_AUTO_MERGE = `mutation enableAutoMerge($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!, $expectedHeadOid: GitObjectID) {
  enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId, mergeMethod: $mergeMethod, expectedHeadOid: $expectedHeadOid}) {
    pullRequest { autoMergeRequest { mergeMethod } }
  }
}`;

/**
 * Enable auto-merge for the pull request at `headSha`; true when enabled. Where GitHub refuses
 * (the repository does not allow auto-merge or the method, the pull request is already
 * mergeable…), warn and return false: the pull request stands, to be merged by hand.
 */
export async function tryEnableAutoMerge(
  api: GitHubApi,
  pull: PullRequestState,
  method: AutoMergeMethod,
  headSha: string,
  log: PromotionLog,
): Promise<boolean> {
  try {
    await api.graphql(ENABLE_AUTO_MERGE, {
      pullRequestId: pull.nodeId,
      mergeMethod: method.toUpperCase(),
      expectedHeadOid: headSha,
    });
    return true;
  } catch (error) {
    const messages = graphqlErrorsOf(error);
    if (messages === undefined) throw error;
    log.warning(
      `Auto-merge (${method}) was not enabled on #${pull.number}: ${messages.join('; ')}. ` +
        'Allow auto-merge in the repository settings (General > Pull Requests), or merge by hand.',
    );
    return false;
  }
}
