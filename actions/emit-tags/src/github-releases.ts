/**
 * The core's ReleasesPort over `@octokit/core`, at GITHUB_API_URL, for `release: true`. Octokit
 * is loaded with `import()` when a release is published, not at start: a bundle's every other
 * run needs none of it (it tripled index.js and most of the start-up).
 */
import { type ReleaseRef, type ReleasesPort } from '@gitops-promote/core/build';

interface ReleaseData {
  id: number;
  html_url: string;
}

function refOf(data: ReleaseData): ReleaseRef {
  return { id: data.id, htmlUrl: data.html_url };
}

function isNotFound(error: unknown): boolean {
  return (error as { status?: unknown }).status === 404;
}

/** Releases of `owner/repo`, through the API at `baseUrl` with `token`. */
export async function githubReleases(options: {
  token: string;
  baseUrl: string;
  repository: string;
}): Promise<ReleasesPort> {
  const { Octokit } = await import('@octokit/core');
  const octokit = new Octokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'gitops-promote/emit-tags',
  });
  const [owner = '', repo = ''] = options.repository.split('/');
  return {
    async getByTag(tag) {
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', {
          owner,
          repo,
          tag,
        });
        return refOf(data);
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    async create(fields) {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/releases', {
        owner,
        repo,
        tag_name: fields.tagName,
        target_commitish: fields.targetCommitish,
        name: fields.name,
        body: fields.body,
      });
      return refOf(data);
    },
    async update(id, fields) {
      const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
        owner,
        repo,
        release_id: id,
        name: fields.name,
        body: fields.body,
      });
      return refOf(data);
    },
  };
}
