/**
 * What verify-digests reports: violations (each fails the step, with an annotation at its file
 * and line) and warnings (what could not be checked, said out loud instead of passed silently).
 */

/** The rules a violation can break. */
export type VerifyRule =
  | 'require-digest' // an image pinned by tag alone
  | 'digest-missing' // the registry says it does not have the digest
  | 'registry-error' // the registry could not tell us (unreachable, 401, retries exhausted…)
  | 'platform-missing' // the image lacks a required platform
  | 'tag-moved' // the tag no longer resolves to the pinned digest
  | 'tag-missing' // a reference pinned by tag alone whose tag the registry does not have
  | 'values-schema' // a Helm values file breaks its chart's values.schema.json
  | 'invalid-reference' // an image reference, tag or digest that does not parse
  | 'unreadable-image' // an image whose value cannot be read (an alias or block scalar that resolves to no reference)
  | 'invalid-yaml'; // a file that is not YAML

/** One broken rule at one place. `line` is 1-based; 0 when it concerns the whole file. */
export interface Violation {
  file: string;
  line: number;
  /** The image as written (`ghcr.io/org/api:1.7.3@sha256:…`), '' when the rule is not about one. */
  image: string;
  rule: VerifyRule;
  message: string;
}

/** Something that was not checked, and why. */
export interface VerifyWarning {
  file: string;
  line: number;
  message: string;
}

function byPlace(a: { file: string; line: number }, b: { file: string; line: number }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

/** Violations sorted by file, line and rule, each reported once. */
export function sortedViolations(violations: readonly Violation[]): Violation[] {
  const seen = new Set<string>();
  const unique = violations.filter((v) => {
    const key = JSON.stringify([v.file, v.line, v.rule, v.image, v.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => byPlace(a, b) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** Warnings sorted by file and line, each reported once. */
export function sortedWarnings(warnings: readonly VerifyWarning[]): VerifyWarning[] {
  const seen = new Set<string>();
  return warnings
    .filter((w) => {
      const key = JSON.stringify([w.file, w.line, w.message]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(byPlace);
}

/** How many violations break each rule, in the order of the rules above. */
export function countByRule(violations: readonly Violation[]): Array<[VerifyRule, number]> {
  const counts = new Map<VerifyRule, number>();
  for (const v of violations) counts.set(v.rule, (counts.get(v.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => RULE_ORDER.indexOf(a[0]) - RULE_ORDER.indexOf(b[0]));
}

export const RULE_ORDER: readonly VerifyRule[] = [
  'require-digest',
  'digest-missing',
  'registry-error',
  'platform-missing',
  'tag-moved',
  'tag-missing',
  'values-schema',
  'invalid-reference',
  'unreadable-image',
  'invalid-yaml',
];
