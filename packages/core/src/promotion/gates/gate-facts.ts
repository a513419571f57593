/**
 * What the gates decide from, read through the API: for each candidate digest, the commit of
 * the source environment's files that wrote it there (its `Promote-Change` trailer, else the
 * newest run of commits whose file holds it), and the state of the required checks on that
 * commit (commit statuses and check runs). Reads only; nothing is written.
 */
import { parseChangeTrailers, type RecordedChange } from '../../git/change-trailers.js';
import type { GitHubApi, RepositoryName } from '../github-api.js';
import type { CheckState, GateCandidate } from './gate-verdicts.js';

/** A digest where the source environment writes it. */
export interface SourceImage {
  service: string;
  digest: string;
  /** The source environment file that holds it. */
  file: string;
}

/** Commits of one file listed per request (GitHub's largest page). */
export const HISTORY_PAGE = 100;
/**
 * Pages of one file's history searched for a digest's trailer (newest first): at most
 * HISTORY_PAGE × HISTORY_PAGES commits. A history longer than that is cut, and the verdict
 * says so rather than guess an age.
 */
export const HISTORY_PAGES = 10;
/** Commits whose file text is read when no trailer names the digest. */
export const CONTENT_DEPTH = 20;

interface ListedCommit {
  sha: string;
  commit: { message: string; committer: { date?: string } | null };
}

function safeTrailers(message: string): RecordedChange[] {
  try {
    return parseChangeTrailers(message);
  } catch {
    return [];
  }
}

/**
 * When the commit reached the branch: its committer date. A rebased or cherry-picked commit
 * keeps its author date, so that one can be far older than the digest's time in the source.
 */
const dateOf = (c: ListedCommit) => new Date(c.commit.committer?.date ?? 0);

async function fileText(api: GitHubApi, repository: RepositoryName, path: string, ref: string) {
  const { data } = await api.request<string>('GET /repos/{owner}/{repo}/contents/{path}', {
    ...repository,
    path,
    ref,
    mediaType: { format: 'raw' },
  });
  return typeof data === 'string' ? data : '';
}

/**
 * Without a trailer: the oldest commit of the newest run of commits whose file holds the
 * digest (between two listed commits the file does not change).
 */
async function introducedByContent(
  api: GitHubApi,
  repository: RepositoryName,
  image: SourceImage,
  commits: readonly ListedCommit[],
  whole: boolean,
): Promise<ListedCommit | undefined> {
  let found: ListedCommit | undefined;
  for (const commit of commits.slice(0, CONTENT_DEPTH)) {
    if (!(await fileText(api, repository, image.file, commit.sha)).includes(image.digest))
      return found;
    found = commit;
  }
  // Every commit read holds it: only the whole history (shorter than the depth) is proof.
  return whole && commits.length <= CONTENT_DEPTH ? found : undefined;
}

function checkStateOfRun(run: { status: string; conclusion: string | null }): CheckState {
  if (run.status !== 'completed') return 'pending';
  return run.conclusion === 'success' || run.conclusion === 'neutral' ? 'success' : 'failure';
}

const RANK: Record<CheckState, number> = { missing: 0, success: 1, pending: 2, failure: 3 };
const worst = (a: CheckState, b: CheckState): CheckState => (RANK[a] >= RANK[b] ? a : b);

/** The state of each named check on `sha`, from its commit statuses and its check runs. */
export async function readCheckStates(
  api: GitHubApi,
  repository: RepositoryName,
  sha: string,
  names: readonly string[],
): Promise<Record<string, CheckState>> {
  const [{ data: combined }, { data: runs }] = await Promise.all([
    api.request<{ statuses: Array<{ context: string; state: string }> }>(
      'GET /repos/{owner}/{repo}/commits/{ref}/status',
      { ...repository, ref: sha, per_page: 100 },
    ),
    api.request<{ check_runs: Array<{ name: string; status: string; conclusion: string | null }> }>(
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
      { ...repository, ref: sha, per_page: 100 },
    ),
  ]);
  const states: Record<string, CheckState> = Object.fromEntries(names.map((n) => [n, 'missing']));
  for (const status of combined.statuses)
    if (status.context in states) {
      const state: CheckState =
        status.state === 'success' ? 'success' : status.state === 'pending' ? 'pending' : 'failure';
      states[status.context] = worst(states[status.context] as CheckState, state);
    }
  for (const run of runs.check_runs)
    if (run.name in states)
      states[run.name] = worst(states[run.name] as CheckState, checkStateOfRun(run));
  return states;
}

/** How far one file's history is read: commits per request, and requests. */
export interface HistoryLimit {
  perPage: number;
  pages: number;
}

/** One file's history on the base, read a page at a time as far as a search needs. */
class FileHistory {
  private readonly pages: Array<Promise<ListedCommit[]>> = [];

  constructor(
    private readonly api: GitHubApi,
    private readonly repository: RepositoryName,
    private readonly baseSha: string,
    private readonly file: string,
    private readonly limit: HistoryLimit,
  ) {}

  private page(index: number): Promise<ListedCommit[]> {
    let found = this.pages[index];
    if (!found) {
      found = this.api
        .request<ListedCommit[]>('GET /repos/{owner}/{repo}/commits', {
          ...this.repository,
          sha: this.baseSha,
          path: this.file,
          per_page: this.limit.perPage,
          page: index + 1,
        })
        .then((r) => r.data);
      this.pages[index] = found;
    }
    return found;
  }

  /** The newest page of commits, and whether it is the whole history. */
  async first(): Promise<{ commits: ListedCommit[]; whole: boolean }> {
    const commits = await this.page(0);
    return { commits, whole: commits.length < this.limit.perPage };
  }

  /**
   * The newest commit that `matches`, paging back as far as HISTORY_PAGES; `cut` when the
   * history goes on past the last page read (so an older match cannot be ruled out).
   */
  async find(
    matches: (c: ListedCommit) => boolean,
  ): Promise<{ commit?: ListedCommit; cut: boolean }> {
    for (let index = 0; index < this.limit.pages; index++) {
      const commits = await this.page(index);
      const commit = commits.find(matches);
      if (commit) return { commit, cut: false };
      if (commits.length < this.limit.perPage) return { cut: false };
    }
    return { cut: true };
  }
}

/** Whether `commit`'s trailers record writing `image`'s digest in its file. */
function writes(commit: ListedCommit, image: SourceImage): boolean {
  return safeTrailers(commit.commit.message).some(
    (t) =>
      t.service === image.service &&
      t.file === image.file &&
      t.field === 'digest' &&
      t.to === image.digest,
  );
}

/** The gate facts of each image: where it was introduced, and its checks when required. */
export async function readGateFacts(
  api: GitHubApi,
  repository: RepositoryName,
  input: {
    baseSha: string;
    images: readonly SourceImage[];
    requireChecks: readonly string[];
    /** Default: HISTORY_PAGE commits a page, HISTORY_PAGES pages. */
    historyLimit?: HistoryLimit;
  },
): Promise<GateCandidate[]> {
  const limit = input.historyLimit ?? { perPage: HISTORY_PAGE, pages: HISTORY_PAGES };
  const histories = new Map<string, FileHistory>();
  const history = (file: string) => {
    let found = histories.get(file);
    if (!found) {
      found = new FileHistory(api, repository, input.baseSha, file, limit);
      histories.set(file, found);
    }
    return found;
  };
  const checks = new Map<string, Promise<Record<string, CheckState>>>();
  const candidates: GateCandidate[] = [];
  for (const image of input.images) {
    const file = history(image.file);
    const byTrailer = await file.find((c) => writes(c, image));
    const newest = await file.first();
    const commit =
      byTrailer.commit ??
      (await introducedByContent(api, repository, image, newest.commits, newest.whole));
    const candidate: GateCandidate = { service: image.service, digest: image.digest };
    if (commit) candidate.introduced = { sha: commit.sha, date: dateOf(commit) };
    else if (byTrailer.cut) candidate.historyCut = limit.perPage * limit.pages;
    if (commit && input.requireChecks.length > 0) {
      // Services bumped together share the commit: its checks are read once.
      let states = checks.get(commit.sha);
      if (!states) {
        states = readCheckStates(api, repository, commit.sha, input.requireChecks);
        checks.set(commit.sha, states);
      }
      candidate.checks = await states;
    }
    candidates.push(candidate);
  }
  return candidates;
}
