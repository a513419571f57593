/**
 * Commit statuses and check runs: what CI, Flux's notification-controller or Argo CD's
 * notifications report on a commit, and what branch protection requires. Statuses are set and
 * read per ref (the combined status keeps the latest per context); check runs are listed per
 * ref and created for tests as a CI app would.
 */
import type { components } from '@octokit/openapi-types';
import type { Account } from './accounts.js';
import { notFound } from './github-errors.js';
import type { RepoModel } from './repo-model.js';
import { type CheckRunRecord, type CommitStatusRecord, isoNow, nodeId } from './repo-state.js';
import { json, paginate, type RouteHandlers, type RouteRequest } from './route-types.js';
import { restCommit } from './shapes-git.js';
import { repository, simpleUser } from './shapes-repository.js';

type Schemas = components['schemas'];

/** What a caller gives to set a status. */
export interface NewCommitStatus {
  state: CommitStatusRecord['state'];
  context?: string;
  description?: string | null;
  targetUrl?: string | null;
}

/** What a caller gives to report a check run. */
export interface NewCheckRun {
  name: string;
  status?: CheckRunRecord['status'];
  conclusion?: CheckRunRecord['conclusion'];
  detailsUrl?: string | null;
}

/** Record a status on `sha` by `creator` (GitHub's default context is `default`). */
export function addStatus(
  model: RepoModel,
  sha: string,
  status: NewCommitStatus,
  creator: Account,
): CommitStatusRecord {
  const now = isoNow();
  const record: CommitStatusRecord = {
    id: model.state.nextStatusId(),
    sha,
    state: status.state,
    context: status.context ?? 'default',
    description: status.description ?? null,
    targetUrl: status.targetUrl ?? null,
    creator: creator.login,
    createdAt: now,
    updatedAt: now,
  };
  model.state.statuses.push(record);
  return record;
}

/** Record a check run on `sha`; a conclusion without a status means `completed`. */
export function addCheckRun(model: RepoModel, sha: string, run: NewCheckRun): CheckRunRecord {
  const now = isoNow();
  const status = run.status ?? (run.conclusion ? 'completed' : 'queued');
  const record: CheckRunRecord = {
    id: model.state.nextStatusId(),
    sha,
    name: run.name,
    status,
    conclusion: status === 'completed' ? (run.conclusion ?? 'success') : null,
    detailsUrl: run.detailsUrl ?? null,
    startedAt: now,
    completedAt: status === 'completed' ? now : null,
  };
  model.state.checkRuns.push(record);
  return record;
}

/** The commit a ref (branch, tag or sha) names; 404 as GitHub answers for an unknown ref. */
async function commitOf(model: RepoModel, ref: string): Promise<string> {
  const sha = await model.git.resolve(ref, 'commit');
  if (sha === undefined) throw notFound(`No commit found for SHA: ${ref}`);
  return sha;
}

function statusShape(model: RepoModel, record: CommitStatusRecord): Schemas['status'] {
  const creator = model.accounts.get(record.creator);
  return {
    url: model.urls.repoApi(`/statuses/${record.sha}`),
    avatar_url: model.urls.web(`/avatars/u/${creator.id}?v=4`),
    id: record.id,
    node_id: nodeId('SC', record.id),
    state: record.state,
    description: record.description,
    target_url: record.targetUrl,
    context: record.context,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    creator: simpleUser(model.urls, creator),
  };
}

/** The latest status of each context on `sha`, newest first, as the combined status lists them. */
function latestPerContext(model: RepoModel, sha: string): CommitStatusRecord[] {
  const latest = new Map<string, CommitStatusRecord>();
  for (const record of model.state.statuses.filter((s) => s.sha === sha))
    latest.set(record.context, record);
  return [...latest.values()].reverse();
}

/** GitHub's rule: failure if any is error or failure, pending if any is pending or none exist. */
function combinedState(statuses: readonly CommitStatusRecord[]): string {
  if (statuses.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure';
  if (statuses.length === 0 || statuses.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

function checkRunShape(model: RepoModel, record: CheckRunRecord): Schemas['check-run'] {
  const url = model.urls.repoApi(`/check-runs/${record.id}`);
  return {
    id: record.id,
    head_sha: record.sha,
    node_id: nodeId('CR', record.id),
    external_id: '',
    url,
    html_url: model.urls.repoWeb(`/runs/${record.id}`),
    details_url: record.detailsUrl,
    status: record.status,
    conclusion: record.conclusion,
    started_at: record.startedAt,
    completed_at: record.completedAt,
    output: {
      title: null,
      summary: null,
      text: null,
      annotations_count: 0,
      annotations_url: `${url}/annotations`,
    },
    name: record.name,
    check_suite: null,
    app: null,
    pull_requests: [],
  };
}

function statusBody(request: RouteRequest): NewCommitStatus {
  const body = request.body as {
    state: CommitStatusRecord['state'];
    context?: string;
    description?: string | null;
    target_url?: string | null;
  };
  return {
    state: body.state,
    ...(body.context !== undefined ? { context: body.context } : {}),
    ...(body.description !== undefined ? { description: body.description } : {}),
    ...(body.target_url !== undefined ? { targetUrl: body.target_url } : {}),
  };
}

/** The repository as a combined status names it (`minimal-repository`: no license object). */
function minimalRepository(model: RepoModel): Schemas['minimal-repository'] {
  const { license: _license, ...minimal } = repository(model);
  return minimal;
}

export const commitStatusRoutes: RouteHandlers = {
  'repos/create-commit-status': (request, model) =>
    model.serialize(async () => {
      const sha = request.params.sha ?? '';
      if ((await model.git.resolve(sha, 'commit')) !== sha) throw notFound('No commit found');
      const record = addStatus(model, sha, statusBody(request), model.accounts.viewer);
      return json(201, statusShape(model, record));
    }),

  'repos/list-commit-statuses-for-ref': async (request, model) => {
    const ref = request.params.ref ?? '';
    const sha = await commitOf(model, ref);
    const newestFirst = model.state.statuses.filter((s) => s.sha === sha).reverse();
    const page = paginate(request, newestFirst, model.urls.repoApi(`/commits/${ref}/statuses`));
    return json(
      200,
      page.items.map((record) => statusShape(model, record)),
      page.headers,
    );
  },

  'repos/get-combined-status-for-ref': async (request, model) => {
    const ref = request.params.ref ?? '';
    const sha = await commitOf(model, ref);
    const latest = latestPerContext(model, sha);
    const page = paginate(request, latest, model.urls.repoApi(`/commits/${ref}/status`));
    const body: Schemas['combined-commit-status'] = {
      state: combinedState(latest),
      sha,
      total_count: latest.length,
      statuses: page.items.map((record) => {
        const { creator: _creator, ...simple } = statusShape(model, record);
        return simple;
      }),
      repository: minimalRepository(model),
      commit_url: model.urls.repoApi(`/commits/${sha}`),
      url: model.urls.repoApi(`/commits/${sha}/status`),
    };
    return json(200, body, page.headers);
  },

  'checks/list-for-ref': async (request, model) => {
    const ref = request.params.ref ?? '';
    const sha = await commitOf(model, ref);
    const name = typeof request.query.check_name === 'string' ? request.query.check_name : '';
    const status = typeof request.query.status === 'string' ? request.query.status : '';
    const runs = model.state.checkRuns
      .filter(
        (r) => r.sha === sha && (!name || r.name === name) && (!status || r.status === status),
      )
      .reverse();
    const page = paginate(request, runs, model.urls.repoApi(`/commits/${ref}/check-runs`));
    return json(
      200,
      {
        total_count: runs.length,
        check_runs: page.items.map((record) => checkRunShape(model, record)),
      },
      page.headers,
    );
  },

  'checks/create': (request, model) =>
    model.serialize(async () => {
      const body = request.body as {
        name: string;
        head_sha: string;
        status?: CheckRunRecord['status'];
        conclusion?: CheckRunRecord['conclusion'];
        details_url?: string;
      };
      const sha = await commitOf(model, body.head_sha);
      const record = addCheckRun(model, sha, {
        name: body.name,
        ...(body.status ? { status: body.status } : {}),
        ...(body.conclusion ? { conclusion: body.conclusion } : {}),
        ...(body.details_url ? { detailsUrl: body.details_url } : {}),
      });
      return json(201, checkRunShape(model, record));
    }),

  'repos/list-commits': async (request, model) => {
    const ref = typeof request.query.sha === 'string' ? request.query.sha : model.defaultBranch;
    const head = await commitOf(model, ref);
    const path = typeof request.query.path === 'string' ? request.query.path : '';
    const out = await model.git.run(['log', '--format=%H', head, ...(path ? ['--', path] : [])]);
    const shas = out.split('\n').filter((line) => line !== '');
    const page = paginate(request, shas, model.urls.repoApi('/commits'));
    const commits = [];
    for (const sha of page.items) {
      const commit = await model.git.readCommit(sha);
      if (commit) commits.push(await restCommit(model, commit));
    }
    return json(200, commits, page.headers);
  },
};
