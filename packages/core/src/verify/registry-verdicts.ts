/**
 * Judge each image by what its registry answered. Fail closed: `present` passes, `missing`
 * is `digest-missing`, and anything else (unreachable, refused, retries exhausted, a platform
 * that cannot be read) is `registry-error`, never a pass and never "missing".
 */
import { describeTarget, type ManifestLookup } from '../registry/registry-lookup.js';
import type { ImageCheck } from './image-checks.js';
import { missingPlatforms } from './platforms.js';
import type { Violation, VerifyRule } from './violation.js';

/** Lookups by `describeTarget` of what was looked up. */
export type LookupResults = ReadonlyMap<string, ManifestLookup>;

function lookupOf(results: LookupResults, target: ImageCheck['digestTarget']) {
  if (target === undefined) return undefined;
  const found = results.get(describeTarget(target));
  if (found === undefined) throw new Error(`no lookup for ${describeTarget(target)}`);
  return found;
}

function platformViolation(
  check: ImageCheck,
  lookup: ManifestLookup,
  platforms: readonly string[],
): { rule: VerifyRule; message: string } | undefined {
  if (lookup.status !== 'present' || platforms.length === 0) return undefined;
  const { manifest } = lookup;
  const where = describeTarget(lookup.target);
  if (manifest.kind === 'index') {
    const missing = missingPlatforms(platforms, manifest.platforms);
    if (missing.length === 0) return undefined;
    const holds = manifest.platforms.length > 0 ? manifest.platforms.join(', ') : 'no platform';
    return {
      rule: 'platform-missing',
      message: `${where} has no image for ${missing.join(', ')}: its index holds ${holds}`,
    };
  }
  const own = manifest.platforms[0];
  if (own === undefined)
    return {
      rule: 'registry-error',
      message: `could not verify the platform of ${where}: ${manifest.platformProblem ?? 'its config names none'}`,
    };
  const missing = missingPlatforms(platforms, [own]);
  if (missing.length === 0) return undefined;
  return {
    rule: 'platform-missing',
    message: `${where} is a single-platform image for ${own}, not ${missing.join(', ')}`,
  };
}

/** A reference pinned by tag alone: the tag must exist. */
function tagOnlyViolation(
  lookup: ManifestLookup,
): { rule: VerifyRule; message: string } | undefined {
  const where = describeTarget(lookup.target);
  if (lookup.status === 'error')
    return { rule: 'registry-error', message: `could not verify the tag: ${lookup.message}` };
  if (lookup.status === 'missing')
    return { rule: 'tag-missing', message: `${where} does not exist: ${lookup.message}` };
  return undefined;
}

function tagViolation(
  check: ImageCheck,
  lookup: ManifestLookup,
): { rule: VerifyRule; message: string } | undefined {
  const digest = check.record.digest;
  if (digest === undefined) return tagOnlyViolation(lookup);
  const where = describeTarget(lookup.target);
  if (lookup.status === 'error')
    return { rule: 'registry-error', message: `could not verify the tag: ${lookup.message}` };
  if (lookup.status === 'missing')
    return {
      rule: 'tag-moved',
      message: `${where} no longer exists, so it no longer resolves to the pinned ${digest}: ${lookup.message}`,
    };
  const { manifest } = lookup;
  if (manifest.digest === digest) return undefined;
  // A digest pinned from inside the index the tag names is still what the tag resolves to.
  if (manifest.manifests.some((m) => m.digest === digest)) return undefined;
  return {
    rule: 'tag-moved',
    message: `${where} now resolves to ${manifest.digest}, not the pinned ${digest}: the tag moved after the pin`,
  };
}

/** The violations of one image, given every lookup of the run. */
export function registryVerdicts(
  check: ImageCheck,
  results: LookupResults,
  platforms: readonly string[],
): Violation[] {
  const { record, image } = check;
  const found: Violation[] = [];
  const add = (line: number, v: { rule: VerifyRule; message: string } | undefined) => {
    if (v) found.push({ file: record.file, line, image, ...v });
  };
  const byDigest = lookupOf(results, check.digestTarget);
  const byTag = lookupOf(results, check.tagTarget);
  if (byDigest?.status === 'missing') {
    // The tag's digest is the likely fix; a second violation would only repeat the first.
    const hint =
      byTag?.status === 'present'
        ? ` (${describeTarget(byTag.target)} resolves to ${byTag.manifest.digest})`
        : '';
    add(record.digestLine, {
      rule: 'digest-missing',
      message: `digest not found: ${byDigest.message}${hint}`,
    });
    return found;
  }
  if (byDigest?.status === 'error')
    add(record.digestLine, {
      rule: 'registry-error',
      message: `could not verify ${byDigest.message}`,
    });
  else if (byDigest) add(record.digestLine, platformViolation(check, byDigest, platforms));
  if (byTag) add(record.tagLine, tagViolation(check, byTag));
  return found;
}
