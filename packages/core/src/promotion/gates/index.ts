/**
 * Promotion gates: the policy file (soak, freeze windows, required checks per target
 * environment), the pure verdicts with a clock passed in, the facts read through the API, and
 * the `gitops-promote/gates` commit status. `explainGates` returns the verdicts without writing.
 */
export { DEFAULT_POLICY_FILE, POLICY_SCHEMA_ID, policySchema } from './policy-schema.js';
export {
  durationMs,
  gatesFor,
  parsePolicy,
  type EnvironmentGates,
  type FreezeWindow,
  type Policy,
} from './policy.js';
export {
  describeWindow,
  evaluateGates,
  formatAge,
  freezeEndsAt,
  gatesStatus,
  openedStatus,
  type CheckState,
  type GateCandidate,
  type GateInput,
  type GateMode,
  type GateName,
  type GatesReport,
  type GatesState,
  type GateVerdict,
  type ServiceVerdict,
  type Verdict,
} from './gate-verdicts.js';
export { readCheckStates, readGateFacts, type SourceImage } from './gate-facts.js';
export {
  explainGates,
  GATES_STATUS_CONTEXT,
  readBase,
  readPolicyAtBase,
  tryMarkOpenPullRequest,
  trySetGatesStatus,
  type GatesEvaluation,
  type GatesRequest,
  type PolicySetting,
  type ReadBase,
} from './promotion-gates.js';
export { gatesSummary, gatesJson } from './gates-summary.js';
export { policySetting } from './policy-setting.js';
export { gatesRun, type GatesRun, type GatesRunFacts, type GatesRunRequest } from './gates-run.js';
