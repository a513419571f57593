/**
 * Releases: get by tag, create (making the tag on `target_commitish` when it does not exist,
 * as GitHub does), update, list. Kept beside the repository model, one list per server.
 */
import type { components } from '@octokit/openapi-types';
import { notFound, validationFailed } from './github-errors.js';
import type { RepoModel } from './repo-model.js';
import { isoNow, nodeId } from './repo-state.js';
import { intParam, json, paginate, type RouteHandlers } from './route-types.js';
import { simpleUser } from './shapes-repository.js';

type Release = components['schemas']['release'];

export interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: string;
  createdAt: string;
  publishedAt: string | null;
}

interface ReleaseInput {
  tag_name?: string;
  target_commitish?: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
}

const releasesByModel = new WeakMap<RepoModel, ReleaseRecord[]>();

/** The releases of a server's repository, oldest first (for tests to inspect). */
export function releasesOf(model: RepoModel): ReleaseRecord[] {
  let list = releasesByModel.get(model);
  if (list === undefined) releasesByModel.set(model, (list = []));
  return list;
}

function shape(model: RepoModel, record: ReleaseRecord): Release {
  const { urls } = model;
  const api = urls.repoApi(`/releases/${record.id}`);
  const tag = encodeURIComponent(record.tagName);
  return {
    url: api,
    html_url: urls.repoWeb(`/releases/tag/${tag}`),
    assets_url: `${api}/assets`,
    upload_url: `${urls.repoApi(`/releases/${record.id}/assets`).replace('http://', 'http://uploads.')}{?name,label}`,
    tarball_url: urls.repoApi(`/tarball/${tag}`),
    zipball_url: urls.repoApi(`/zipball/${tag}`),
    id: record.id,
    node_id: nodeId('RE', record.id),
    tag_name: record.tagName,
    target_commitish: record.targetCommitish,
    name: record.name,
    body: record.body,
    draft: record.draft,
    prerelease: record.prerelease,
    created_at: record.createdAt,
    published_at: record.publishedAt,
    author: simpleUser(urls, model.accounts.get(record.author)),
    assets: [],
  };
}

/** The tag exists, or is made on `target_commitish` (default branch when absent). */
async function ensureTag(model: RepoModel, tag: string, commitish: string): Promise<void> {
  if (await model.git.readRef(`refs/tags/${tag}`)) return;
  const sha = await model.git.resolve(commitish, 'commit');
  if (sha === undefined)
    throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
  await model.git.compareAndSwapRef(`refs/tags/${tag}`, sha, null);
}

function find(model: RepoModel, id: number): ReleaseRecord {
  const record = releasesOf(model).find((r) => r.id === id);
  if (record === undefined) throw notFound();
  return record;
}

export const releaseRoutes: RouteHandlers = {
  'repos/get-release-by-tag': async (request, model) => {
    const record = releasesOf(model).find((r) => r.tagName === request.params.tag);
    if (record === undefined) throw notFound();
    return json(200, shape(model, record));
  },

  'repos/get-release': async (request, model) =>
    json(200, shape(model, find(model, intParam(request, 'release_id')))),

  'repos/list-releases': async (request, model) => {
    const list = [...releasesOf(model)].reverse();
    const page = paginate(request, list, model.urls.repoApi('/releases'));
    return json(
      200,
      page.items.map((r) => shape(model, r)),
      page.headers,
    );
  },

  'repos/create-release': (request, model) =>
    model.serialize(async () => {
      const body = request.body as ReleaseInput & { tag_name: string };
      const list = releasesOf(model);
      if (list.some((r) => r.tagName === body.tag_name))
        throw validationFailed({ resource: 'Release', code: 'already_exists', field: 'tag_name' });
      const commitish = body.target_commitish ?? model.defaultBranch;
      const draft = body.draft ?? false;
      if (!draft) await ensureTag(model, body.tag_name, commitish);
      const now = isoNow();
      const record: ReleaseRecord = {
        id: 9_000_000 + list.length + 1,
        tagName: body.tag_name,
        targetCommitish: commitish,
        name: body.name ?? null,
        body: body.body ?? null,
        draft,
        prerelease: body.prerelease ?? false,
        author: model.accounts.viewer.login,
        createdAt: now,
        publishedAt: draft ? null : now,
      };
      list.push(record);
      const shaped = shape(model, record);
      return json(201, shaped, { location: shaped.url });
    }),

  'repos/update-release': (request, model) =>
    model.serialize(async () => {
      const record = find(model, intParam(request, 'release_id'));
      const body = request.body as ReleaseInput;
      if (body.tag_name !== undefined) record.tagName = body.tag_name;
      if (body.target_commitish !== undefined) record.targetCommitish = body.target_commitish;
      if (body.name !== undefined) record.name = body.name;
      if (body.body !== undefined) record.body = body.body;
      if (body.prerelease !== undefined) record.prerelease = body.prerelease;
      if (body.draft !== undefined) record.draft = body.draft;
      if (!record.draft) {
        await ensureTag(model, record.tagName, record.targetCommitish);
        record.publishedAt ??= isoNow();
      }
      return json(200, shape(model, record));
    }),
};
