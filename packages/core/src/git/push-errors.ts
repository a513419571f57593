/** The two ways a push with retry fails; both show the remote with its credentials redacted. */
import { PromoteError } from '../errors.js';
import { redactCredentials } from './git-cli.js';

/** A push failed for a reason other than another job pushing first; it is not retried. */
export class PushFailedError extends PromoteError {
  override name = 'PushFailedError';
  /** The remote, its credentials redacted. */
  readonly remote: string;
  constructor(
    remote: string,
    readonly branch: string,
    readonly detail: string,
    readonly hint?: string,
    cause?: unknown,
  ) {
    const shown = redactCredentials(remote);
    const advice = hint ? ` Hint: ${redactCredentials(hint)}` : '';
    super(`Push of branch '${branch}' to '${shown}' failed (not retried): ${detail}.${advice}`, {
      cause,
    });
    this.remote = shown;
  }
}

/** Every push was rejected because other jobs kept pushing first. */
export class PushRetriesExhaustedError extends PromoteError {
  override name = 'PushRetriesExhaustedError';
  /** The remote, its credentials redacted. */
  readonly remote: string;
  constructor(
    remote: string,
    readonly branch: string,
    readonly attempts: number,
    readonly rejections: readonly string[],
  ) {
    const shown = redactCredentials(remote);
    super(
      `Push of branch '${branch}' to '${shown}' was rejected ${attempts} times ` +
        `(${[...new Set(rejections)].join('; ')}): other jobs kept pushing first. ` +
        'Raise the number of retries, or serialise the jobs with a concurrency group.',
    );
    this.remote = shown;
  }
}
