/**
 * Git objects (refs, commits, trees, blobs), commits, contents and branches in the shapes of
 * GitHub's REST API.
 */
import type { components } from '@octokit/openapi-types';
import { WEB_FLOW } from './accounts.js';
import type { GitCommitRecord, GitIdentity, GitRefRecord, GitTreeEntry } from './git-store.js';
import { EMPTY_TREE } from './git-store.js';
import type { RepoModel } from './repo-model.js';
import { isoSeconds, nodeId, type RepoState } from './repo-state.js';
import { simpleUser } from './shapes-repository.js';
import { Urls } from './urls.js';

type Schemas = components['schemas'];

/** Base64 as GitHub sends file contents: lines of 60 characters, each ending in `\n`. */
export function githubBase64(content: Buffer): string {
  const encoded = content.toString('base64');
  return encoded === '' ? '' : `${encoded.replace(/(.{60})/g, '$1\n').replace(/\n$/, '')}\n`;
}

export function gitRef(urls: Urls, ref: GitRefRecord): Schemas['git-ref'] {
  const kind = ref.type === 'tag' ? 'tags' : 'commits';
  return {
    ref: ref.name,
    node_id: nodeId('REF', ref.name),
    url: urls.repoApi(`/git/${Urls.encodePath(ref.name)}`),
    object: { type: ref.type, sha: ref.sha, url: urls.repoApi(`/git/${kind}/${ref.sha}`) },
  };
}

export function verification(state: RepoState, sha: string): Schemas['verification'] {
  const signed = state.signatures.get(sha);
  return signed
    ? {
        verified: true,
        reason: 'valid',
        signature: signed.signature,
        payload: signed.payload,
        verified_at: signed.verifiedAt,
      }
    : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
}

function gitUser(identity: GitIdentity): { name: string; email: string; date: string } {
  return { name: identity.name, email: identity.email, date: isoSeconds(identity.date) };
}

export function gitCommit(model: RepoModel, commit: GitCommitRecord): Schemas['git-commit'] {
  const { urls } = model;
  return {
    sha: commit.sha,
    node_id: nodeId('C', commit.sha),
    url: urls.repoApi(`/git/commits/${commit.sha}`),
    html_url: urls.repoWeb(`/commit/${commit.sha}`),
    author: gitUser(commit.author),
    committer: gitUser(commit.committer),
    tree: { sha: commit.tree, url: urls.repoApi(`/git/trees/${commit.tree}`) },
    message: commit.message,
    parents: commit.parents.map((sha) => ({
      sha,
      url: urls.repoApi(`/git/commits/${sha}`),
      html_url: urls.repoWeb(`/commit/${sha}`),
    })),
    verification: verification(model.state, commit.sha),
  };
}

export function gitTree(
  urls: Urls,
  sha: string,
  entries: readonly GitTreeEntry[],
): Schemas['git-tree'] {
  return {
    sha,
    url: urls.repoApi(`/git/trees/${sha}`),
    tree: entries.map((entry) => ({
      path: entry.path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(entry.size === undefined ? {} : { size: entry.size }),
      ...(entry.type === 'commit' ? {} : { url: urls.repoApi(`/git/${entry.type}s/${entry.sha}`) }),
    })),
    truncated: false,
  };
}

export function blob(urls: Urls, sha: string, content: Buffer): Schemas['blob'] {
  return {
    sha,
    node_id: nodeId('B', sha),
    size: content.length,
    url: urls.repoApi(`/git/blobs/${sha}`),
    content: githubBase64(content),
    encoding: 'base64',
  };
}

/** The account GitHub links to a commit identity: a known email, or `web-flow` for GitHub. */
function linkedUser(model: RepoModel, identity: GitIdentity): Schemas['simple-user'] | null {
  const account =
    identity.email === WEB_FLOW.email ? WEB_FLOW : model.accounts.byEmail(identity.email);
  return account ? simpleUser(model.urls, account) : null;
}

/** `GET /repos/{owner}/{repo}/commits/{ref}`: the commit with its author accounts and files. */
export async function restCommit(
  model: RepoModel,
  commit: GitCommitRecord,
): Promise<Schemas['commit']> {
  const { urls } = model;
  const files = await model.git.diffFiles(commit.parents[0] ?? EMPTY_TREE, commit.sha);
  const additions = files.reduce((sum, file) => sum + file.additions, 0);
  const deletions = files.reduce((sum, file) => sum + file.deletions, 0);
  return {
    url: urls.repoApi(`/commits/${commit.sha}`),
    sha: commit.sha,
    node_id: nodeId('C', commit.sha),
    html_url: urls.repoWeb(`/commit/${commit.sha}`),
    comments_url: urls.repoApi(`/commits/${commit.sha}/comments`),
    commit: {
      url: urls.repoApi(`/git/commits/${commit.sha}`),
      author: gitUser(commit.author),
      committer: gitUser(commit.committer),
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: urls.repoApi(`/git/trees/${commit.tree}`) },
      verification: verification(model.state, commit.sha),
    },
    author: linkedUser(model, commit.author),
    committer: linkedUser(model, commit.committer),
    parents: commit.parents.map((sha) => ({
      sha,
      url: urls.repoApi(`/commits/${sha}`),
      html_url: urls.repoWeb(`/commit/${sha}`),
    })),
    stats: { additions, deletions, total: additions + deletions },
    files: files.map((file) => {
      const path = Urls.encodePath(file.path);
      return {
        sha: file.status === 'removed' ? file.oldSha : file.newSha,
        filename: file.path,
        status: file.status,
        additions: file.additions,
        deletions: file.deletions,
        changes: file.additions + file.deletions,
        blob_url: urls.repoWeb(`/blob/${commit.sha}/${path}`),
        raw_url: urls.repoWeb(`/raw/${commit.sha}/${path}`),
        contents_url: urls.repoApi(`/contents/${path}?ref=${commit.sha}`),
      };
    }),
  };
}

function contentUrls(urls: Urls, entry: GitTreeEntry, ref: string) {
  const path = Urls.encodePath(entry.path);
  const isDir = entry.type === 'tree';
  const self = urls.repoApi(`/contents/${path}?ref=${encodeURIComponent(ref)}`);
  const git = urls.repoApi(`/git/${isDir ? 'trees' : 'blobs'}/${entry.sha}`);
  const html = urls.repoWeb(`/${isDir ? 'tree' : 'blob'}/${ref}/${path}`);
  return { url: self, git_url: git, html_url: html, _links: { self, git, html } };
}

/** A file of `GET /repos/{owner}/{repo}/contents/{path}`. */
export function contentFile(
  urls: Urls,
  entry: GitTreeEntry,
  ref: string,
  content: Buffer,
): Schemas['content-file'] {
  return {
    type: 'file',
    encoding: 'base64',
    size: content.length,
    name: entry.path.split('/').pop() ?? entry.path,
    path: entry.path,
    content: githubBase64(content),
    sha: entry.sha,
    ...contentUrls(urls, entry, ref),
    download_url: urls.web(`/raw/${urls.owner}/${urls.repo}/${ref}/${Urls.encodePath(entry.path)}`),
  };
}

/** A directory listing of `GET /repos/{owner}/{repo}/contents/{path}`. */
export function contentDirectory(
  urls: Urls,
  entries: readonly GitTreeEntry[],
  ref: string,
): Schemas['content-directory'] {
  return entries.map((entry) => {
    const type =
      entry.type === 'tree'
        ? 'dir'
        : entry.type === 'commit'
          ? 'submodule'
          : entry.mode === '120000'
            ? 'symlink'
            : 'file';
    return {
      type,
      size: entry.size ?? 0,
      name: entry.path.split('/').pop() ?? entry.path,
      path: entry.path,
      sha: entry.sha,
      ...contentUrls(urls, entry, ref),
      download_url:
        type === 'file'
          ? urls.web(`/raw/${urls.owner}/${urls.repo}/${ref}/${Urls.encodePath(entry.path)}`)
          : null,
    };
  });
}

export async function branchWithProtection(
  model: RepoModel,
  name: string,
  commit: GitCommitRecord,
): Promise<Schemas['branch-with-protection']> {
  const self = model.urls.repoApi(`/branches/${Urls.encodePath(name)}`);
  return {
    name,
    commit: await restCommit(model, commit),
    _links: { self, html: model.urls.repoWeb(`/tree/${name}`) },
    protected: false,
    protection: {
      enabled: false,
      required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
    },
    protection_url: `${self}/protection`,
  };
}
