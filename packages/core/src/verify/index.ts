/** verify-digests' core: what it checks in a config repository, and how it reports. */
export { parseAllowList, normalizeAllowPattern, type AllowList } from './allow-patterns.js';
export { parsePlatforms, platformMatches, missingPlatforms } from './platforms.js';
export { chartDirOf, isValuesFile, chartDefaultsOf, type TreeSource } from './chart-files.js';
export { collectImages, type CollectedImages, type TextFile } from './collect-images.js';
export { componentTagImages, type ComponentTagImages } from './component-tag-images.js';
export { coalesceValues } from './helm-values.js';
export { imageText, type ImageOrigin, type ImageRecord } from './image-record.js';
export { planChecks, type CheckName, type CheckPlan, type ImageRules } from './image-checks.js';
export { registryAuthSecrets, registryLogin, type RegistryLogin } from './registry-login.js';
export { hasValuesSchema, valuesSchemaChecker, type ValuesSchemaChecker } from './values-schema.js';
export {
  countByRule,
  RULE_ORDER,
  type VerifyRule,
  type VerifyWarning,
  type Violation,
} from './violation.js';
export {
  verifyWorkspace,
  type ImageReport,
  type ManifestSource,
  type VerifyRequest,
  type VerifyResult,
  type VerifyRules,
} from './verify-workspace.js';
export { scrubStrings } from './scrub-result.js';
export { placeText, verdictLine, verifySummary } from './verify-summary.js';
