/** The commit message of a bump: the given (or default) text, with one trailer per change. */
import type { Change } from '../change.js';
import { defaultCommitMessage, withChangeTrailers } from '../git/change-trailers.js';

/** The message for `changes`: `message`, or the default for their services, with trailers. */
export function bumpCommitMessage(
  changes: readonly Change[],
  message: string,
  environment: string,
): string {
  const services = [...new Set(changes.map((c) => c.service))].sort();
  return withChangeTrailers(message || defaultCommitMessage(services, environment), changes);
}
