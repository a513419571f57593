/**
 * The one error boundary of every action: deeper code throws; here a throw becomes one clear
 * failure, with an annotation at the file and line when the error names them.
 */
import { FileError, PromoteError } from '@gitops-promote/core';
import * as runner from './workflow-commands.js';

/** Run an action's main function, turning any error into `setFailed`. */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof FileError) {
      runner.error(error.detail, {
        file: error.file,
        ...(error.line > 0 ? { startLine: error.line } : {}),
      });
      runner.setFailed(error.message);
    } else if (error instanceof PromoteError) {
      runner.setFailed(error.message);
    } else {
      const err = error instanceof Error ? error : new Error(String(error));
      runner.debug(err.stack ?? err.message);
      runner.setFailed(`Unexpected error: ${err.message}`);
    }
  }
}
