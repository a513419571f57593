/**
 * Users, repositories, labels and teams in the shapes of GitHub's REST API.
 */
import type { components } from '@octokit/openapi-types';
import type { Account } from './accounts.js';
import type { RepoModel } from './repo-model.js';
import { REPOSITORY_ID, nodeId, type LabelRecord } from './repo-state.js';
import type { Urls } from './urls.js';

type Schemas = components['schemas'];

export function simpleUser(urls: Urls, account: Account): Schemas['simple-user'] {
  const user = urls.api(`/users/${encodeURIComponent(account.login)}`);
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId(
      account.type === 'Organization' ? 'O' : account.type === 'Bot' ? 'BOT' : 'U',
      account.id,
    ),
    avatar_url: urls.web(`/avatars/u/${account.id}?v=4`),
    gravatar_id: '',
    url: user,
    html_url: urls.web(`/${encodeURIComponent(account.login)}`),
    followers_url: `${user}/followers`,
    following_url: `${user}/following{/other_user}`,
    gists_url: `${user}/gists{/gist_id}`,
    starred_url: `${user}/starred{/owner}{/repo}`,
    subscriptions_url: `${user}/subscriptions`,
    organizations_url: `${user}/orgs`,
    repos_url: `${user}/repos`,
    events_url: `${user}/events{/privacy}`,
    received_events_url: `${user}/received_events`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The repository as it appears inside other objects (a pull request's head and base). */
export function repository(model: RepoModel): Schemas['repository'] {
  const { urls, state } = model;
  const api = urls.repoApi();
  const host = new URL(urls.webUrl).host;
  const settings = state.settings;
  return {
    id: REPOSITORY_ID,
    node_id: nodeId('R', REPOSITORY_ID),
    name: model.repo,
    full_name: `${model.owner}/${model.repo}`,
    owner: simpleUser(urls, model.accounts.owner),
    private: settings.private,
    html_url: urls.repoWeb(),
    description: settings.description,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://${host}/${model.owner}/${model.repo}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@${host}:${model.owner}/${model.repo}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${urls.repoWeb()}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: urls.repoWeb(),
    homepage: null,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: model.defaultBranch,
    open_issues_count: state.pulls.filter((pull) => pull.state === 'open').length,
    open_issues: state.pulls.filter((pull) => pull.state === 'open').length,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: settings.private ? 'private' : 'public',
    pushed_at: state.createdAt,
    created_at: state.createdAt,
    updated_at: state.createdAt,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    allow_rebase_merge: settings.allowRebaseMerge,
    allow_squash_merge: settings.allowSquashMerge,
    allow_merge_commit: settings.allowMergeCommit,
    allow_auto_merge: settings.allowAutoMerge,
    delete_branch_on_merge: settings.deleteBranchOnMerge,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
  };
}

/** `GET /repos/{owner}/{repo}`. */
export function fullRepository(model: RepoModel): Schemas['full-repository'] {
  const createdAt = model.state.createdAt;
  return {
    ...repository(model),
    pushed_at: createdAt,
    created_at: createdAt,
    updated_at: createdAt,
    has_discussions: false,
    allow_update_branch: false,
    use_squash_pr_title_as_default: false,
    squash_merge_commit_title: 'COMMIT_OR_PR_TITLE',
    squash_merge_commit_message: 'COMMIT_MESSAGES',
    merge_commit_title: 'MERGE_MESSAGE',
    merge_commit_message: 'PR_TITLE',
    temp_clone_token: '',
    organization: simpleUser(model.urls, model.accounts.owner),
    network_count: 0,
    subscribers_count: 0,
  };
}

export function label(urls: Urls, record: LabelRecord): Schemas['label'] {
  return {
    id: record.id,
    node_id: record.nodeId,
    url: urls.repoApi(`/labels/${encodeURIComponent(record.name)}`),
    name: record.name,
    description: record.description,
    color: record.color,
    default: record.default,
  };
}

/** A team of the owner organization, named by its slug. */
export function team(urls: Urls, slug: string): Schemas['team'] {
  const id =
    3_000_000 + [...slug].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 1_000_000, 0);
  const url = urls.api(`/organizations/9000001/team/${id}`);
  return {
    id,
    node_id: nodeId('T', id),
    url,
    html_url: urls.web(`/orgs/${urls.owner}/teams/${slug}`),
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    parent: null,
    type: 'organization',
  };
}
