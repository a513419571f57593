/**
 * GitHub errors that name what was asked: a `Not Found` (GitHub's answer to a token that cannot
 * see a repository, too) or a `Forbidden` says which request, on which repository, and which
 * permission the token likely lacks, instead of `Not Found - <docs link>`. The error keeps the
 * HTTP status, so callers that treat a 404 as "absent" (a branch not yet created) still do.
 */
import { PromoteError } from '../errors.js';
import { fullName, type GitHubApi, httpStatusOf, type RepositoryName } from './github-api.js';

/** A REST request GitHub refused, explained; `status` is GitHub's. */
export class GitHubRequestError extends PromoteError {
  override name = 'GitHubRequestError';
  constructor(
    readonly status: number,
    readonly route: string,
    message: string,
  ) {
    super(message);
  }
}

const EXPLAINED: ReadonlySet<number> = new Set([401, 403, 404]);

/** The fine-grained permission a route needs: `contents: write`, `pull-requests: write`… */
export function permissionFor(route: string): string {
  const [method = 'GET', path = ''] = route.split(' ');
  const writes = method !== 'GET' && method !== 'HEAD';
  if (/\/(pulls|requested_reviewers|labels)\b/.test(path)) return 'pull-requests: write';
  if (/\/actions\//.test(path)) return 'actions: read';
  if (/\/(git|contents|branches|commits)\b/.test(path))
    return `contents: ${writes ? 'write' : 'read'}`;
  if (path === '/repos/{owner}/{repo}') return 'metadata: read (access to the repository)';
  return writes ? 'contents: write' : 'contents: read';
}

/** The message of a refused request, naming the route, the repository and the permission. */
export function explainRefusal(status: number, route: string, repository: RepositoryName): string {
  const name = fullName(repository);
  const answer = status === 404 ? 'Not Found' : status === 401 ? 'Unauthorized' : 'Forbidden';
  const why =
    status === 401
      ? 'the token is not valid (expired, revoked, or not a token)'
      : `the repository ${name} or what was asked does not exist, or the token cannot see it; ` +
        `the token likely lacks ${permissionFor(route)} on ${name} (a GitHub App must be installed ` +
        'on the repository, and GITHUB_TOKEN reaches only the repository of the workflow)';
  return `GitHub answered ${status} ${answer} to ${route} for ${name}: ${why}.`;
}

/** `api` whose refused REST requests on `repository` throw a GitHubRequestError. */
export function explainingGitHubApi(api: GitHubApi, repository: RepositoryName): GitHubApi {
  return {
    async request(route, params) {
      try {
        return await api.request(route, params);
      } catch (error) {
        const status = httpStatusOf(error);
        if (status === undefined || !EXPLAINED.has(status)) throw error;
        throw new GitHubRequestError(status, route, explainRefusal(status, route, repository));
      }
    },
    graphql: (query, variables) => api.graphql(query, variables),
  };
}
