/**
 * Whether a bump would move an image backwards: a backport `v0.1.9` built after `v0.2.1`, or an
 * older build that pushed last. Semver tags (a leading `v` allowed) compare as semver, and a
 * pre-release never replaces a release. Tags that are not both semver compare by their build
 * times when both are known (component-tags `created`, RFC 3339); otherwise nothing is said.
 */
import compare from 'semver/functions/compare.js';
import parse from 'semver/functions/parse.js';

/** A tag and, when known, when its image was built (RFC 3339). */
export interface TagPoint {
  tag: string;
  created?: string;
}

/** Why moving from `current` to `next` goes backwards, or `undefined` when it does not. */
export function downgradeProblem(current: TagPoint, next: TagPoint): string | undefined {
  if (current.tag === next.tag || current.tag === '') return undefined;
  const from = parse(current.tag);
  const to = parse(next.tag);
  if (from && to) {
    if (to.prerelease.length > 0 && from.prerelease.length === 0)
      return `${next.tag} is a pre-release and the current tag ${current.tag} is a release`;
    return compare(to, from) < 0 ? `${next.tag} is older than ${current.tag} (semver)` : undefined;
  }
  const before = Date.parse(current.created ?? '');
  const after = Date.parse(next.created ?? '');
  if (Number.isNaN(before) || Number.isNaN(after) || after >= before) return undefined;
  return (
    `${next.tag} was built at ${next.created}, before the current tag ${current.tag} ` +
    `(built at ${current.created})`
  );
}
