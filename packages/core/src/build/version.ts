/**
 * Version resolution for `{{version}}`: an explicit input, else the release-please manifest,
 * else the newest `v*` semver tag reachable from the commit, else package.json's version.
 * Pure: the caller reads the files and lists the tags.
 */
// Two functions, not the whole package: its ranges and comparators cost start time for nothing.
import parse from 'semver/functions/parse.js';
import rcompare from 'semver/functions/rcompare.js';
import { InputError, PromoteError } from '../errors.js';

export type VersionSource = 'input' | 'release-please-manifest' | 'git-tag' | 'package.json';

export interface ResolvedVersion {
  version: string;
  source: VersionSource;
}

export interface VersionEvidence {
  /** The `version` input as given ('' when not set). */
  input: string;
  /** `.release-please-manifest.json` content, when the file exists. */
  releasePleaseManifest?: string;
  /** Tag names reachable from the commit (any order). */
  gitTags?: readonly string[];
  /** `package.json` content, when the file exists. */
  packageJson?: string;
}

/** Validate a version: semver, a leading `v` accepted and stripped. */
export function normalizeVersion(value: string, input = 'version'): string {
  const trimmed = value.trim();
  const bare = trimmed.replace(/^v/, '');
  if (!/^[0-9]/.test(bare) || parse(bare) === null)
    throw new InputError(
      input,
      value,
      'is not a semantic version (expected e.g. 1.2.3 or v1.2.3-rc.1)',
    );
  return bare;
}

/**
 * The version in a release-please manifest: its `.` entry, or its only entry. A manifest of
 * several packages without `.` is an InputError naming them (`version` must say which).
 */
export function versionFromReleasePleaseManifest(text: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PromoteError(
      `.release-please-manifest.json is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const entries = data as Record<string, unknown>;
  const packages = Object.keys(entries);
  if (entries['.'] === undefined && packages.length > 1)
    throw new InputError(
      'version',
      '',
      `is needed: .release-please-manifest.json holds several packages ` +
        `(${packages.map((p) => `'${p}'`).join(', ')}) and no '.' entry, so which one this ` +
        "image is cannot be told; give version, e.g. release-please's output for the package " +
        `(steps.release.outputs['${packages[0]}--version'])`,
    );
  const value = entries['.'] ?? (packages.length === 1 ? Object.values(entries)[0] : undefined);
  if (value === undefined) return undefined;
  return normalizeVersion(String(value), '.release-please-manifest.json');
}

/** The newest semver among `v*` tags, or undefined. */
export function versionFromGitTags(tags: readonly string[]): string | undefined {
  const versions = tags
    .filter((t) => t.startsWith('v'))
    .map((t) => t.slice(1))
    .filter((v) => /^[0-9]/.test(v) && parse(v) !== null);
  return versions.sort(rcompare)[0];
}

/** The version field of package.json, or undefined. */
export function versionFromPackageJson(text: string): string | undefined {
  let data: { version?: unknown };
  try {
    data = JSON.parse(text) as { version?: unknown };
  } catch {
    return undefined;
  }
  return typeof data.version === 'string'
    ? normalizeVersion(data.version, 'package.json version')
    : undefined;
}

/** The manifest's version, or the InputError saying it holds several packages. */
function manifestVersion(text: string): string | InputError | undefined {
  try {
    return versionFromReleasePleaseManifest(text);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

/**
 * Resolve the version from the evidence in priority order; undefined when there is none. A
 * release-please manifest of several packages decides nothing: when the version is `needed`
 * that is an InputError naming the packages (no fallback would be the right package's version).
 */
export function resolveVersion(
  evidence: VersionEvidence,
  needed = false,
): ResolvedVersion | undefined {
  if (evidence.input.trim() !== '')
    return { version: normalizeVersion(evidence.input), source: 'input' };
  if (evidence.releasePleaseManifest !== undefined) {
    const version = manifestVersion(evidence.releasePleaseManifest);
    if (version instanceof InputError) {
      if (needed) throw version;
      return undefined;
    }
    if (version) return { version, source: 'release-please-manifest' };
  }
  const tagged = versionFromGitTags(evidence.gitTags ?? []);
  if (tagged) return { version: tagged, source: 'git-tag' };
  if (evidence.packageJson !== undefined) {
    const version = versionFromPackageJson(evidence.packageJson);
    if (version) return { version, source: 'package.json' };
  }
  return undefined;
}
