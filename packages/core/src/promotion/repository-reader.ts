/**
 * Read a repository through the API without cloning it: a branch's head, its whole tree in one
 * request, and the text of chosen files in one GraphQL request per hundred (REST for a blob
 * GraphQL cannot give whole).
 */
import { FileError, PromoteError } from '../errors.js';
import { type GitHubApi, fullName, httpStatusOf, type RepositoryName } from './github-api.js';
import type { PromotionSource, TreeEntry } from './promotion-plan.js';

/** The repository's default branch. */
export async function readDefaultBranch(api: GitHubApi, repository: RepositoryName) {
  const { data } = await api.request<{ default_branch: string }>('GET /repos/{owner}/{repo}', {
    ...repository,
  });
  return data.default_branch;
}

/** The commit a branch points to, or undefined when there is no such branch. */
export async function readBranchHead(
  api: GitHubApi,
  repository: RepositoryName,
  branch: string,
): Promise<string | undefined> {
  try {
    const { data } = await api.request<{ object: { sha: string } }>(
      'GET /repos/{owner}/{repo}/git/ref/{ref}',
      { ...repository, ref: `heads/${branch}` },
    );
    return data.object.sha;
  } catch (error) {
    if (httpStatusOf(error) === 404) return undefined;
    throw error;
  }
}

/** A commit's root tree and every entry below it. */
export interface RepositoryTree {
  sha: string;
  entries: TreeEntry[];
}

/** The whole tree of a commit, in one request (`recursive`). */
export async function readTree(
  api: GitHubApi,
  repository: RepositoryName,
  commitSha: string,
): Promise<RepositoryTree> {
  const { data } = await api.request<{ sha: string; tree: TreeEntry[]; truncated: boolean }>(
    'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
    { ...repository, tree_sha: commitSha, recursive: '1' },
  );
  if (data.truncated)
    throw new PromoteError(
      `The tree of ${fullName(repository)} at ${commitSha} is too large for GitHub to list in one ` +
        'answer (over 100,000 entries); open-promotion-pr cannot read it.',
    );
  const entries = data.tree.map(({ path, mode, type, sha }) => ({ path, mode, type, sha }));
  return { sha: data.sha, entries };
}

/** Blobs per GraphQL request: one request reads up to this many files. */
export const BLOBS_PER_QUERY = 100;

interface BlobNode {
  text: string | null;
  isBinary: boolean | null;
  isTruncated: boolean;
  byteSize: number;
}

function blobQuery(count: number): string {
  const ids = Array.from({ length: count }, (_, i) => `$b${i}: GitObjectID!`).join(', ');
  const fields = Array.from(
    { length: count },
    (_, i) => `b${i}: object(oid: $b${i}) { ... on Blob { text isBinary isTruncated byteSize } }`,
  );
  return `query readBlobs($owner: String!, $name: String!, ${ids}) {
  repository(owner: $owner, name: $name) {
    ${fields.join('\n    ')}
  }
}`;
}

/** The whole UTF-8 text of each blob GraphQL gives complete; binary ones are marked. */
async function readBlobBatch(
  api: GitHubApi,
  repository: RepositoryName,
  shas: readonly string[],
): Promise<Map<string, string | 'binary'>> {
  const variables: Record<string, unknown> = { owner: repository.owner, name: repository.repo };
  shas.forEach((sha, i) => (variables[`b${i}`] = sha));
  const data = await api.graphql<{ repository: Record<string, BlobNode | null> }>(
    blobQuery(shas.length),
    variables,
  );
  const texts = new Map<string, string | 'binary'>();
  shas.forEach((sha, i) => {
    const blob = data.repository[`b${i}`];
    if (blob?.isBinary) texts.set(sha, 'binary');
    else if (
      blob?.text != null &&
      !blob.isTruncated &&
      Buffer.byteLength(blob.text, 'utf8') === blob.byteSize
    )
      texts.set(sha, blob.text);
  });
  return texts;
}

/** One blob's text through REST, decoded strictly as UTF-8; undefined when it is not text. */
async function readBlobRest(api: GitHubApi, repository: RepositoryName, sha: string) {
  const { data } = await api.request<{ content: string; encoding: string }>(
    'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
    { ...repository, file_sha: sha },
  );
  const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Blob texts by SHA: the whole UTF-8 text, or 'binary' for a blob that is not text. */
export type BlobTexts = ReadonlyMap<string, string | 'binary'>;

/** The text of each blob, one GraphQL request per hundred (REST for one it cannot give whole). */
export async function readBlobTexts(
  api: GitHubApi,
  repository: RepositoryName,
  blobShas: readonly string[],
): Promise<BlobTexts> {
  const shas = [...new Set(blobShas)];
  const texts = new Map<string, string | 'binary'>();
  for (let i = 0; i < shas.length; i += BLOBS_PER_QUERY) {
    const batch = await readBlobBatch(api, repository, shas.slice(i, i + BLOBS_PER_QUERY));
    for (const [sha, text] of batch) texts.set(sha, text);
  }
  for (const sha of shas)
    if (!texts.has(sha)) texts.set(sha, (await readBlobRest(api, repository, sha)) ?? 'binary');
  return texts;
}

/**
 * The files with their text, reading only the blobs `known` lacks (texts read ahead); a file
 * that is not UTF-8 text is a FileError.
 */
export async function readFileTexts(
  api: GitHubApi,
  repository: RepositoryName,
  files: readonly TreeEntry[],
  known: BlobTexts = new Map(),
): Promise<PromotionSource[]> {
  const missing = files.map((f) => f.sha).filter((sha) => !known.has(sha));
  const read = missing.length > 0 ? await readBlobTexts(api, repository, missing) : new Map();
  return files.map((file) => {
    const text = known.get(file.sha) ?? read.get(file.sha);
    if (text === undefined || text === 'binary')
      throw new FileError(file.path, 0, 'is not UTF-8 text; only text files can be bumped');
    return { ...file, text };
  });
}
