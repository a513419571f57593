/**
 * `GET /repos/{owner}/{repo}/compare/{base}...{head}`: the commits reachable from head and not
 * from base, oldest first, at most 250 as GitHub lists them without pagination (`files` left
 * out, which the description allows).
 */
import type { components } from '@octokit/openapi-types';
import type { RepoModel } from './repo-model.js';
import type { RouteRequest } from './route-types.js';
import { restCommit } from './shapes-git.js';

type Schemas = components['schemas'];

/** GitHub's limit on the commits of one comparison answer. */
export const COMPARE_COMMIT_LIMIT = 250;

async function revList(model: RepoModel, range: string): Promise<string[]> {
  const out = await model.git.run(['rev-list', '--reverse', range]);
  return out.split('\n').filter((line) => line !== '');
}

async function commitAt(model: RepoModel, sha: string): Promise<Schemas['commit']> {
  const commit = await model.git.readCommit(sha);
  if (!commit) throw new Error(`No commit ${sha}`);
  return restCommit(model, commit);
}

export async function comparison(
  model: RepoModel,
  base: string,
  head: string,
  _request: RouteRequest,
): Promise<Schemas['commit-comparison']> {
  const mergeBase = (await model.git.mergeBase(base, head)) ?? base;
  const [ahead, behind] = await Promise.all([
    revList(model, `${base}..${head}`),
    revList(model, `${head}..${base}`),
  ]);
  const status =
    ahead.length === 0 && behind.length === 0
      ? 'identical'
      : behind.length === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged';
  const commits = [];
  for (const sha of ahead.slice(0, COMPARE_COMMIT_LIMIT)) commits.push(await commitAt(model, sha));
  const web = model.urls.repoWeb(`/compare/${base}...${head}`);
  return {
    url: model.urls.repoApi(`/compare/${base}...${head}`),
    html_url: web,
    permalink_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    base_commit: await commitAt(model, base),
    merge_base_commit: await commitAt(model, mergeBase),
    status,
    ahead_by: ahead.length,
    behind_by: behind.length,
    total_commits: ahead.length,
    commits,
  };
}
