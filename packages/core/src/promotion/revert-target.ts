/**
 * What a rollback reverts, read through the API: a commit by SHA (its message's trailers), or
 * a merged pull request by number (the trailers of its own commits, since a squash or merge
 * commit may not keep them at the end of its message). And, when a value moved since, the
 * later commit that moved it.
 */
import { InputError, PromoteError } from '../errors.js';
import { parseChangeTrailers, type RecordedChange } from '../git/change-trailers.js';
import { fullName, type GitHubApi, httpStatusOf, type RepositoryName } from './github-api.js';
import type { RollbackConflict } from './rollback-plan.js';

/** The bump a rollback reverts. */
export interface RevertTarget {
  /** The commit on the base that brought the bump in (the merge or squash commit of a PR). */
  sha: string;
  /** Its subject line. */
  subject: string;
  url: string;
  /** The pull request, when `revert` named one. */
  pullRequest?: { number: number; url: string; title: string };
  /** The recorded changes, in the order they were made. */
  changes: RecordedChange[];
}

/** A commit as `GET /commits/{ref}` and the list routes give it (the fields used here). */
interface RestCommit {
  sha: string;
  html_url: string;
  commit: { message: string };
  files?: Array<{ filename: string }>;
}

const SHA = /^[0-9a-f]{7,40}$/i;
const NUMBER = /^[1-9][0-9]{0,9}$/;

/** Check `revert`: a commit SHA (7 to 40 hex digits) or a pull request number. */
export function parseRevert(value: string): { sha: string } | { pullNumber: number } {
  const text = value.trim().replace(/^#/, '');
  if (NUMBER.test(text) && !(text.length >= 7 && SHA.test(text)))
    return { pullNumber: Number(text) };
  if (SHA.test(text)) return { sha: text.toLowerCase() };
  throw new InputError(
    'revert',
    value,
    'must be a commit SHA (7 to 40 hex digits) or a pull request number',
  );
}

const subjectOf = (message: string) => message.split('\n', 1)[0] ?? '';

function noTrailers(what: string): PromoteError {
  return new PromoteError(
    `${what} records no Promote-Change trailers, so there is nothing to invert: only bumps made ` +
      'by bump-values or open-promotion-pr can be rolled back this way.',
  );
}

async function readCommitBySha(api: GitHubApi, repository: RepositoryName, sha: string) {
  try {
    const { data } = await api.request<RestCommit>('GET /repos/{owner}/{repo}/commits/{ref}', {
      ...repository,
      ref: sha,
    });
    return data;
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 404 || status === 422)
      throw new InputError('revert', sha, `is not a commit of ${fullName(repository)}`);
    throw error;
  }
}

async function targetFromCommit(api: GitHubApi, repository: RepositoryName, sha: string) {
  const commit = await readCommitBySha(api, repository, sha);
  const changes = parseChangeTrailers(commit.commit.message);
  if (changes.length === 0) throw noTrailers(`Commit ${commit.sha}`);
  return {
    sha: commit.sha,
    subject: subjectOf(commit.commit.message),
    url: commit.html_url,
    changes,
  };
}

interface PullData {
  number: number;
  html_url: string;
  title: string;
  merged: boolean;
  merge_commit_sha: string | null;
}

async function targetFromPull(api: GitHubApi, repository: RepositoryName, number: number) {
  let pull: PullData;
  try {
    ({ data: pull } = await api.request<PullData>('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...repository,
      pull_number: number,
    }));
  } catch (error) {
    if (httpStatusOf(error) === 404)
      throw new InputError(
        'revert',
        String(number),
        `is not a pull request of ${fullName(repository)}`,
      );
    throw error;
  }
  if (!pull.merged || !pull.merge_commit_sha)
    throw new InputError(
      'revert',
      String(number),
      `is pull request ${pull.html_url}, which was not merged; only a merged bump can be rolled back`,
    );
  const { data: commits } = await api.request<RestCommit[]>(
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
    { ...repository, pull_number: number, per_page: 100 },
  );
  const changes = commits.flatMap((c) => parseChangeTrailers(c.commit.message));
  if (changes.length === 0) throw noTrailers(`Pull request #${number}`);
  const merge = await readCommitBySha(api, repository, pull.merge_commit_sha);
  return {
    sha: merge.sha,
    subject: pull.title,
    url: merge.html_url,
    pullRequest: { number, url: pull.html_url, title: pull.title },
    changes,
  };
}

/** Read what `revert` names; throws an InputError naming `revert` when it is not a merged bump. */
export async function readRevertTarget(
  api: GitHubApi,
  repository: RepositoryName,
  revert: string,
): Promise<RevertTarget> {
  const parsed = parseRevert(revert);
  return 'sha' in parsed
    ? targetFromCommit(api, repository, parsed.sha)
    : targetFromPull(api, repository, parsed.pullNumber);
}

/** A later commit changed values the rollback would restore: nothing was written. */
export class RollbackConflictError extends PromoteError {
  override name = 'RollbackConflictError';
  constructor(
    readonly target: string,
    readonly laterCommit: string | undefined,
    readonly conflicts: readonly RollbackConflict[],
  ) {
    const values = conflicts
      .map(
        (c) =>
          `${c.field} of '${c.service}' in ${c.file} (${c.recorded} -> ${c.current ?? 'gone'})`,
      )
      .join(', ');
    const by = laterCommit ? `commit ${laterCommit} changed` : 'a later change moved';
    super(
      `Cannot roll back ${target}: ${by} the same values since: ${values}. Nothing was written. ` +
        'Roll back that commit first, or bump the values by hand.',
    );
  }
}

/**
 * The newest commit between the target and the base head that changed one of the conflicting
 * values: by its change trailers, else the newest that touched one of their files.
 */
export async function findLaterCommit(
  api: GitHubApi,
  repository: RepositoryName,
  range: { target: string; head: string },
  conflicts: readonly RollbackConflict[],
): Promise<string | undefined> {
  const { data } = await api.request<{ commits: RestCommit[] }>(
    'GET /repos/{owner}/{repo}/compare/{basehead}',
    { ...repository, basehead: `${range.target}...${range.head}` },
  );
  const newestFirst = [...data.commits].reverse();
  const byTrailer = newestFirst.find((commit) => {
    const changes = safeTrailers(commit.commit.message);
    return conflicts.some((c) =>
      changes.some((r) => r.service === c.service && r.file === c.file && r.field === c.field),
    );
  });
  if (byTrailer) return byTrailer.sha;
  const files = new Set(conflicts.map((c) => c.file));
  for (const commit of newestFirst) {
    const full = await readCommitBySha(api, repository, commit.sha);
    if ((full.files ?? []).some((f) => files.has(f.filename))) return full.sha;
  }
  return undefined;
}

/** The change trailers of a message, or none when they are malformed (a search, not a plan). */
function safeTrailers(message: string): RecordedChange[] {
  try {
    return parseChangeTrailers(message);
  } catch {
    return [];
  }
}
