/**
 * The part of GitHub's GraphQL API the server answers: repositories, pull requests (with
 * labels and auto-merge), nodes, the viewer, and enabling or disabling auto-merge.
 */
import type { Account } from './accounts.js';
import type { RepoModel } from './repo-model.js';
import {
  REPOSITORY_ID,
  isoNow,
  nodeId,
  type LabelRecord,
  type MergeMethod,
  type PullRecord,
} from './repo-state.js';

/** A GraphQL error of GitHub's kinds; the server writes its `type` beside `message`. */
export class GraphqlProblem extends Error {
  constructor(
    readonly type: 'NOT_FOUND' | 'UNPROCESSABLE' | 'FORBIDDEN',
    message: string,
  ) {
    super(message);
    this.name = 'GraphqlProblem';
  }
}

type Resolved = Record<string, unknown>;

interface AutoMergeInput {
  pullRequestId: string;
  mergeMethod?: 'MERGE' | 'SQUASH' | 'REBASE';
  commitHeadline?: string;
  commitBody?: string;
  expectedHeadOid?: string;
  clientMutationId?: string;
}

/** The root value for both queries and mutations. */
export function rootValue(model: RepoModel): Resolved {
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      if (
        owner.toLowerCase() !== model.owner.toLowerCase() ||
        name.toLowerCase() !== model.repo.toLowerCase()
      ) {
        throw new GraphqlProblem(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
        );
      }
      return repositoryNode(model);
    },
    node: ({ id }: { id: string }) => nodeById(model, id),
    nodes: ({ ids }: { ids: string[] }) => ids.map((id) => nodeById(model, id)),
    viewer: () => actorNode(model, model.accounts.viewer),
    enablePullRequestAutoMerge: ({ input }: { input: AutoMergeInput }) =>
      enableAutoMerge(model, input),
    disablePullRequestAutoMerge: ({
      input,
    }: {
      input: { pullRequestId: string; clientMutationId?: string };
    }) => {
      const pull = pullById(model, input.pullRequestId);
      pull.autoMerge = null;
      pull.updatedAt = isoNow();
      return {
        clientMutationId: input.clientMutationId ?? null,
        actor: actorNode(model, model.accounts.viewer),
        pullRequest: pullNode(model, pull),
      };
    },
  };
}

function nodeById(model: RepoModel, id: string): Resolved {
  if (id === nodeId('R', REPOSITORY_ID)) return repositoryNode(model);
  const pull = model.state.findPullByNodeId(id);
  if (pull) return pullNode(model, pull);
  throw new GraphqlProblem(
    'NOT_FOUND',
    `Could not resolve to a node with the global id of '${id}'`,
  );
}

function pullById(model: RepoModel, id: string): PullRecord {
  const pull = model.state.findPullByNodeId(id);
  if (!pull)
    throw new GraphqlProblem(
      'NOT_FOUND',
      `Could not resolve to PullRequest node with the global id of '${id}'.`,
    );
  return pull;
}

function enableAutoMerge(model: RepoModel, input: AutoMergeInput): Resolved {
  const pull = pullById(model, input.pullRequestId);
  const settings = model.state.settings;
  if (!settings.allowAutoMerge) {
    throw new GraphqlProblem(
      'UNPROCESSABLE',
      'Pull request Auto merge is not allowed for this repository',
    );
  }
  if (pull.state !== 'open') throw new GraphqlProblem('UNPROCESSABLE', 'Pull request is closed');
  const method = (input.mergeMethod ?? 'MERGE').toLowerCase() as MergeMethod;
  const allowed = {
    merge: settings.allowMergeCommit,
    squash: settings.allowSquashMerge,
    rebase: settings.allowRebaseMerge,
  };
  if (!allowed[method]) {
    throw new GraphqlProblem(
      'UNPROCESSABLE',
      `Merge method ${method} merging is not allowed on this repository`,
    );
  }
  if (input.expectedHeadOid !== undefined && input.expectedHeadOid !== pull.headSha) {
    throw new GraphqlProblem(
      'UNPROCESSABLE',
      'Head branch was modified. Review and try the merge again.',
    );
  }
  pull.autoMerge = {
    mergeMethod: method,
    enabledBy: model.accounts.viewer.login,
    enabledAt: isoNow(),
    commitTitle: input.commitHeadline ?? defaultCommitTitle(model, pull, method),
    commitMessage: input.commitBody ?? '',
  };
  pull.updatedAt = isoNow();
  return {
    clientMutationId: input.clientMutationId ?? null,
    actor: actorNode(model, model.accounts.viewer),
    pullRequest: pullNode(model, pull),
  };
}

function defaultCommitTitle(model: RepoModel, pull: PullRecord, method: MergeMethod): string {
  return method === 'merge'
    ? `Merge pull request #${pull.number} from ${model.owner}/${pull.head}`
    : `${pull.title} (#${pull.number})`;
}

function repositoryNode(model: RepoModel): Resolved {
  const settings = model.state.settings;
  return {
    __typename: 'Repository',
    id: nodeId('R', REPOSITORY_ID),
    databaseId: REPOSITORY_ID,
    name: model.repo,
    nameWithOwner: `${model.owner}/${model.repo}`,
    url: model.urls.repoWeb(),
    isPrivate: settings.private,
    owner: actorNode(model, model.accounts.owner),
    autoMergeAllowed: settings.allowAutoMerge,
    mergeCommitAllowed: settings.allowMergeCommit,
    squashMergeAllowed: settings.allowSquashMerge,
    rebaseMergeAllowed: settings.allowRebaseMerge,
    deleteBranchOnMerge: settings.deleteBranchOnMerge,
    defaultBranchRef: () => refNode(model, model.defaultBranch),
    object: (args: { oid?: string; expression?: string }) => gitObjectNode(model, args),
    ref: ({ qualifiedName }: { qualifiedName: string }) =>
      refNode(model, qualifiedName.replace(/^refs\/heads\//, '')),
    pullRequests: (args: PullRequestsArgs) => pullRequestsOf(model, args),
    pullRequest: ({ number }: { number: number }) => {
      const pull = model.state.findPull(number);
      if (!pull)
        throw new GraphqlProblem(
          'NOT_FOUND',
          `Could not resolve to a PullRequest with the number of ${number}.`,
        );
      return pullNode(model, pull);
    },
  };
}

/**
 * `Repository.object(oid:)` or `(expression: "rev:path")`: blobs only (null for anything else
 * or nothing, as GitHub answers a missing object).
 */
async function gitObjectNode(
  model: RepoModel,
  { oid, expression }: { oid?: string; expression?: string },
): Promise<Resolved | null> {
  let sha = oid;
  if (sha === undefined && expression !== undefined) {
    const colon = expression.indexOf(':');
    const commit =
      colon < 0 ? undefined : await model.git.resolve(expression.slice(0, colon), 'commit');
    const entry = commit && (await model.git.entryAt(commit, expression.slice(colon + 1)));
    sha = entry && entry.type === 'blob' ? entry.sha : undefined;
  }
  const content = sha === undefined ? undefined : await model.git.readBlob(sha);
  if (sha === undefined || content === undefined) return null;
  const isBinary = content.includes(0);
  return {
    __typename: 'Blob',
    id: nodeId('B', sha),
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    byteSize: content.length,
    isBinary,
    isTruncated: false,
    text: isBinary ? null : content.toString('utf8'),
    commitResourcePath: `/${model.owner}/${model.repo}/blob/${sha}`,
    commitUrl: model.urls.repoWeb(`/blob/${sha}`),
    repository: () => repositoryNode(model),
  };
}

async function refNode(model: RepoModel, branch: string): Promise<Resolved | null> {
  const sha = await model.branchSha(branch);
  if (sha === undefined) return null;
  return {
    __typename: 'Ref',
    id: nodeId('REF', `refs/heads/${branch}`),
    name: branch,
    prefix: 'refs/heads/',
    target: () => commitNode(model, sha),
  };
}

/** A commit: its oid, its tree and its parents (`parents(first:)`). */
async function commitNode(model: RepoModel, sha: string): Promise<Resolved> {
  const commit = await model.git.readCommit(sha);
  if (!commit) throw new Error(`The test server cannot read the commit ${sha}.`);
  return {
    __typename: 'Commit',
    id: nodeId('C', sha),
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    message: commit.message,
    tree: { __typename: 'Tree', id: nodeId('T', commit.tree), oid: commit.tree },
    parents: (args: ConnectionArgs) =>
      Promise.all(
        firstOf(commit.parents, args, 'Commit.parents').map((p) => commitNode(model, p)),
      ).then(connection),
  };
}

/** The pagination arguments of a connection. */
interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/**
 * The first `first` items, as GitHub pages a connection: `first` is required and at most 100
 * there, and GitHub refuses a query without it (a contract problem, recorded). Cursors and
 * `last` are not implemented: asking for them is recorded too.
 */
function firstOf<T>(items: readonly T[], args: ConnectionArgs, field: string): T[] {
  const name = field.split('.')[1] ?? field;
  for (const argument of ['last', 'after', 'before'] as const)
    if (args[argument] != null)
      throw new Error(`The test server does not implement ${field}(${argument}:).`);
  const first = args.first;
  if (first == null)
    throw new Error(
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  if (first < 0 || first > 100)
    throw new Error(
      `Requesting ${first} records on the \`${name}\` connection exceeds the \`first\` limit of 100 records.`,
    );
  return items.slice(0, first);
}

interface PullRequestsArgs extends ConnectionArgs {
  headRefName?: string | null;
  baseRefName?: string | null;
  states?: Array<'OPEN' | 'CLOSED' | 'MERGED'> | null;
  labels?: string[] | null;
  orderBy?: { field: 'CREATED_AT' | 'UPDATED_AT' | 'COMMENTS'; direction: 'ASC' | 'DESC' } | null;
}

function pullState(pull: PullRecord): 'OPEN' | 'CLOSED' | 'MERGED' {
  return pull.state === 'open' ? 'OPEN' : pull.mergedAt ? 'MERGED' : 'CLOSED';
}

/** `Repository.pullRequests`: filtered by head, base, state and labels, ordered, first n. */
function pullRequestsOf(model: RepoModel, args: PullRequestsArgs): Resolved {
  const order = args.orderBy ?? { field: 'CREATED_AT', direction: 'ASC' };
  if (order.field === 'COMMENTS')
    throw new Error('The test server does not implement pullRequests(orderBy: COMMENTS).');
  const key = (pull: PullRecord) =>
    order.field === 'UPDATED_AT' ? pull.updatedAt : pull.createdAt;
  const sign = order.direction === 'DESC' ? -1 : 1;
  const labelled = (pull: PullRecord) =>
    !args.labels ||
    args.labels.some((name) => pull.labels.some((l) => l.toLowerCase() === name.toLowerCase()));
  const pulls = model.state.pulls
    .filter((pull) => args.headRefName == null || pull.head === args.headRefName)
    .filter((pull) => args.baseRefName == null || pull.base === args.baseRefName)
    .filter((pull) => !args.states || args.states.includes(pullState(pull)))
    .filter(labelled)
    .sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number));
  const page = firstOf(pulls, args, 'Repository.pullRequests').map((p) => pullNode(model, p));
  return { ...connection(page), totalCount: pulls.length };
}

function pullNode(model: RepoModel, pull: PullRecord): Resolved {
  const facts = () => model.pullFacts(pull);
  const url = model.urls.repoWeb(`/pull/${pull.number}`);
  return {
    __typename: 'PullRequest',
    id: pull.nodeId,
    databaseId: pull.id,
    number: pull.number,
    title: pull.title,
    body: pull.body ?? '',
    url,
    permalink: url,
    state: pullState(pull),
    closed: pull.state === 'closed',
    merged: pull.mergedAt !== undefined,
    isDraft: pull.draft,
    headRefName: pull.head,
    baseRefName: pull.base,
    headRefOid: async () => (await facts()).headSha,
    baseRefOid: async () => (await facts()).baseSha,
    mergeable: async () => ((await facts()).mergeable ? 'MERGEABLE' : 'CONFLICTING'),
    createdAt: pull.createdAt,
    updatedAt: pull.updatedAt,
    author: actorNode(model, model.accounts.get(pull.user)),
    repository: () => repositoryNode(model),
    headRepository: () => repositoryNode(model),
    baseRepository: () => repositoryNode(model),
    isCrossRepository: false,
    labels: (args: ConnectionArgs) =>
      connection(
        firstOf(
          pull.labels.flatMap((name) => model.state.findLabel(name) ?? []),
          args,
          'PullRequest.labels',
        ).map(labelNode),
      ),
    reviewRequests: (args: ConnectionArgs) =>
      connection(firstOf(reviewRequestsOf(model, pull), args, 'PullRequest.reviewRequests')),
    autoMergeRequest: pull.autoMerge && {
      __typename: 'AutoMergeRequest',
      mergeMethod: pull.autoMerge.mergeMethod.toUpperCase(),
      enabledAt: pull.autoMerge.enabledAt,
      enabledBy: actorNode(model, model.accounts.get(pull.autoMerge.enabledBy)),
      commitHeadline: pull.autoMerge.commitTitle,
      commitBody: pull.autoMerge.commitMessage,
      authorEmail: null,
      pullRequest: () => pullNode(model, pull),
    },
  };
}

/** The pending review requests of a pull request: its users, then its teams. */
function reviewRequestsOf(model: RepoModel, pull: PullRecord): Resolved[] {
  const request = (kind: string, key: string, requestedReviewer: Resolved): Resolved => ({
    __typename: 'ReviewRequest',
    id: nodeId('RR', `${pull.number}:${kind}:${key}`),
    asCodeOwner: false,
    requestedReviewer,
    pullRequest: () => pullNode(model, pull),
  });
  return [
    ...pull.requestedReviewers.map((login) =>
      request('user', login, actorNode(model, model.accounts.get(login))),
    ),
    ...pull.requestedTeams.map((slug) => request('team', slug, teamNode(model, slug))),
  ];
}

function teamNode(model: RepoModel, slug: string): Resolved {
  return {
    __typename: 'Team',
    id: nodeId('TEAM', `${model.owner}/${slug}`),
    slug,
    name: slug,
    combinedSlug: `${model.owner}/${slug}`,
    url: model.urls.web(`/orgs/${model.owner}/teams/${slug}`),
  };
}

function actorNode(model: RepoModel, account: Account): Resolved {
  return {
    __typename: account.type,
    id: nodeId(
      account.type === 'Organization' ? 'O' : account.type === 'Bot' ? 'BOT' : 'U',
      account.id,
    ),
    databaseId: account.id,
    login: account.login,
    url: model.urls.web(`/${encodeURIComponent(account.login)}`),
    avatarUrl: model.urls.web(`/avatars/u/${account.id}?v=4`),
  };
}

function labelNode(label: LabelRecord): Resolved {
  return {
    __typename: 'Label',
    id: label.nodeId,
    name: label.name,
    color: label.color,
    description: label.description,
    isDefault: label.default,
  };
}

function connection(nodes: Resolved[]): Resolved {
  return {
    totalCount: nodes.length,
    nodes,
    edges: nodes.map((node, index) => ({
      node,
      cursor: Buffer.from(`cursor:${index + 1}`).toString('base64'),
    })),
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  };
}
