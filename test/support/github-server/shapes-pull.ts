/**
 * Pull requests in the shapes of GitHub's REST API: the full object of `GET /pulls/{n}` and
 * the shorter one of `GET /pulls`.
 */
import type { components } from '@octokit/openapi-types';
import type { PullFacts, RepoModel } from './repo-model.js';
import type { PullRecord } from './repo-state.js';
import { label, repository, simpleUser, team } from './shapes-repository.js';

type Schemas = components['schemas'];

/** `GET /repos/{owner}/{repo}/pulls/{pull_number}`. */
export async function pullRequest(
  model: RepoModel,
  pull: PullRecord,
): Promise<Schemas['pull-request']> {
  const facts = await model.pullFacts(pull);
  return {
    ...commonFields(model, pull, facts),
    labels: pullLabels(model, pull),
    merged: pull.mergedAt !== undefined,
    mergeable: pull.state === 'open' ? facts.mergeable : null,
    rebaseable: pull.state === 'open' ? facts.mergeable : null,
    mergeable_state: pull.state === 'closed' ? 'unknown' : facts.mergeable ? 'clean' : 'dirty',
    merged_by: pull.mergedBy ? simpleUser(model.urls, model.accounts.get(pull.mergedBy)) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: facts.commits,
    additions: facts.additions,
    deletions: facts.deletions,
    changed_files: facts.changedFiles,
  };
}

/** An item of `GET /repos/{owner}/{repo}/pulls` (and of requesting reviewers). */
export async function pullRequestSimple(
  model: RepoModel,
  pull: PullRecord,
): Promise<Schemas['pull-request-simple']> {
  const labels = pullLabels(model, pull).map((item) => ({
    ...item,
    description: item.description ?? '',
  }));
  // The description says these label descriptions are never null (GitHub sends null).
  return { ...commonFields(model, pull, await model.pullFacts(pull)), labels };
}

function pullLabels(model: RepoModel, pull: PullRecord): Schemas['label'][] {
  return pull.labels.flatMap((name) => {
    const record = model.state.findLabel(name);
    return record ? [label(model.urls, record)] : [];
  });
}

/** The fields both shapes share (labels aside, whose schemas differ). */
function commonFields(model: RepoModel, pull: PullRecord, facts: PullFacts) {
  const { urls, accounts } = model;
  const self = urls.repoApi(`/pulls/${pull.number}`);
  const issue = urls.repoApi(`/issues/${pull.number}`);
  const html = urls.repoWeb(`/pull/${pull.number}`);
  const owner = simpleUser(urls, accounts.owner);
  const repo = repository(model);
  const author = simpleUser(urls, accounts.get(pull.user));
  return {
    url: self,
    id: pull.id,
    node_id: pull.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${self}/commits`,
    review_comments_url: `${self}/comments`,
    review_comment_url: urls.repoApi('/pulls/comments{/number}'),
    comments_url: `${issue}/comments`,
    statuses_url: urls.repoApi(`/statuses/${facts.headSha}`),
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: author,
    body: pull.body,
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt ?? null,
    merge_commit_sha: pull.mergeCommitSha ?? null,
    assignee: null,
    assignees: [],
    requested_reviewers: pull.requestedReviewers.map((login) =>
      simpleUser(urls, accounts.get(login)),
    ),
    requested_teams: pull.requestedTeams.map((slug) => team(urls, slug)),
    head: {
      label: `${model.owner}:${pull.head}`,
      ref: pull.head,
      sha: facts.headSha,
      user: owner,
      repo,
    },
    base: {
      label: `${model.owner}:${pull.base}`,
      ref: pull.base,
      sha: facts.baseSha,
      user: owner,
      repo,
    },
    _links: {
      self: { href: self },
      html: { href: html },
      issue: { href: issue },
      comments: { href: `${issue}/comments` },
      review_comments: { href: `${self}/comments` },
      review_comment: { href: urls.repoApi('/pulls/comments{/number}') },
      commits: { href: `${self}/commits` },
      statuses: { href: urls.repoApi(`/statuses/${facts.headSha}`) },
    },
    author_association: (pull.user === accounts.viewer.login
      ? 'CONTRIBUTOR'
      : 'MEMBER') as Schemas['author-association'],
    auto_merge: pull.autoMerge && {
      enabled_by: simpleUser(urls, accounts.get(pull.autoMerge.enabledBy)),
      merge_method: pull.autoMerge.mergeMethod,
      commit_title: pull.autoMerge.commitTitle,
      commit_message: pull.autoMerge.commitMessage,
    },
    draft: pull.draft,
  };
}
