/**
 * Which checks each image gets, and the registry lookups they need, each asked once: a manifest
 * by digest per unique (registry, repository, digest), by tag per unique tag when tags are
 * checked. Pure; the pinning rule (`require-digest`) is decided here, without the network.
 */
import { clip } from '../errors.js';
import { describeTarget, type ManifestTarget } from '../registry/registry-lookup.js';
import type { AllowList } from './allow-patterns.js';
import {
  type ImageRecord,
  imageText,
  type LocatedImage,
  locate,
  referenceKey,
} from './image-record.js';
import type { VerifyWarning, Violation } from './violation.js';

/** The image rules of a run, from the action's inputs. */
export interface ImageRules {
  requireDigest: boolean;
  allow: AllowList;
  checkRegistry: boolean;
  /** `os/arch[/variant]`, already validated. */
  platforms: readonly string[];
  checkTags: boolean;
}

/** `tag`: the tag still resolves to the pinned digest; `tag-exists`: a tag-only reference exists. */
export type CheckName = 'require-digest' | 'digest' | 'platforms' | 'tag' | 'tag-exists';

/** One image and what is checked about it. */
export interface ImageCheck {
  record: ImageRecord;
  /** `repository[:tag][@digest]` as written. */
  image: string;
  located?: LocatedImage;
  checks: CheckName[];
  /** Exempt from `require-digest` by `allow`. */
  allowed: boolean;
  /** The manifest looked up by digest, and by tag. */
  digestTarget?: ManifestTarget;
  tagTarget?: ManifestTarget;
  /** Broken rules known without the registry. */
  violations: Violation[];
  warnings: VerifyWarning[];
}

export interface CheckPlan {
  checks: ImageCheck[];
  /** Unique references (normalised) that at least one check applies to. */
  references: string[];
  digestTargets: ManifestTarget[];
  tagTargets: ManifestTarget[];
}

function requireDigestViolation(record: ImageRecord, image: string): Violation {
  const repository = record.repository ?? '<repository>';
  const pinned = `${repository}${record.tag === undefined ? '' : `:${record.tag}`}@sha256:…`;
  const why =
    record.tag === undefined
      ? 'names neither tag nor digest, so it runs whatever "latest" is at pull time'
      : 'is pinned by tag only, and a tag can move';
  return {
    file: record.file,
    // The offending value: the tag written without a digest (the image's line when none).
    line: record.tagLine,
    image,
    rule: 'require-digest',
    message: `${image} ${why}: pin it by digest (${pinned}) or list the repository in 'allow'`,
  };
}

/** Plan the checks of one record. */
export function planCheck(record: ImageRecord, rules: ImageRules): ImageCheck {
  const image = clip(imageText(record));
  const located = locate(record);
  const fromFile = record.origin !== 'component-tags';
  const allowed = located !== undefined && rules.allow(located.normalized);
  const check: ImageCheck = {
    record,
    image,
    ...(located ? { located } : {}),
    checks: [],
    allowed,
    violations: [],
    warnings: [],
  };
  if (fromFile && rules.requireDigest && !allowed) {
    check.checks.push('require-digest');
    if (record.digest === undefined) check.violations.push(requireDigestViolation(record, image));
  }
  if (rules.checkRegistry && record.digest === undefined) return withTagLookup(check, rules);
  if (!rules.checkRegistry || record.digest === undefined) return check;
  if (located === undefined) {
    check.warnings.push({
      file: record.file,
      line: record.line,
      message: `${record.keyPath}: ${image} names no repository (here or in the chart's values.yaml), so its digest cannot be checked against a registry`,
    });
    return check;
  }
  const target = { registry: located.registry, repository: located.path };
  check.digestTarget = { ...target, reference: record.digest };
  check.checks.push('digest');
  if (rules.platforms.length > 0) check.checks.push('platforms');
  if (rules.checkTags && record.tag !== undefined) {
    check.tagTarget = { ...target, reference: record.tag };
    check.checks.push('tag');
  }
  return check;
}

/**
 * A reference pinned by tag alone that `require-digest` let through (off, or `allow`): the tag
 * must exist in its registry, or Argo CD and Flux would deploy nothing (or something else later).
 */
function withTagLookup(check: ImageCheck, rules: ImageRules): ImageCheck {
  const { record, located } = check;
  if (!rules.checkRegistry || record.tag === undefined || check.violations.length > 0) return check;
  if (located === undefined) {
    check.warnings.push({
      file: record.file,
      line: record.tagLine,
      message: `${record.keyPath}: ${check.image} names no repository (here or in the chart's values.yaml), so its tag cannot be looked up in a registry`,
    });
    return check;
  }
  check.tagTarget = { registry: located.registry, repository: located.path, reference: record.tag };
  check.checks.push('tag-exists');
  return check;
}

function uniqueTargets(targets: ReadonlyArray<ManifestTarget | undefined>): ManifestTarget[] {
  const unique = new Map<string, ManifestTarget>();
  for (const target of targets)
    if (target !== undefined && !unique.has(describeTarget(target)))
      unique.set(describeTarget(target), target);
  return [...unique.values()];
}

/** Plan the checks of every record. */
export function planChecks(records: readonly ImageRecord[], rules: ImageRules): CheckPlan {
  const checks = records.map((record) => planCheck(record, rules));
  const references = new Set<string>();
  for (const check of checks)
    if (check.checks.length > 0 && check.located) references.add(referenceKey(check.located));
    else if (check.checks.length > 0) references.add(check.image);
  return {
    checks,
    references: [...references].sort(),
    digestTargets: uniqueTargets(checks.map((c) => c.digestTarget)),
    tagTargets: uniqueTargets(checks.map((c) => c.tagTarget)),
  };
}
