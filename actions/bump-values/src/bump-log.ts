/** Where bump-values' use cases report: the step's log, warnings as annotations at file:line. */
import * as runner from '@gitops-promote/action-kit/runner';
import type { BumpLog } from '@gitops-promote/core/bump';

export const log: BumpLog = {
  info: (message) => runner.info(message),
  warning: (message, where) =>
    runner.warning(message, where ? { file: where.file, startLine: where.line } : {}),
};
