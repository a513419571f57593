/**
 * Errors a route throws to answer as GitHub does. The server completes the body with
 * `documentation_url` (from the operation) and `status`.
 */
export interface ValidationErrorItem {
  resource?: string;
  field?: string;
  code: 'missing_field' | 'invalid' | 'already_exists' | 'missing' | 'custom' | 'unprocessable';
  message?: string;
  value?: string;
}

export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: ValidationErrorItem[] | string[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GitHubError';
  }
}

export function notFound(message = 'Not Found'): GitHubError {
  return new GitHubError(404, message);
}

/** 422 with GitHub's list of validation errors. */
export function validationFailed(...errors: ValidationErrorItem[]): GitHubError {
  return new GitHubError(422, 'Validation Failed', errors);
}

/** 422 with a message only, as the Git Data endpoints answer. */
export function unprocessable(message: string): GitHubError {
  return new GitHubError(422, message);
}

export function conflict(message: string): GitHubError {
  return new GitHubError(409, message);
}

/** The `resource` GitHub names in validation errors of an operation. */
export function resourceName(operationId: string): string {
  const byOperation: Record<string, string> = {
    'git/create-ref': 'Reference',
    'git/update-ref': 'Reference',
    'git/create-commit': 'Commit',
    'git/create-tree': 'Tree',
    'git/create-blob': 'Blob',
    'issues/create-label': 'Label',
    'issues/add-labels': 'Label',
  };
  const byCategory: Record<string, string> = {
    pulls: 'PullRequest',
    issues: 'Issue',
    repos: 'Repository',
  };
  const category = operationId.split('/')[0] ?? '';
  return byOperation[operationId] ?? byCategory[category] ?? category;
}
