/**
 * A Flux `ImagePolicy` filter: an unanchored regular expression over the tag, written in Go's
 * RE2 syntax, and an `extract` template (`$1`, `$name`, `${name}`) that gives the value the
 * policy compares. Pure.
 */
import { InputError } from '../errors.js';

/** A compiled filter: the expression and the template of the value to compare. */
export interface TagFilter {
  /** The pattern as the user wrote it (RE2), for messages. */
  pattern: string;
  regex: RegExp;
  /** `$1`, `$name` or `${name}`; '' compares the whole tag. */
  extract: string;
}

/**
 * RE2's `(?P<name>…)` named groups become JavaScript's `(?<name>…)`; everything else of the
 * RE2 syntax Flux filters use (classes, anchors, quantifiers) means the same in both.
 * A hand-written rewrite because no npm package translates RE2 to JavaScript syntax alone
 * (the `re2` package is a native binding, too heavy for a bundled action). An escaped
 * `\(?P<` is left alone.
 */
export function translateRe2(pattern: string): string {
  return pattern.replace(/(\\*)\(\?P</g, (whole, slashes: string) =>
    slashes.length % 2 === 1 ? whole : `${slashes}(?<`,
  );
}

/** Compile `policy-filter` and `policy-extract`; a bad pattern is an InputError. */
export function compileTagFilter(pattern: string, extract: string): TagFilter {
  let regex: RegExp;
  try {
    regex = new RegExp(translateRe2(pattern), 'u');
  } catch (error) {
    throw new InputError(
      'policy-filter',
      pattern,
      `is not a valid regular expression: ${(error as Error).message}`,
    );
  }
  checkExtract(extract, regex);
  return { pattern, regex, extract };
}

const REFERENCE_RE = /\$(?:\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g;

/** Every group the extract template names must exist in the filter. */
function checkExtract(extract: string, regex: RegExp): void {
  const groups = new RegExp(`${regex.source}|`, 'u').exec('')?.groups ?? {};
  const count = (new RegExp(`${regex.source}|`, 'u').exec('')?.length ?? 1) - 1;
  for (const match of extract.matchAll(REFERENCE_RE)) {
    const name = match[1] ?? match[2];
    if (name === undefined) continue;
    const known = /^[0-9]+$/.test(name) ? Number(name) <= count : name in groups;
    if (!known)
      throw new InputError(
        'policy-extract',
        extract,
        `refers to $${name}, which 'policy-filter' does not capture`,
      );
  }
}

/**
 * Expand `$1`, `$name`, `${name}` and `$$` from one match, as Go's `Regexp.Expand` does
 * (a group that did not take part gives '').
 */
export function expandMatch(template: string, match: RegExpExecArray): string {
  return template.replace(REFERENCE_RE, (whole, braced?: string, bare?: string) => {
    if (whole === '$$') return '$';
    const name = (braced ?? bare) as string;
    const value = /^[0-9]+$/.test(name) ? match[Number(name)] : match.groups?.[name];
    return value ?? '';
  });
}

/** A tag the filter kept, with the value the policy compares and the named groups. */
export interface FilteredTag {
  tag: string;
  value: string;
  groups: Readonly<Record<string, string>>;
}

/** The tags the filter keeps, in the order listed; without a filter, every tag as itself. */
export function applyTagFilter(tags: readonly string[], filter?: TagFilter): FilteredTag[] {
  if (filter === undefined) return tags.map((tag) => ({ tag, value: tag, groups: {} }));
  const kept: FilteredTag[] = [];
  for (const tag of tags) {
    const match = filter.regex.exec(tag);
    if (match === null) continue;
    const value = filter.extract === '' ? tag : expandMatch(filter.extract, match);
    const groups = Object.fromEntries(
      Object.entries(match.groups ?? {}).flatMap(([k, v]) => (v === undefined ? [] : [[k, v]])),
    );
    kept.push({ tag, value, groups });
  }
  return kept;
}
