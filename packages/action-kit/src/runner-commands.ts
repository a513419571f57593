/**
 * What an action tells the runner, in @actions/core 3's wire format without @actions/core
 * (whose @actions/http-client and undici, there for getIDToken alone, were most of a bundle
 * and of its start): `import * as runner from '@gitops-promote/action-kit/runner'`.
 */
export { summary } from './job-summary.js';
export { setOutput } from './step-outputs.js';
export {
  type AnnotationProperties,
  debug,
  error,
  info,
  setFailed,
  setSecret,
  warning,
} from './workflow-commands.js';
