/**
 * The data model of image edits: where an image is written in a YAML file (an occurrence),
 * what could not be understood there (a skipped occurrence), and one planned splice (an edit).
 * Offsets are UTF-16 indices into the file's text, as JavaScript strings count them.
 */

/** How a scalar is quoted in the source. */
export type Quote = 'plain' | 'single' | 'double';

/** One step of a path into a YAML document: a map key or a sequence index. */
export type PathSegment = string | number;

/** The bytes of one scalar value in the file, and what YAML reads there. */
export interface Span {
  /** Offset of the value's first byte (its opening quote, if quoted). */
  start: number;
  /** Offset just after the value's last byte (its closing quote, if quoted). */
  end: number;
  /** The value as YAML reads it: quotes removed, escapes decoded; '' for an empty or null value. */
  value: string;
  quote: Quote;
  /** 1-based line of `start`. */
  line: number;
  /** True for a key with no value at all (`tag:`): a writer puts a space before the new value. */
  bare?: boolean;
}

/** A span that is the value of a key (or a sequence item) inside the document. */
export interface FieldSpan extends Span {
  /** The key (`tag`, `newTag`, `digest`, `image`) or sequence index holding the value. */
  key: PathSegment;
  /** Path of the value from the document root. */
  path: PathSegment[];
}

/** The file kinds the engine understands. */
export type OccurrenceKind = 'helm-map' | 'kustomize-image' | 'flux-marker' | 'image-string';

/**
 * Where `serviceHint` comes from. The first three name a service by themselves (an occurrence
 * with such a hint belongs to the service of that name); the others are only hints for people.
 */
export type HintSource =
  | 'image-key-path' // the key above `image`: `api` for `services.api.image`
  | 'flux-policy' // the policy name of a `$imagepolicy` marker
  | 'kustomize-name' // the last path segment of a kustomize image's `name`
  | 'parent-key' // the key of a repository-bearing map not under `image`
  | 'sibling-name' // the `name` next to it (a container's name)
  | 'repository-name'; // the last path segment of the repository

/** Hint sources that identify a service on their own. */
export const AUTHORITATIVE_HINTS: ReadonlySet<HintSource> = new Set([
  'image-key-path',
  'flux-policy',
  'kustomize-name',
]);

/** What a service is matched on: names that identify it, and normalised repositories. */
export interface OccurrenceIdentity {
  /** Service names this occurrence belongs to by its location (key path, policy, kustomize name). */
  matchNames: string[];
  /** Normalised repositories (`docker.io/library/x`) this occurrence is an image of. */
  matchRepositories: string[];
}

/** Where missing `tag`/`digest` keys of a map go: `lead + key + ': ' + value` at `offset`. */
export interface KeyInsertion {
  offset: number;
  /** `<line ending><indentation>` in a block map, `, ` in a flow map. */
  lead: string;
  /** 1-based line the inserted key lands on. */
  line: number;
  /** Path of the map from the document root. */
  path: PathSegment[];
  tagKey: string;
  digestKey: string;
}

/**
 * The map at the same key path in the chart's `values.yaml` that an overlay's Helm image map
 * (one without a repository) takes its identity from, as Helm merges the two files.
 */
export interface ChartDefault {
  /** The chart's values file and the 1-based line of the map there. */
  file: string;
  line: number;
  /** The repository written there. */
  repository: string;
  identity: OccurrenceIdentity;
}

/** One place in one file where an image is written. */
export interface ImageOccurrence extends OccurrenceIdentity {
  file: string;
  /** 0-based index of the YAML document in the file. */
  document: number;
  /** 1-based line of the occurrence (the `image:` key, the list item, or the scalar). */
  line: number;
  kind: OccurrenceKind;
  /** Dotted path to the occurrence, `services.api.image`, `images[0]`, `spec.containers[1].image`. */
  keyPath: string;
  /** The service name implied by the location, if any. */
  serviceHint?: string;
  hintSource?: HintSource;
  /** The Flux image policy `<namespace>:<name>` of a `$imagepolicy` marker on it. */
  policy?: string;
  /** The reference as currently written: repository (as written), tag and digest. */
  repository?: string;
  tag?: string;
  digest?: string;
  /** The spans a bump writes: `tag`/`digest` values, or `ref` for a whole reference string. */
  fields: { tag?: FieldSpan; digest?: FieldSpan; ref?: FieldSpan };
  /** Where missing keys are added (Helm maps and kustomize images only). */
  insertion?: KeyInsertion;
  /**
   * Set when the occurrence (or a node above it) carries an anchor that an alias elsewhere in
   * the document refers to: editing it would silently change the alias too.
   */
  sharedAnchor?: { anchor: string; aliasLine: number };
  /** Set on an overlay's Helm image map identified by its chart's `values.yaml`. */
  chartDefault?: ChartDefault;
}

/** Why an occurrence was skipped rather than understood. */
export type SkipReason =
  | 'alias' // `*x`: the value lives elsewhere
  | 'templated' // `{{ … }}`: rendered by something else
  | 'block-scalar' // `|` or `>`
  | 'multi-line-scalar' // a scalar folded over several lines
  | 'not-a-scalar' // a collection where a value is expected
  | 'not-a-map' // a kustomize image that is not a map
  | 'empty' // an empty image string
  | 'unparseable-reference' // not an OCI reference
  | 'unrecognised-marker' // a `$imagepolicy` comment that is not `ns:name[:tag|:name|:digest]`
  | 'marker-not-on-scalar' // a `$imagepolicy` comment attached to no scalar value
  | 'no-name' // a kustomize image without a `name`
  | 'values-string'; // an image inside an Argo CD Application's `helm.values` YAML string

/** An occurrence the engine will not touch, and why. */
export interface SkippedOccurrence extends OccurrenceIdentity {
  file: string;
  document: number;
  line: number;
  kind: OccurrenceKind;
  keyPath: string;
  /** The field that could not be read (`tag`, `digest`, `newTag`, `image`, …), if one. */
  field?: string;
  reason: SkipReason;
  detail: string;
  serviceHint?: string;
  hintSource?: HintSource;
  policy?: string;
  repository?: string;
  /** Set on an overlay's Helm image map identified by its chart's `values.yaml`. */
  chartDefault?: ChartDefault;
}

/** Which value an edit writes: a tag, a digest, or a whole `repo:tag@digest` string. */
export type EditField = 'tag' | 'digest' | 'ref';

/** One planned splice in one file. */
export interface Edit {
  file: string;
  /** Replace `text.slice(start, end)` with `text`; `start === end` inserts. */
  start: number;
  end: number;
  text: string;
  /** 1-based line of the written value in the text the edit applies to (before any edit). */
  line: number;
  service: string;
  kind: OccurrenceKind;
  keyPath: string;
  field: EditField;
  /** The value before and after, as YAML reads it ('' when the key is added). */
  from: string;
  to: string;
  /** True when a missing key is added. */
  insert: boolean;
  document: number;
  /** Path of the written value from the document root. */
  path: PathSegment[];
  /** Index of the occurrence in `findImageOccurrences(file, text).occurrences`. */
  occurrence: number;
}

/** Which values a bump can write: both, the tag only, or the digest only. */
export const WRITE_MODES = ['tag+digest', 'tag', 'digest'] as const;

/** Which values a bump writes. */
export type WriteMode = (typeof WRITE_MODES)[number];

/** A file handed to the engine: its path (for messages) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** Format a path as `a.b[0].c`; keys that are not simple words are quoted. */
export function formatKeyPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z0-9_$-]+$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
