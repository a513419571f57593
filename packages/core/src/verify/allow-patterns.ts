/**
 * The `allow` input: repository patterns exempt from `require-digest`. Patterns and
 * repositories are compared normalised (`busybox` is `docker.io/library/busybox`); `*` matches
 * within a path segment, `**` across segments.
 */
import picomatch from 'picomatch';
import { InputError } from '../errors.js';
import { normalizeRepositoryText } from '../reference.js';

const PATTERN_CHARS = /^[a-z0-9._\-/:*?[\]{},]+$/;
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** Tells whether a normalised repository is exempt. */
export type AllowList = (normalizedRepository: string) => boolean;

/** Whether a first segment names a registry (as in the reference grammar). */
function isDomain(segment: string): boolean {
  return segment.includes('.') || segment.includes(':') || segment === 'localhost';
}

/** Normalise a pattern the way repositories are normalised, keeping its globs. */
export function normalizeAllowPattern(pattern: string, input = 'allow'): string {
  // A negation would exempt every repository but one: `allow` must fail closed.
  if (pattern.includes('!'))
    throw new InputError(
      input,
      pattern,
      'is a negation: allow lists only the repositories exempt from require-digest, it cannot exclude any',
    );
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pattern))
    throw new InputError(
      input,
      pattern,
      'is a URL: write the repository without a scheme (e.g. ghcr.io/acme/api)',
    );
  if (!PATTERN_CHARS.test(pattern))
    throw new InputError(
      input,
      pattern,
      'is not a repository pattern: lowercase repository characters and * globs only, no tag or digest',
    );
  if (!/[*?[\]{}]/.test(pattern)) {
    const normal = normalizeRepositoryText(pattern);
    if (normal === undefined)
      throw new InputError(
        input,
        pattern,
        'is not a repository (e.g. ghcr.io/acme/api or busybox)',
      );
    return normal;
  }
  const segments = pattern.split('/');
  const first = segments[0] as string;
  if (first === '**') return pattern;
  if (isDomain(first)) {
    const domain = HUB_ALIASES.has(first) ? 'docker.io' : first;
    const path = segments.slice(1);
    const hubOfficial = domain === 'docker.io' && path.length === 1 && path[0] !== '**';
    return [domain, ...(hubOfficial ? ['library'] : []), ...path].join('/');
  }
  const hubOfficial = segments.length === 1;
  return ['docker.io', ...(hubOfficial ? ['library'] : []), ...segments].join('/');
}

/** Longer than any pattern a repository name (at most 255 characters) needs. */
const MAX_PATTERN_LENGTH = 1024;

/** Parse the allow lines into a matcher over normalised repositories. */
export function parseAllowList(lines: readonly string[], input = 'allow'): AllowList {
  if (lines.length === 0) return () => false;
  const long = lines.find((line) => line.length > MAX_PATTERN_LENGTH);
  if (long !== undefined)
    throw new InputError(input, long, `is longer than ${MAX_PATTERN_LENGTH} characters`);
  const patterns = lines.map((line) => normalizeAllowPattern(line, input));
  const isMatch = picomatch(patterns, { dot: true });
  return (repository) => isMatch(repository);
}
