/**
 * The kernel of gitops-promote: image references, component tags, changes, errors, and the
 * small text and workspace helpers every wing shares. Each wing has its own entry point:
 * `@gitops-promote/core/build`, `/bump`, `/promotion`, `/verify`, `/image-edit`, `/registry`
 * and `/git`.
 */
export {
  ComponentTagsError,
  FileError,
  InputError,
  InvalidReferenceError,
  PromoteError,
  quote,
} from './errors.js';
export {
  digestProblem,
  DOCKER_HUB,
  formatReference,
  isValidDigest,
  isValidTag,
  normalizeRepository,
  normalizeRepositoryText,
  parseReference,
  parseRepository,
  registryOf,
  registryPathOf,
  repositoryOf,
  sameReference,
  sameRepository,
  tagProblem,
  tryParseReference,
  type ImageReference,
} from './reference.js';
export type { Change, ChangeField } from './change.js';
export {
  formatComponentTags,
  imageOf,
  mergeComponentTags,
  parseComponentTags,
  selectServices,
  validateComponentTags,
  type ComponentTag,
  type ComponentTags,
} from './component-tags.js';
export {
  COMPONENT_TAGS_SCHEMA_ID,
  componentTagsSchema,
  DIGEST_PATTERN,
  SERVICE_NAME_PATTERN,
  SHA_PATTERN,
  TAG_PATTERN,
} from './component-tags-schema.js';
export { loadSchemaCompiler, type SchemaCompiler } from './json-schema.js';
export { inputLines, parseKeyValueLines, type KeyValueLine } from './key-value-lines.js';
export { escapeMarkdown, inlineCode, markdownTable, shortDigest } from './markdown.js';
export {
  listWorkspaceFiles,
  readWorkspaceFile,
  resolveInWorkspace,
  writeFileAtomic,
} from './workspace-files.js';
export {
  checkFilePatterns,
  expandEnvironment,
  matchFilePatterns,
  type FilePatternResult,
} from './file-patterns.js';
