/**
 * Byte-exact image edits in YAML: find every image occurrence, plan the splices for a bump,
 * apply them and prove the result by re-parsing.
 */
export {
  AUTHORITATIVE_HINTS,
  formatKeyPath,
  WRITE_MODES,
  type Edit,
  type EditField,
  type FieldSpan,
  type HintSource,
  type ImageOccurrence,
  type KeyInsertion,
  type OccurrenceIdentity,
  type OccurrenceKind,
  type PathSegment,
  type Quote,
  type SkippedOccurrence,
  type SkipReason,
  type SourceFile,
  type Span,
  type WriteMode,
} from './image-occurrence.js';
export {
  EditConflictError,
  EditVerificationError,
  StaleDigestError,
  UnsafeOccurrenceError,
  YamlSyntaxError,
} from './image-edit-errors.js';
export { findImageOccurrences, type FoundOccurrences } from './find-occurrences.js';
export { planEdits, type PlanInput, type EditPlan } from './plan-edits.js';
export { applyEdits } from './apply-edits.js';
export { bumpFiles, type BumpedFile, type BumpResult } from './bump-files.js';
export { skippedImageWarning, unmatchedServicesWarning } from './bump-warnings.js';
export { formatImageString, splitImageString, type ImageStringParts } from './image-strings.js';
export { needsQuotes, formatScalar } from './yaml-scalars.js';
export { parseMarkerPolicy, type FluxMarker, type MarkerField } from './flux-markers.js';
export {
  chartDefaultsNeeded,
  chartDefaultsPathOf,
  createOverlayReader,
  type OverlayReader,
} from './helm-overlays.js';
export { downgradeProblem, type TagPoint } from './tag-order.js';
export { checkCoverage, type CoverageInput } from './bump-coverage.js';
export { activeFluxNamespace, type FluxNamespace, markerNamespaces } from './flux-namespaces.js';
export {
  type ChartAppVersion,
  chartAppVersionEdits,
  type ChartFileEdit,
  setAppVersion,
} from './chart-app-version.js';
