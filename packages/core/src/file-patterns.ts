/**
 * The `files` inputs: glob lines relative to the workspace (or a repository tree), with `{env}`
 * replaced by the environment. Matching is pure over a list of paths, so the same code serves a
 * checked-out workspace and a tree read through the GitHub API.
 */
import picomatch from 'picomatch';
import { InputError } from './errors.js';

export interface FilePatternResult {
  /** Matching paths, sorted, each once. */
  files: string[];
  /** Patterns that matched nothing (after `{env}` substitution). */
  unmatched: string[];
}

/** Expand `{env}` in each pattern; a pattern that needs it without an environment is an error. */
export function expandEnvironment(
  patterns: readonly string[],
  environment: string,
  input = 'files',
): string[] {
  return patterns.map((pattern) => {
    if (!pattern.includes('{env}')) return pattern;
    if (environment === '')
      throw new InputError(input, pattern, "uses {env}, but 'environment' is empty");
    return pattern.replaceAll('{env}', environment);
  });
}

/** Check a pattern stays inside the root: relative, no `..` segment. */
function checkPattern(pattern: string, input: string): void {
  if (pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern))
    throw new InputError(input, pattern, 'must be relative to the workspace, not absolute');
  if (pattern.split('/').includes('..'))
    throw new InputError(input, pattern, 'must not leave the workspace (no .. segments)');
}

/**
 * Check glob lines before anything is read or requested: each relative with no `..` segment
 * (excludes too), and at least one that includes; an InputError naming `input` otherwise.
 */
export function checkFilePatterns(patterns: readonly string[], input = 'files'): void {
  const include = patterns.filter((p) => !p.startsWith('!'));
  for (const p of patterns) checkPattern(p.startsWith('!') ? p.slice(1) : p, input);
  if (include.length === 0)
    throw new InputError(input, patterns.join('\n'), 'lists no file pattern');
}

/** Path segments without glob syntax: letters, digits, `_`, `.` and `-`. */
const LITERAL_PATTERN = /^[\w.-]+(?:\/[\w.-]+)*$/;

/**
 * A matcher for `pattern`: picomatch's, or, for a pattern without glob syntax (a plain path,
 * as `helm/app/values-{env}.yaml` is once `{env}` is replaced), a string comparison, which is
 * what picomatch answers for it (file-patterns.test.ts checks both agree) without compiling a
 * regular expression, a few milliseconds of a one-file run's start.
 */
function matcherOf(
  pattern: string,
  options: picomatch.PicomatchOptions,
): (path: string) => boolean {
  if (LITERAL_PATTERN.test(pattern) && !pattern.split('/').includes('.'))
    return (path) => path === pattern;
  return picomatch(pattern, options);
}

/**
 * Match `paths` (relative, `/`-separated) against glob lines. Lines starting with `!` exclude.
 */
export function matchFilePatterns(
  paths: readonly string[],
  patterns: readonly string[],
  input = 'files',
): FilePatternResult {
  checkFilePatterns(patterns, input);
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const options = { dot: true };
  const excluded = exclude.length > 0 ? picomatch(exclude, options) : () => false;
  const matched = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of include) {
    const isMatch = matcherOf(pattern, options);
    let any = false;
    for (const path of paths) {
      if (isMatch(path) && !excluded(path)) {
        matched.add(path);
        any = true;
      }
    }
    if (!any) unmatched.push(pattern);
  }
  return { files: [...matched].sort(), unmatched };
}
