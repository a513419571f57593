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
