/**
 * emit-tags' wing: the tags and OCI labels a build pushes, the version they name, and the
 * component-tags records of what was pushed, merged across a matrix.
 */
export {
  fullReferences,
  parseServiceDigests,
  parseServiceImages,
  recordComponentTags,
  type ServiceImage,
} from './build-tags.js';
export {
  PLACEHOLDERS,
  placeholdersOf,
  renderTag,
  renderTags,
  shortSha,
  tagSafeRefName,
  type Placeholder,
  type TagContext,
} from './tag-template.js';
export {
  normalizeVersion,
  resolveVersion,
  versionFromGitTags,
  versionFromPackageJson,
  versionFromReleasePleaseManifest,
  type ResolvedVersion,
  type VersionEvidence,
  type VersionSource,
} from './version.js';
export { ociLabels, type OciLabelInput } from './oci-labels.js';
export type { BuildLog, BuildTags, NamedComponentTags, TagsRequest } from './build-request.js';
export { computeTags } from './compute-tags.js';
export { readReachableVersionTags, tryReadCommitTime } from './git-facts.js';
export {
  mergeRecords,
  type BuildDigests,
  type MergedRecord,
  type RecordSources,
} from './merge-records.js';
export {
  ImmutableTagError,
  ReadBackError,
  ReleaseVersionError,
  RetagRegistryError,
} from './retag-errors.js';
export {
  REVISION_LABEL,
  sourceLabelsOf,
  VERSION_LABEL,
  type SourceLabels,
} from './source-labels.js';
export {
  resolveSource,
  type ResolvedSource,
  type RetagRegistry,
  type SourceSpec,
} from './resolve-source.js';
export { applyRetag, planRetag, type PlannedTag, type TagAction, type WantedTag } from './retag.js';
export {
  promoteImages,
  type PromotedImage,
  type SourceMode,
  type SourcePromotion,
  type SourcePromotionInputs,
  type ValueOrigin,
} from './promote-source.js';
export { promotionSummary } from './promotion-summary.js';
export {
  planRelease,
  publishRelease,
  releaseNotes,
  type PlannedRelease,
  type ReleaseFields,
  type ReleaseRef,
  type ReleasesPort,
} from './release.js';
