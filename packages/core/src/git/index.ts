/**
 * Git at the edge of a bump: the git command line, commits carrying change trailers, and the
 * push with retry and re-plan that several jobs racing to one branch need.
 */
export {
  CHANGE_TRAILER_KEY,
  ChangeTrailerError,
  changeKind,
  defaultCommitMessage,
  formatChangeTrailer,
  formatChangeTrailers,
  invertChanges,
  parseChangeTrailers,
  parseTrailers,
  trailerBlockLines,
  withChangeTrailers,
  type ChangeKind,
  type InverseChange,
  type RecordedChange,
  type Trailer,
} from './change-trailers.js';
export {
  GitCommandError,
  redactCredentials,
  runGit,
  type GitOptions,
  type GitResult,
} from './git-cli.js';
export {
  commitChanges,
  GITHUB_ACTIONS_BOT,
  type CommitOptions,
  type GitIdentity,
  type GitWorkspace,
} from './commit.js';
export { classifyPushFailure, type PushFailure } from './push-failure.js';
export { PushFailedError, PushRetriesExhaustedError } from './push-errors.js';
export {
  resetKeepingChanges,
  uncommittedPaths,
  UncommittedChangesInTheWayError,
} from './working-tree.js';
export {
  backoffDelay,
  pushWithRetry,
  type Backoff,
  type PushOutcome,
  type PushWithRetryOptions,
  type Replan,
  type ReplannedCommit,
  type RetryEvent,
} from './push-with-retry.js';
