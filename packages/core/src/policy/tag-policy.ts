/**
 * Choose one tag from a registry's list, with Flux `ImagePolicy` semantics: filter, extract,
 * then compare by semver range, as numbers or alphabetically. Pure and deterministic.
 *
 * Ties (two tags whose compared values are equal, such as `1.2.3` and `v1.2.3`, or the same
 * extracted timestamp) are broken by the lexically greatest original tag, whatever the order.
 */
import semver from 'semver';
import { InputError, PromoteError } from '../errors.js';
import {
  applyTagFilter,
  compileTagFilter,
  type FilteredTag,
  type TagFilter,
} from './tag-filter.js';

/** `asc` picks the greatest value (Flux's default), `desc` the smallest. */
export type PolicyOrder = 'asc' | 'desc';

export type TagPolicy =
  | { kind: 'semver'; range: string; filter?: TagFilter }
  | { kind: 'numerical'; order: PolicyOrder; filter?: TagFilter }
  | { kind: 'alphabetical'; order: PolicyOrder; filter?: TagFilter };

/** The tag chosen, and how: what was listed, what the filter kept, what could be compared. */
export interface TagChoice {
  tag: string;
  /** The compared value (the extracted text, or the tag). */
  value: string;
  /** Named groups of the filter's match on the chosen tag. */
  groups: Readonly<Record<string, string>>;
  listed: number;
  kept: number;
  /** Tags that could be compared (semver: parsed and in range). */
  candidates: number;
}

/** No tag satisfied the policy: says how many were listed and how many the filter kept. */
export class NoTagCandidateError extends PromoteError {
  override name = 'NoTagCandidateError';
  constructor(
    readonly repository: string,
    readonly policy: string,
    readonly listed: number,
    readonly kept: number,
  ) {
    super(
      `No tag of ${repository} satisfies the policy ${policy}: the registry listed ${listed} tag${listed === 1 ? '' : 's'}, the filter kept ${kept}${kept > 0 ? ', none of which qualifies' : ''}`,
    );
  }
}

/** A filter let through a value that is not a number, under the numerical policy (as in Flux). */
export class NonNumericTagError extends PromoteError {
  override name = 'NonNumericTagError';
  constructor(
    readonly tag: string,
    readonly value: string,
  ) {
    super(
      `The numerical policy needs numbers, but tag ${JSON.stringify(tag)} gives ${JSON.stringify(value)}; narrow 'policy-filter' or set 'policy-extract'`,
    );
  }
}

export interface PolicyInputs {
  /** `semver:<range>`, `numerical` or `alphabetical`. */
  policy: string;
  filter: string;
  extract: string;
  /** '' for the default. */
  order: string;
}

function readOrder(order: string, kind: string): PolicyOrder {
  if (order === '' || order === 'asc') return 'asc';
  if (order === 'desc') return 'desc';
  throw new InputError('policy-order', order, `must be asc or desc (policy ${kind})`);
}

/** Parse the `policy*` inputs; each bad value is an InputError naming its input. */
export function parseTagPolicy(inputs: PolicyInputs): TagPolicy {
  const filter = inputs.filter === '' ? undefined : compileTagFilter(inputs.filter, inputs.extract);
  if (filter === undefined && inputs.extract !== '')
    throw new InputError('policy-extract', inputs.extract, "needs 'policy-filter' to extract from");
  const withFilter = filter === undefined ? {} : { filter };
  const { policy } = inputs;
  if (policy.startsWith('semver:')) {
    const range = policy.slice('semver:'.length).trim();
    if (semver.validRange(range) === null)
      throw new InputError('policy', policy, 'has an invalid semver range (e.g. semver:>=1.0.0)');
    if (inputs.order !== '')
      throw new InputError(
        'policy-order',
        inputs.order,
        'applies to numerical and alphabetical only',
      );
    return { kind: 'semver', range, ...withFilter };
  }
  if (policy === 'numerical' || policy === 'alphabetical')
    return { kind: policy, order: readOrder(inputs.order, policy), ...withFilter };
  throw new InputError('policy', policy, 'must be semver:<range>, numerical or alphabetical');
}

/** `semver:>=1.0.0`, `numerical (asc)` …, for messages and summaries. */
export function describeTagPolicy(policy: TagPolicy): string {
  const filter = policy.filter ? ` filter ${JSON.stringify(policy.filter.pattern)}` : '';
  const extract = policy.filter?.extract ? ` extract ${JSON.stringify(policy.filter.extract)}` : '';
  const head =
    policy.kind === 'semver' ? `semver:${policy.range}` : `${policy.kind} (${policy.order})`;
  return `${head}${filter}${extract}`;
}

/** A version with exactly three numeric parts, a leading `v` and leading zeros allowed. */
export function parseTagVersion(value: string): semver.SemVer | undefined {
  const m = /^v?([0-9]+)\.([0-9]+)\.([0-9]+)((?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(
    value,
  );
  if (m === null) return undefined;
  const core = [m[1], m[2], m[3]].map((part) => String(BigInt(part as string))).join('.');
  return semver.parse(`${core}${m[4] ?? ''}`) ?? undefined;
}

const NUMBER_RE = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

/** Byte-wise order of the original tags (tags are ASCII, so UTF-16 order is byte order). */
function byTag(a: FilteredTag, b: FilteredTag): number {
  return a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0;
}

function semverCandidates(kept: FilteredTag[], range: string): Array<[FilteredTag, semver.SemVer]> {
  const compiled = new semver.Range(range); // parsed once, not once per tag
  return kept.flatMap((entry) => {
    const version = parseTagVersion(entry.value);
    return version !== undefined && compiled.test(version) ? [[entry, version]] : [];
  });
}

function numericValue(entry: FilteredTag): number {
  if (!NUMBER_RE.test(entry.value)) throw new NonNumericTagError(entry.tag, entry.value);
  return Number(entry.value);
}

/** The best of the candidates by `compare` (greater wins), ties to the greatest tag. */
function best<T>(items: Array<[FilteredTag, T]>, compare: (a: T, b: T) => number) {
  let winner = items[0];
  for (const item of items.slice(1)) {
    const order = compare(item[1], (winner as [FilteredTag, T])[1]);
    if (order > 0 || (order === 0 && byTag(item[0], (winner as [FilteredTag, T])[0]) > 0))
      winner = item;
  }
  return winner;
}

function ranked(kept: FilteredTag[], policy: TagPolicy) {
  if (policy.kind === 'semver') {
    const candidates = semverCandidates(kept, policy.range);
    return { winner: best(candidates, semver.compare), candidates: candidates.length };
  }
  const sign = policy.order === 'asc' ? 1 : -1;
  const winner =
    policy.kind === 'numerical'
      ? best(
          kept.map((e) => [e, numericValue(e)] as [FilteredTag, number]),
          (a, b) => sign * (a - b),
        )
      : best(
          kept.map((e) => [e, e.value] as [FilteredTag, string]),
          (a, b) => sign * (a < b ? -1 : a > b ? 1 : 0),
        );
  return { winner, candidates: kept.length };
}

/** Choose a tag; throws NoTagCandidateError or NonNumericTagError. */
export function chooseTag(
  tags: readonly string[],
  policy: TagPolicy,
  repository: string,
): TagChoice {
  const kept = applyTagFilter(tags, policy.filter);
  const { winner, candidates } = ranked(kept, policy);
  if (winner === undefined)
    throw new NoTagCandidateError(repository, describeTagPolicy(policy), tags.length, kept.length);
  const [entry] = winner;
  return {
    tag: entry.tag,
    value: entry.value,
    groups: entry.groups,
    listed: tags.length,
    kept: kept.length,
    candidates,
  };
}
