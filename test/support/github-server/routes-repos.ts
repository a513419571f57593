/**
 * The repository, its contents, commits and branches.
 */
import { notFound, unprocessable } from './github-errors.js';
import type { GitTreeEntry } from './git-store.js';
import { json, queryString, type RouteHandlers, type RouteRequest } from './route-types.js';
import { branchWithProtection, contentDirectory, contentFile, restCommit } from './shapes-git.js';
import { fullRepository } from './shapes-repository.js';
import { comparison } from './shapes-compare.js';

export const repoRoutes: RouteHandlers = {
  'repos/get': async (_request, model) => json(200, fullRepository(model)),

  'repos/get-content': async (request, model) => {
    const ref = queryString(request, 'ref') ?? model.defaultBranch;
    const commit = await model.git.resolve(ref, 'commit');
    if (!commit) throw notFound(`No commit found for the ref ${ref}`);
    const path = (request.params.path ?? '').replace(/^\/+|\/+$/g, '');
    if (path === '') {
      return json(200, contentDirectory(model.urls, await model.git.listTree(commit), ref));
    }
    const entry = await model.git.entryAt(commit, path);
    if (!entry || entry.type === 'commit') throw notFound();
    if (entry.type === 'tree') {
      const children = await model.git.listTree(entry.sha);
      const withPaths = children.map((child): GitTreeEntry => ({
        ...child,
        path: `${path}/${child.path}`,
      }));
      return json(200, contentDirectory(model.urls, withPaths, ref));
    }
    const content = (await model.git.readBlob(entry.sha)) ?? Buffer.alloc(0);
    if (wantsMediaType(request, 'raw')) {
      return { status: 200, raw: { body: content, contentType: 'text/plain; charset=utf-8' } };
    }
    return json(200, contentFile(model.urls, entry, ref, content));
  },

  'repos/get-commit': async (request, model) => {
    const ref = request.params.ref ?? '';
    const sha = await model.git.resolve(ref, 'commit');
    const commit = sha === undefined ? undefined : await model.git.readCommit(sha);
    if (!commit) throw unprocessable(`No commit found for SHA: ${ref}`);
    if (wantsMediaType(request, 'sha')) {
      return {
        status: 200,
        raw: { body: commit.sha, contentType: 'application/vnd.github.sha; charset=utf-8' },
      };
    }
    return json(200, await restCommit(model, commit));
  },

  'repos/compare-commits-with-basehead': async (request, model) => {
    const [baseRef = '', headRef = ''] = (request.params.basehead ?? '').split('...');
    const [base, head] = await Promise.all([
      model.git.resolve(baseRef, 'commit'),
      model.git.resolve(headRef, 'commit'),
    ]);
    if (base === undefined || head === undefined) throw notFound();
    return json(200, await comparison(model, base, head, request));
  },

  'repos/get-branch': async (request, model) => {
    const name = request.params.branch ?? '';
    const sha = await model.branchSha(name);
    const commit = sha === undefined ? undefined : await model.git.readCommit(sha);
    if (!commit) throw notFound('Branch not found');
    return json(200, await branchWithProtection(model, name, commit));
  },
};

/** Whether the Accept header asks for a custom media type: `application/vnd.github[.v3].<format>`. */
function wantsMediaType(request: RouteRequest, format: string): boolean {
  const accept = request.headers.accept ?? '';
  return new RegExp(`application/vnd\\.github(\\.v3)?\\.${format}\\b`).test(accept);
}
