/**
 * The Git Data API: refs, commits, trees and blobs, all stored in the bare repository.
 */
import type { components } from '@octokit/openapi-types';
import { WEB_FLOW } from './accounts.js';
import type { GitIdentity, TreeEntryType } from './git-store.js';
import { editTree, isValidTreePath, type TreeEdit } from './git-trees.js';
import { notFound, unprocessable } from './github-errors.js';
import type { RepoModel } from './repo-model.js';
import { isoNow } from './repo-state.js';
import { json, queryString, type RouteHandlers, type RouteRequest } from './route-types.js';
import { blob, gitCommit, gitRef, gitTree } from './shapes-git.js';
import { Urls } from './urls.js';

type ShortBlob = components['schemas']['short-blob'];
type CreateCommitBody = {
  message: string;
  tree: string;
  parents?: string[];
  author?: { name: string; email: string; date?: string };
  committer?: { name?: string; email?: string; date?: string };
  signature?: string;
};
type TreeItem = {
  path?: string;
  mode?: string;
  type?: TreeEntryType;
  sha?: string | null;
  content?: string;
};

export const gitRoutes: RouteHandlers = {
  'git/get-ref': async (request, model) => {
    const ref = await model.git.readRef(`refs/${request.params.ref}`);
    if (!ref) throw notFound();
    return json(200, gitRef(model.urls, ref));
  },

  'git/list-matching-refs': async (request, model) => {
    const prefix = `refs/${request.params.ref}`;
    const refs = (await model.git.listRefs()).filter((ref) => ref.name.startsWith(prefix));
    return json(
      200,
      refs.map((ref) => gitRef(model.urls, ref)),
    );
  },

  'git/create-ref': (request, model) =>
    model.serialize(async () => {
      const { ref: name, sha } = request.body as { ref: string; sha: string };
      if (
        !name.startsWith('refs/') ||
        name.split('/').length < 3 ||
        !(await model.git.isValidRefName(name))
      ) {
        throw unprocessable('Reference name is invalid');
      }
      if ((await model.git.objectType(sha)) === undefined)
        throw unprocessable('Object does not exist');
      if (!(await model.git.compareAndSwapRef(name, sha, null)))
        throw unprocessable('Reference already exists');
      const ref = await model.git.readRef(name);
      if (!ref) throw new Error(`Ref ${name} vanished after creation`);
      return json(201, gitRef(model.urls, ref), {
        location: model.urls.repoApi(`/git/${Urls.encodePath(name)}`),
      });
    }),

  'git/update-ref': (request, model) =>
    model.serialize(async () => {
      const name = `refs/${request.params.ref}`;
      const { sha, force = false } = request.body as { sha: string; force?: boolean };
      const current = await model.git.readRef(name);
      if (!current) throw unprocessable('Reference does not exist');
      if ((await model.git.objectType(sha)) === undefined)
        throw unprocessable('Object does not exist');
      if (!force && !(await model.git.isAncestor(current.sha, sha)))
        throw unprocessable('Update is not a fast forward');
      if (!(await model.git.compareAndSwapRef(name, sha, current.sha)))
        throw unprocessable('Reference cannot be updated');
      const updated = await model.git.readRef(name);
      if (!updated) throw new Error(`Ref ${name} vanished after update`);
      return json(200, gitRef(model.urls, updated));
    }),

  'git/delete-ref': (request, model) =>
    model.serialize(async () => {
      const name = `refs/${request.params.ref}`;
      const current = await model.git.readRef(name);
      if (!current || !(await model.git.deleteRef(name, current.sha)))
        throw unprocessable('Reference does not exist');
      return { status: 204 };
    }),

  'git/get-commit': async (request, model) => {
    const commit = await model.git.readCommit(request.params.commit_sha ?? '');
    if (!commit) throw notFound();
    return json(200, gitCommit(model, commit));
  },

  'git/create-commit': (request, model) => model.serialize(() => createCommit(request, model)),

  'git/get-tree': async (request, model) => {
    const treeSha = await resolveTree(model, request.params.tree_sha ?? '');
    if (!treeSha) throw notFound();
    const recursive = queryString(request, 'recursive') !== undefined;
    return json(200, gitTree(model.urls, treeSha, await model.git.listTree(treeSha, recursive)));
  },

  'git/create-tree': (request, model) =>
    model.serialize(async () => {
      const { tree, base_tree: baseTree } = request.body as {
        tree: TreeItem[];
        base_tree?: string;
      };
      if (baseTree !== undefined && (await model.git.objectType(baseTree)) !== 'tree') {
        throw unprocessable(`base_tree ${baseTree} is not a valid tree oid`);
      }
      const edits: TreeEdit[] = [];
      for (const item of tree) edits.push(await treeEdit(model, item));
      const sha = await editTree(model.git, baseTree, edits);
      const body = gitTree(model.urls, sha, await model.git.listTree(sha));
      return json(201, body, { location: model.urls.repoApi(`/git/trees/${sha}`) });
    }),

  'git/get-blob': async (request, model) => {
    const sha = request.params.file_sha ?? '';
    const content = await model.git.readBlob(sha);
    if (!content) throw notFound();
    return json(200, blob(model.urls, sha, content));
  },

  'git/create-blob': (request, model) =>
    model.serialize(async () => {
      const { content, encoding = 'utf-8' } = request.body as {
        content: string;
        encoding?: string;
      };
      if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64') {
        throw unprocessable(`encoding must be one of "utf-8" or "base64", not "${encoding}"`);
      }
      const sha = await model.git.writeBlob(
        Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'),
      );
      const body: ShortBlob = { url: model.urls.repoApi(`/git/blobs/${sha}`), sha };
      return json(201, body, { location: body.url });
    }),
};

/** A tree sha from a tree sha, a commit sha or a branch or tag name. */
async function resolveTree(model: RepoModel, treeish: string): Promise<string | undefined> {
  if ((await model.git.objectType(treeish)) === 'tree') return treeish;
  return model.git.resolve(treeish, 'tree');
}

async function treeEdit(model: RepoModel, item: TreeItem): Promise<TreeEdit> {
  const { path, mode, type, sha, content } = item;
  if (path === undefined || !isValidTreePath(path))
    throw unprocessable(`tree.path ${JSON.stringify(path)} is invalid`);
  if (sha === null) return { path, remove: true };
  if (mode === undefined) throw unprocessable(`Must supply tree.mode for ${path}`);
  const entryType: TreeEntryType =
    type ?? (mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob');
  if (content !== undefined) {
    if (sha !== undefined)
      throw unprocessable('Must supply either tree.sha or tree.content, not both');
    return {
      path,
      mode,
      type: 'blob',
      sha: await model.git.writeBlob(Buffer.from(content, 'utf8')),
    };
  }
  if (sha === undefined) throw unprocessable('Must supply either tree.sha or tree.content');
  if (entryType !== 'commit' && (await model.git.objectType(sha)) !== entryType) {
    throw unprocessable(`tree.sha ${sha} is not a valid ${entryType}`);
  }
  return { path, mode, type: entryType, sha };
}

async function createCommit(request: RouteRequest, model: RepoModel) {
  const body = request.body as CreateCommitBody;
  if ((await model.git.objectType(body.tree)) !== 'tree')
    throw unprocessable('Tree SHA does not exist');
  const parents = body.parents ?? [];
  for (const parent of parents) {
    if ((await model.git.objectType(parent)) !== 'commit') {
      throw unprocessable('Parent SHA does not exist or is not a commit object');
    }
  }
  const now = new Date();
  const viewer = model.accounts.viewer;
  const author = identity(body.author, { name: viewer.name, email: viewer.email, date: now });
  // Without a committer (and a signature of its own), GitHub commits as web-flow and signs.
  const signedByGitHub = body.committer === undefined && body.signature === undefined;
  const committer = signedByGitHub
    ? { name: WEB_FLOW.name, email: WEB_FLOW.email, date: now }
    : identity(body.committer, author);
  const sha = await model.git.createCommit({
    tree: body.tree,
    parents,
    message: body.message,
    author,
    committer,
  });
  const commit = await model.git.readCommit(sha);
  if (!commit) throw new Error(`Commit ${sha} vanished after creation`);
  if (signedByGitHub) {
    model.state.signatures.set(sha, {
      signature: webFlowSignature(sha),
      payload: commit.raw,
      verifiedAt: isoNow(),
    });
  }
  return json(201, gitCommit(model, commit), {
    location: model.urls.repoApi(`/git/commits/${sha}`),
  });
}

function identity(given: CreateCommitBody['committer'], fallback: GitIdentity): GitIdentity {
  if (!given) return fallback;
  const date = given.date === undefined ? fallback.date : new Date(given.date);
  return {
    name: given.name ?? fallback.name,
    email: given.email ?? fallback.email,
    date: Number.isNaN(date.getTime()) ? fallback.date : date,
  };
}

/** A stand-in for the PGP signature GitHub adds to web-flow commits (it is not checked). */
function webFlowSignature(sha: string): string {
  const body = Buffer.from(`web-flow signature of ${sha}`).toString('base64');
  return `-----BEGIN PGP SIGNATURE-----\n\nwsBcBAABCAAQBQJ${body}\n-----END PGP SIGNATURE-----\n`;
}
