/**
 * Everything a promotion reads before it plans, but the files, in one GraphQL request: the base
 * branch (the default one when none is named) with its head commit and tree, the promotion
 * branch's head commit (its tree and parents, for the idempotence check), the open pull
 * request of the promotion branch, and when asked one file on that branch (a rollback's holds,
 * for the times an earlier run wrote). REST needs four to five requests for the same
 * (`repos/get`, two `git/get-ref`, `git/get-commit`, `pulls/list`), and two more for the file.
 */
import { PromoteError } from '../errors.js';
import { fullName, type GitHubApi, type RepositoryName } from './github-api.js';
import type { PullRequestState } from './pull-requests.js';

/** A branch's head commit, with what the idempotence check compares. */
export interface BranchHead {
  sha: string;
  tree: string;
  parents: string[];
}

/** The state of the repository a promotion starts from. */
export interface PromotionSnapshot {
  /** The base branch's name (the default branch's when none was asked). */
  base: string;
  baseHead: BranchHead;
  /** The promotion branch's head; undefined when the branch does not exist. */
  branch: BranchHead | undefined;
  /** The open pull request whose head is the promotion branch of this repository, if any. */
  pull: PullRequestState | undefined;
  /** The file asked for (`branchFile`) on the promotion branch; undefined when it has none. */
  branchFile?: BranchFile;
}

/** A file on the promotion branch: its blob, and its text when GraphQL gave it whole. */
export interface BranchFile {
  sha: string;
  /** Undefined for a blob GraphQL marks binary or truncated: read it by `sha` then. */
  text?: string;
}

/** Open pull requests read per branch: one per base branch, so a few are plenty. */
const PULLS_READ = 10;

const COMMIT_FIELDS = 'oid tree { oid } parents(first: 2) { nodes { oid } }';

const PULL_FIELDS = `number url id title body baseRefName
        author { login }
        headRepository { nameWithOwner }
        labels(first: 100) { nodes { name } }
        reviewRequests(first: 100) {
          nodes { requestedReviewer { __typename ... on User { login } ... on Bot { login } ... on Team { slug } } }
        }
        autoMergeRequest { mergeMethod }`;

const BLOB_FIELDS = 'oid text isBinary isTruncated byteSize';

/**
 * The query; the base is `defaultBranchRef` unless a branch is named, and `branchFile` (a
 * `rev:path` expression) is read only when asked.
 */
export function snapshotQuery(namedBase: boolean, branchFile = false): string {
  const base = namedBase ? 'ref(qualifiedName: $base)' : 'defaultBranchRef';
  const variables = `${namedBase ? ', $base: String!' : ''}${branchFile ? ', $branchFile: String!' : ''}`;
  const file = branchFile
    ? `\n    branchFile: object(expression: $branchFile) { ... on Blob { ${BLOB_FIELDS} } }`
    : '';
  return `query promotionSnapshot($owner: String!, $name: String!, $branch: String!, $head: String!${variables}) {
  repository(owner: $owner, name: $name) {
    base: ${base} { name target { ... on Commit { ${COMMIT_FIELDS} } } }${file}
    branch: ref(qualifiedName: $branch) { target { ... on Commit { ${COMMIT_FIELDS} } } }
    pullRequests(headRefName: $head, states: [OPEN], first: ${PULLS_READ}, orderBy: { field: CREATED_AT, direction: DESC }) {
      nodes {
        ${PULL_FIELDS}
      }
    }
  }
}`;
}

interface CommitNode {
  oid?: string;
  tree?: { oid: string };
  parents?: { nodes: Array<{ oid: string }> };
}

interface RefNode {
  name?: string;
  target: CommitNode | null;
}

interface PullNode {
  number: number;
  url: string;
  id: string;
  title: string;
  body: string;
  baseRefName: string;
  author: { login: string } | null;
  headRepository: { nameWithOwner: string } | null;
  labels: { nodes: Array<{ name: string }> } | null;
  reviewRequests: {
    nodes: Array<{
      requestedReviewer: { __typename: string; login?: string; slug?: string } | null;
    }>;
  } | null;
  autoMergeRequest: { mergeMethod: string } | null;
}

interface BlobNode {
  oid?: string;
  text?: string | null;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  byteSize?: number;
}

interface SnapshotData {
  repository: {
    base: RefNode | null;
    branch: RefNode | null;
    branchFile?: BlobNode | null;
    pullRequests: { nodes: PullNode[] };
  };
}

/** The blob read on the branch, its text kept only when it is whole UTF-8 text. */
function branchFileOf(blob: BlobNode | null | undefined): BranchFile | undefined {
  if (!blob?.oid) return undefined;
  const whole =
    blob.text != null &&
    !blob.isBinary &&
    !blob.isTruncated &&
    Buffer.byteLength(blob.text, 'utf8') === blob.byteSize;
  return whole ? { sha: blob.oid, text: blob.text as string } : { sha: blob.oid };
}

function branchHead(ref: RefNode | null): BranchHead | undefined {
  const target = ref?.target;
  if (!target?.oid || !target.tree) return undefined;
  return {
    sha: target.oid,
    tree: target.tree.oid,
    parents: (target.parents?.nodes ?? []).map((p) => p.oid),
  };
}

/** A pull request as the promotion sees it, from its GraphQL node. */
export function pullFromNode(node: PullNode): PullRequestState {
  const requested = (node.reviewRequests?.nodes ?? []).flatMap((r) =>
    r.requestedReviewer ? [r.requestedReviewer] : [],
  );
  return {
    number: node.number,
    url: node.url,
    nodeId: node.id,
    title: node.title,
    body: node.body,
    base: node.baseRefName,
    author: node.author?.login ?? '',
    labels: (node.labels?.nodes ?? []).map((l) => l.name),
    reviewers: requested.flatMap((r) => (r.__typename !== 'Team' && r.login ? [r.login] : [])),
    teams: requested.flatMap((r) => (r.__typename === 'Team' && r.slug ? [r.slug] : [])),
    ...(node.autoMergeRequest
      ? { autoMerge: node.autoMergeRequest.mergeMethod.toLowerCase() }
      : {}),
  };
}

/** Whether the pull request's head is in this repository (not a fork's branch of that name). */
function fromThisRepository(node: PullNode, repository: RepositoryName): boolean {
  return node.headRepository?.nameWithOwner.toLowerCase() === fullName(repository).toLowerCase();
}

/**
 * Read the base, the promotion branch and its open pull request in one request, with the file
 * `branchFile` on that branch when a path is given; a base that does not exist is a
 * PromoteError naming it.
 */
export async function readPromotionSnapshot(
  api: GitHubApi,
  repository: RepositoryName,
  names: { base: string; branch: string; branchFile?: string },
): Promise<PromotionSnapshot> {
  const fileAsked = names.branchFile !== undefined;
  const data = await api.graphql<SnapshotData>(snapshotQuery(names.base !== '', fileAsked), {
    owner: repository.owner,
    name: repository.repo,
    branch: `refs/heads/${names.branch}`,
    head: names.branch,
    ...(names.base !== '' ? { base: `refs/heads/${names.base}` } : {}),
    ...(fileAsked ? { branchFile: `refs/heads/${names.branch}:${names.branchFile}` } : {}),
  });
  const { base, branch, pullRequests } = data.repository;
  const file = branchFileOf(data.repository.branchFile);
  const baseHead = branchHead(base);
  if (baseHead === undefined)
    throw new PromoteError(
      names.base === ''
        ? `${fullName(repository)} has no default branch (an empty repository?).`
        : `The base branch '${names.base}' does not exist in ${fullName(repository)}.`,
    );
  const pull = pullRequests.nodes.find((node) => fromThisRepository(node, repository));
  return {
    base: base?.name ?? names.base,
    baseHead,
    branch: branchHead(branch),
    pull: pull ? pullFromNode(pull) : undefined,
    ...(file ? { branchFile: file } : {}),
  };
}
