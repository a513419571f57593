/**
 * Pull requests: list, open, read, update, request reviewers, list files.
 */
import { GitHubError, notFound, validationFailed } from './github-errors.js';
import type { RepoModel } from './repo-model.js';
import { isoNow, nodeId, type PullRecord } from './repo-state.js';
import {
  intParam,
  json,
  paginate,
  queryString,
  type RouteHandlers,
  type RouteRequest,
} from './route-types.js';
import { pullCommitShas } from './merge-pull.js';
import { restCommit } from './shapes-git.js';
import { pullRequest, pullRequestSimple } from './shapes-pull.js';
import { Urls } from './urls.js';

interface CreatePullBody {
  title?: string;
  head: string;
  base: string;
  body?: string;
  draft?: boolean;
  maintainer_can_modify?: boolean;
  issue?: number;
}

interface UpdatePullBody {
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  base?: string;
  maintainer_can_modify?: boolean;
}

export const pullRoutes: RouteHandlers = {
  'pulls/list': async (request, model) => {
    const pulls = sortPulls(
      request,
      model.state.pulls.filter((pull) => matchesListFilters(request, model, pull)),
    );
    const page = paginate(request, pulls, model.urls.repoApi('/pulls'));
    const items = await Promise.all(page.items.map((pull) => pullRequestSimple(model, pull)));
    return json(200, items, page.headers);
  },

  'pulls/create': (request, model) => model.serialize(() => createPull(request, model)),

  'pulls/list-commits': async (request, model) => {
    const pull = findPull(request, model);
    const shas = await pullCommitShas(model, pull);
    const page = paginate(request, shas, model.urls.repoApi(`/pulls/${pull.number}/commits`));
    const commits = [];
    for (const sha of page.items) {
      const commit = await model.git.readCommit(sha);
      if (commit) commits.push(await restCommit(model, commit));
    }
    return json(200, commits, page.headers);
  },

  'pulls/get': async (request, model) =>
    json(200, await pullRequest(model, findPull(request, model))),

  'pulls/update': (request, model) =>
    model.serialize(async () => {
      const pull = findPull(request, model);
      await updatePull(model, pull, request.body as UpdatePullBody);
      return json(200, await pullRequest(model, pull));
    }),

  'pulls/request-reviewers': (request, model) =>
    model.serialize(async () => {
      const pull = findPull(request, model);
      const { reviewers = [], team_reviewers: teams = [] } = (request.body ?? {}) as {
        reviewers?: string[];
        team_reviewers?: string[];
      };
      if (reviewers.some((login) => login.toLowerCase() === pull.user.toLowerCase())) {
        throw new GitHubError(422, 'Review cannot be requested from pull request author.');
      }
      pull.requestedReviewers = addUnique(
        pull.requestedReviewers,
        reviewers.map((login) => model.accounts.get(login).login),
      );
      pull.requestedTeams = addUnique(pull.requestedTeams, teams);
      pull.updatedAt = isoNow();
      return json(201, await pullRequestSimple(model, pull));
    }),

  'pulls/list-files': async (request, model) => {
    const pull = findPull(request, model);
    const facts = await model.pullFacts(pull);
    const from = (await model.git.mergeBase(facts.baseSha, facts.headSha)) ?? facts.baseSha;
    const files = await model.git.diffFiles(from, facts.headSha);
    const page = paginate(request, files, model.urls.repoApi(`/pulls/${pull.number}/files`));
    const entries = page.items.map((file) => {
      const path = Urls.encodePath(file.path);
      return {
        sha: file.status === 'removed' ? file.oldSha : file.newSha,
        filename: file.path,
        status: file.status,
        additions: file.additions,
        deletions: file.deletions,
        changes: file.additions + file.deletions,
        blob_url: model.urls.repoWeb(`/blob/${facts.headSha}/${path}`),
        raw_url: model.urls.repoWeb(`/raw/${facts.headSha}/${path}`),
        contents_url: model.urls.repoApi(`/contents/${path}?ref=${facts.headSha}`),
      };
    });
    return json(200, entries, page.headers);
  },
};

export function findPull(request: RouteRequest, model: RepoModel): PullRecord {
  const pull = model.state.findPull(intParam(request, 'pull_number'));
  if (!pull) throw notFound();
  return pull;
}

/** `head` as `owner:branch` or `branch`; undefined when it names another owner (a fork). */
function headBranch(model: RepoModel, head: string): string | undefined {
  const colon = head.indexOf(':');
  if (colon === -1) return head;
  return head.slice(0, colon).toLowerCase() === model.owner.toLowerCase()
    ? head.slice(colon + 1)
    : undefined;
}

function matchesListFilters(request: RouteRequest, model: RepoModel, pull: PullRecord): boolean {
  const state = queryString(request, 'state') ?? 'open';
  if (state !== 'all' && pull.state !== state) return false;
  const base = queryString(request, 'base');
  if (base !== undefined && pull.base !== base) return false;
  // GitHub ignores a head filter without the `owner:` part.
  const head = queryString(request, 'head');
  if (head !== undefined && head.includes(':') && headBranch(model, head) !== pull.head)
    return false;
  return true;
}

function sortPulls(request: RouteRequest, pulls: PullRecord[]): PullRecord[] {
  const sort = queryString(request, 'sort') ?? 'created';
  const direction = queryString(request, 'direction') ?? (sort === 'created' ? 'desc' : 'asc');
  const key = (pull: PullRecord) =>
    sort === 'updated' ? `${pull.updatedAt}${pull.number}` : `${pull.createdAt}${pull.number}`;
  const sign = direction === 'asc' ? 1 : -1;
  return [...pulls].sort(
    (a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number),
  );
}

/** The most characters GitHub takes in a pull request body. */
export const MAX_PULL_BODY_CHARS = 65_536;

/** GitHub's 422 for a body over its limit (it counts characters, not bytes). */
function assertBodyFits(body: string | undefined): void {
  if (body === undefined || Array.from(body).length <= MAX_PULL_BODY_CHARS) return;
  throw validationFailed({
    resource: 'Issue',
    field: 'body',
    code: 'custom',
    message: `body is too long (maximum is ${MAX_PULL_BODY_CHARS} characters)`,
  });
}

async function createPull(request: RouteRequest, model: RepoModel) {
  const body = request.body as CreatePullBody;
  assertBodyFits(body.body);
  if (body.title === undefined && body.issue === undefined) {
    throw validationFailed({ resource: 'PullRequest', field: 'title', code: 'missing_field' });
  }
  const baseSha = await model.branchSha(body.base);
  if (!baseSha) throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
  const head = headBranch(model, body.head);
  const headSha = head === undefined ? undefined : await model.branchSha(head);
  if (head === undefined || !headSha)
    throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
  assertNoOpenDuplicate(model, head, body.base);
  if ((await model.git.countCommits(baseSha, headSha)) === 0) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      message: `No commits between ${body.base} and ${head}`,
    });
  }
  const number = model.state.nextIssueNumber();
  const now = isoNow();
  const pull: PullRecord = {
    number,
    id: 1_900_000_000 + number,
    nodeId: nodeId('PR', number),
    title: body.title ?? `Issue #${body.issue}`,
    body: body.body ?? null,
    state: 'open',
    draft: body.draft ?? false,
    head,
    base: body.base,
    headSha,
    user: model.accounts.viewer.login,
    labels: [],
    requestedReviewers: [],
    requestedTeams: [],
    autoMerge: null,
    maintainerCanModify: body.maintainer_can_modify ?? false,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  };
  model.state.pulls.push(pull);
  return json(201, await pullRequest(model, pull), {
    location: model.urls.repoApi(`/pulls/${number}`),
  });
}

function assertNoOpenDuplicate(
  model: RepoModel,
  head: string,
  base: string,
  except?: PullRecord,
): void {
  const duplicate = model.state.pulls.find(
    (pull) => pull !== except && pull.state === 'open' && pull.head === head && pull.base === base,
  );
  if (duplicate) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      message: `A pull request already exists for ${model.owner}:${head}.`,
    });
  }
}

async function updatePull(model: RepoModel, pull: PullRecord, body: UpdatePullBody): Promise<void> {
  assertBodyFits(body.body);
  if (body.base !== undefined && !(await model.branchSha(body.base))) {
    throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
  }
  const base = body.base ?? pull.base;
  if (body.state === 'open' && pull.state === 'closed')
    assertNoOpenDuplicate(model, pull.head, base, pull);
  if (body.title !== undefined) pull.title = body.title;
  if (body.body !== undefined) pull.body = body.body;
  if (body.maintainer_can_modify !== undefined)
    pull.maintainerCanModify = body.maintainer_can_modify;
  pull.base = base;
  const now = isoNow();
  if (body.state !== undefined && body.state !== pull.state) {
    pull.state = body.state;
    pull.closedAt = body.state === 'closed' ? now : null;
    if (body.state === 'closed') pull.autoMerge = null;
  }
  pull.updatedAt = now;
}

function addUnique(current: string[], added: readonly string[]): string[] {
  const seen = new Set(current.map((value) => value.toLowerCase()));
  return [
    ...current,
    ...added.filter((value) => !seen.has(value.toLowerCase()) && seen.add(value.toLowerCase())),
  ];
}
