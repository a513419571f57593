/**
 * What a promotion contains: the app's commits between the source commit the target runs now
 * and the one it will run, from GitHub's compare API on the source repository, for the pull
 * request body. Best-effort: a missing token or repository, or an answer GitHub refuses,
 * gives a note instead of a list and never fails the step.
 */
import { escapeMarkdown, inlineCode } from '../markdown.js';
import { type GitHubApi, httpStatusOf, type RepositoryName } from './github-api.js';

/** At most this many commits are listed; the rest are behind the link to the comparison. */
export const MAX_LISTED_COMMITS = 50;

/** One commit of the app between the running and the proposed source commit. */
export interface SourceCommit {
  sha: string;
  subject: string;
  author: string;
  /** The pull request the subject names (`… (#123)`), if any. */
  pullRequest?: number;
  url: string;
}

/** The commits of a comparison, or the note that says why there are none. */
export type SourceCommits =
  | { kind: 'listed'; commits: SourceCommit[]; total: number; compareUrl: string }
  | { kind: 'omitted'; note: string };

interface CompareAnswer {
  html_url: string;
  total_commits: number;
  commits: Array<{
    sha: string;
    html_url: string;
    commit: { message: string; author: { name?: string } | null };
    author: { login: string } | null;
  }>;
}

const SHA = /^[0-9a-f]{7,40}$/;

/** The subject's trailing `(#123)`, as GitHub writes squash and merge subjects. */
function pullNumberOf(subject: string): number | undefined {
  const match = /\(#(\d+)\)\s*$/.exec(subject) ?? /^Merge pull request #(\d+)/.exec(subject);
  return match ? Number(match[1]) : undefined;
}

/**
 * The commits from `from` (exclusive) to `to`, oldest first (the first 50); never throws for a missing
 * repository or token, or a comparison GitHub cannot make (404, 403, 422).
 */
export async function tryReadSourceCommits(
  api: GitHubApi | undefined,
  repository: RepositoryName | undefined,
  range: { from: string; to: string },
): Promise<SourceCommits> {
  if (!api || !repository)
    return {
      kind: 'omitted',
      note: 'The source commits are not listed: no source repository or token was given.',
    };
  if (!SHA.test(range.from) || !SHA.test(range.to))
    return {
      kind: 'omitted',
      note: 'The source commits are not listed: the running or proposed source commit is unknown.',
    };
  try {
    const { data } = await api.request<CompareAnswer>(
      'GET /repos/{owner}/{repo}/compare/{basehead}',
      {
        ...repository,
        basehead: `${range.from}...${range.to}`,
      },
    );
    const commits = data.commits.slice(0, MAX_LISTED_COMMITS).map((c): SourceCommit => {
      const subject = c.commit.message.split('\n', 1)[0] ?? '';
      const number = pullNumberOf(subject);
      return {
        sha: c.sha,
        subject,
        author: c.author?.login ?? c.commit.author?.name ?? 'unknown',
        ...(number !== undefined ? { pullRequest: number } : {}),
        url: c.html_url,
      };
    });
    return { kind: 'listed', commits, total: data.total_commits, compareUrl: data.html_url };
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === undefined || ![401, 403, 404, 422].includes(status)) throw error;
    return {
      kind: 'omitted',
      note: `The source commits are not listed: GitHub answered ${status} to the comparison.`,
    };
  }
}

/** The Markdown section of a pull request body that lists what a promotion contains. */
export function sourceCommitsSection(service: string, found: SourceCommits): string {
  const heading = `#### What ${inlineCode(service)} brings`;
  if (found.kind === 'omitted') return `${heading}\n\n${found.note}`;
  if (found.total === 0) return `${heading}\n\nNo new commits.`;
  const lines = found.commits.map((c) => {
    const pull = c.pullRequest === undefined ? '' : ` (#${c.pullRequest})`;
    const subject = escapeMarkdown(c.subject.replace(/\s*\(#\d+\)\s*$/, ''));
    return `- [${inlineCode(c.sha.slice(0, 7))}](${c.url}) ${subject}${pull} by @${escapeMarkdown(c.author)}`;
  });
  const more =
    found.total > found.commits.length
      ? [
          `\n${found.total - found.commits.length} more: [the full comparison](${found.compareUrl}).`,
        ]
      : [];
  return [heading, '', ...lines, ...more].join('\n');
}
