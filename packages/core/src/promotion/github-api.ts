/**
 * The narrow GitHub client the promotion needs, defined by its shape: an Octokit (with its
 * retry and throttling plugins) satisfies it, and so does a test double. The core never imports
 * Octokit; the action passes its instance in.
 */

/** A REST answer: the status and the JSON body. */
export interface GitHubResponse<T> {
  status: number;
  data: T;
}

/** `request('GET /repos/{owner}/{repo}', params)` and `graphql(query, variables)`, as Octokit. */
export interface GitHubApi {
  request<T = unknown>(route: string, params?: Record<string, unknown>): Promise<GitHubResponse<T>>;
  graphql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** A repository, as the REST routes name it. */
export interface RepositoryName {
  owner: string;
  repo: string;
}

/** `owner/name`. */
export function fullName(repository: RepositoryName): string {
  return `${repository.owner}/${repository.repo}`;
}

/** The HTTP status of a failed request (Octokit's RequestError carries it), if any. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The messages of a GraphQL answer's `errors` (Octokit's GraphqlResponseError), if any. */
export function graphqlErrorsOf(error: unknown): string[] | undefined {
  const errors = (error as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  return errors.map((e) => String((e as { message?: unknown } | null)?.message ?? e));
}

/** Where a promotion reports what it does (the action passes its runner log and warnings). */
export interface PromotionLog {
  info(message: string): void;
  /** A warning, at a place in a file when `where` names one. */
  warning(message: string, where?: { file: string; line: number }): void;
}
