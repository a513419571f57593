/** The tag policy engine: choose a tag from a list, with Flux `ImagePolicy` semantics. */
export {
  applyTagFilter,
  compileTagFilter,
  expandMatch,
  translateRe2,
  type FilteredTag,
  type TagFilter,
} from './tag-filter.js';
export {
  chooseTag,
  describeTagPolicy,
  NonNumericTagError,
  NoTagCandidateError,
  parseTagPolicy,
  parseTagVersion,
  type PolicyInputs,
  type PolicyOrder,
  type TagChoice,
  type TagPolicy,
} from './tag-policy.js';
