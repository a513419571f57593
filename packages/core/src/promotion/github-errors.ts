/**
 * GitHub errors that name what was asked: a `Not Found` (GitHub's answer to a token that cannot
 * see a repository, too) or a `Forbidden` says which request, on which repository, and which
 * permission the token likely lacks, instead of `Not Found - <docs link>`. The error keeps the
 * HTTP status, so callers that treat a 404 as "absent" (a branch not yet created) still do.
 *
 * GraphQL says the same in its own way: an HTTP 401 for a refused token, but a 200 whose
 * `errors` have the type NOT_FOUND (GraphQL's 404: a repository the token cannot see) or
 * FORBIDDEN (its 403), and RATE_LIMITED for its rate limit. Those are explained as the REST
 * answers are, with GitHub's own message quoted; the errors are kept on the explained error.
 * A rate limit the client gave up waiting for (REST or GraphQL) is explained as one, not as a
 * missing permission.
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

/** A GraphQL request GitHub refused, explained; `errors` are GraphQL's, as Octokit gives them. */
export class GitHubQueryError extends GitHubRequestError {
  override name = 'GitHubQueryError';
  constructor(
    status: number,
    route: string,
    message: string,
    readonly errors: ReadonlyArray<{ message: string; type?: string }>,
  ) {
    super(status, route, message);
  }
}

const EXPLAINED: ReadonlySet<number> = new Set([401, 403, 404]);

/** The REST status a GraphQL error type stands for. */
const GRAPHQL_STATUS: Readonly<Record<string, number>> = { NOT_FOUND: 404, FORBIDDEN: 403 };

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

/** The permissions a GraphQL operation of the promotion needs, by its operation type. */
export function graphqlPermission(route: string): string {
  return route.includes(' mutation ')
    ? 'pull-requests: write'
    : 'contents: read and pull-requests: read';
}

/** `GraphQL query <name>` (or `mutation`), from the document's first operation. */
export function graphqlRoute(query: string): string {
  const [, type = 'query', name = 'anonymous'] = /^\s*(query|mutation)\s*(\w+)?/.exec(query) ?? [];
  return `GraphQL ${type} ${name}`;
}

/** The message of a refused request, naming the route, the repository and the permission. */
export function explainRefusal(
  status: number,
  route: string,
  repository: RepositoryName,
  graphql?: { permission: string; said: string },
): string {
  const name = fullName(repository);
  const answer = status === 404 ? 'Not Found' : status === 401 ? 'Unauthorized' : 'Forbidden';
  const permission = graphql?.permission ?? permissionFor(route);
  const why =
    status === 401
      ? 'the token is not valid (expired, revoked, or not a token)'
      : `the repository ${name} or what was asked does not exist, or the token cannot see it; ` +
        `the token likely lacks ${permission} on ${name} (a GitHub App must be installed ` +
        'on the repository, and GITHUB_TOKEN reaches only the repository of the workflow)';
  const said = graphql?.said ? ` (${graphql.said})` : '';
  return `GitHub answered ${status} ${answer} to ${route} for ${name}${said}: ${why}.`;
}

/** Whether the error is a rate limit the client stopped waiting for (REST or GraphQL). */
export function isRateLimit(error: unknown): boolean {
  const status = httpStatusOf(error);
  const message = error instanceof Error ? error.message : '';
  const errors = graphqlErrors(error);
  return (
    errors.some((e) => e.type === 'RATE_LIMITED') ||
    ((status === 403 || status === 429 || status === undefined) && /rate limit/i.test(message))
  );
}

function explainRateLimit(route: string, repository: RepositoryName, error: unknown): string {
  const said = graphqlErrors(error)[0]?.message ?? (error as Error).message;
  return (
    `GitHub's rate limit stopped ${route} for ${fullName(repository)} (${said}), and waiting ` +
    'for it was given up: run again after the limit resets (a GitHub App token has a higher ' +
    'limit than GITHUB_TOKEN, and other jobs with the same token share it).'
  );
}

/** The `errors` of a GraphQL answer, as Octokit or the throttling plugin attach them. */
function graphqlErrors(error: unknown): Array<{ message: string; type?: string }> {
  const holder = error as { errors?: unknown; data?: { errors?: unknown } } | null;
  const errors = holder?.errors ?? holder?.data?.errors;
  return Array.isArray(errors) ? (errors as Array<{ message: string; type?: string }>) : [];
}

/** The explained form of a failed GraphQL request, or undefined to pass it on as it is. */
export function explainGraphqlError(
  error: unknown,
  query: string,
  repository: RepositoryName,
): GitHubQueryError | undefined {
  const route = graphqlRoute(query);
  const errors = graphqlErrors(error);
  if (isRateLimit(error))
    return new GitHubQueryError(
      httpStatusOf(error) ?? 403,
      route,
      explainRateLimit(route, repository, error),
      errors,
    );
  const status = httpStatusOf(error);
  const refused = errors.find((e) => e.type !== undefined && e.type in GRAPHQL_STATUS);
  const asRest = refused?.type ? GRAPHQL_STATUS[refused.type] : undefined;
  const explained = status !== undefined && EXPLAINED.has(status) ? status : asRest;
  if (explained === undefined) return undefined;
  const said = refused ? `GraphQL ${refused.type}: ${refused.message}` : '';
  const message = explainRefusal(explained, route, repository, {
    permission: graphqlPermission(route),
    said,
  });
  return new GitHubQueryError(explained, route, message, errors);
}

/**
 * `api` whose refused requests on `repository` throw a GitHubRequestError (a GitHubQueryError
 * for GraphQL, which keeps GraphQL's `errors`).
 */
export function explainingGitHubApi(api: GitHubApi, repository: RepositoryName): GitHubApi {
  return {
    async request(route, params) {
      try {
        return await api.request(route, params);
      } catch (error) {
        const status = httpStatusOf(error);
        if (isRateLimit(error))
          throw new GitHubRequestError(
            status ?? 403,
            route,
            explainRateLimit(route, repository, error),
          );
        if (status === undefined || !EXPLAINED.has(status)) throw error;
        throw new GitHubRequestError(status, route, explainRefusal(status, route, repository));
      }
    },
    async graphql(query, variables) {
      try {
        return await api.graphql(query, variables);
      } catch (error) {
        throw explainGraphqlError(error, query, repository) ?? error;
      }
    },
  };
}
