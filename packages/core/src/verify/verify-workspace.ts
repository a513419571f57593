/**
 * verify-digests from end to end, over a tree of files and a registry client: collect the
 * images, plan the checks, look every unique manifest up once, judge, validate Helm values.
 */
import type { ManifestLookup, ManifestTarget } from '../registry/registry-lookup.js';
import { describeTarget } from '../registry/registry-lookup.js';
import type { TreeSource } from './chart-files.js';
import { withChartRepositories } from './chart-repositories.js';
import { collectImages, type TextFile } from './collect-images.js';
import { componentTagImages } from './component-tag-images.js';
import { type CheckName, type ImageRules, planChecks } from './image-checks.js';
import type { ImageOrigin } from './image-record.js';
import { registryVerdicts } from './registry-verdicts.js';
import { loadSchemaCompiler } from '../json-schema.js';
import { hasValuesSchema, valuesSchemaChecker } from './values-schema.js';
import {
  sortedViolations,
  sortedWarnings,
  type VerifyWarning,
  type Violation,
} from './violation.js';

/** What verify-digests needs of a registry client. */
export interface ManifestSource {
  lookupManifest(target: ManifestTarget, options?: { platform?: boolean }): Promise<ManifestLookup>;
}

export interface VerifyRules extends ImageRules {
  schema: 'auto' | 'off';
}

export interface VerifyRequest {
  tree: TreeSource;
  /** The files to scan (paths of `tree`). */
  files: readonly string[];
  componentTags?: TextFile;
  rules: VerifyRules;
  /** Needed when `rules.checkRegistry`. */
  registry?: ManifestSource;
}

/** One image of the report: where, what, which checks ran and how it came out. */
export interface ImageReport {
  file: string;
  line: number;
  image: string;
  origin: ImageOrigin;
  keyPath: string;
  repositoryFrom?: string;
  checks: CheckName[];
  /** `not-checked` when no check applies (an `allow`ed tag, or every rule off). */
  status: 'passed' | 'failed' | 'not-checked';
}

export interface VerifyResult {
  files: string[];
  images: ImageReport[];
  /** Unique references (normalised) checked. */
  references: string[];
  /** Unique manifests looked up by digest and by tag. */
  lookups: { digests: number; tags: number };
  violations: Violation[];
  warnings: VerifyWarning[];
}

/** Look each target up once, all at once (the client bounds concurrency). */
async function lookUp(
  registry: ManifestSource,
  targets: readonly ManifestTarget[],
  platform: boolean,
): Promise<Array<[string, ManifestLookup]>> {
  return Promise.all(
    targets.map(
      async (t) => [describeTarget(t), await registry.lookupManifest(t, { platform })] as const,
    ),
  ) as Promise<Array<[string, ManifestLookup]>>;
}

/** Run every check; never throws for what it finds, only for what it cannot read. */
export async function verifyWorkspace(request: VerifyRequest): Promise<VerifyResult> {
  const { tree, rules } = request;
  const paths = [...new Set(request.files)];
  const files = paths.map((path) => ({ path, text: tree.read(path) }));
  const collected = collectImages(files);
  const fromTags = request.componentTags ? componentTagImages(request.componentTags) : undefined;
  const records = [...withChartRepositories(collected.records, tree), ...(fromTags?.records ?? [])];
  const plan = planChecks(records, rules);
  const registry = request.registry;
  if (rules.checkRegistry && registry === undefined)
    throw new Error('verifyWorkspace: checkRegistry needs a registry client');
  const answered =
    registry === undefined
      ? []
      : await Promise.all([
          lookUp(registry, plan.digestTargets, rules.platforms.length > 0),
          lookUp(registry, plan.tagTargets, false),
        ]);
  const results = new Map(answered.flat());
  const violations = [...collected.violations];
  const warnings = [...collected.warnings, ...(fromTags?.warnings ?? [])];
  const images: ImageReport[] = plan.checks.map((check) => {
    const found = [...check.violations, ...registryVerdicts(check, results, rules.platforms)];
    violations.push(...found);
    warnings.push(...check.warnings);
    const { record } = check;
    return {
      file: record.file,
      line: record.line,
      image: check.image,
      origin: record.origin,
      keyPath: record.keyPath,
      ...(record.repositoryFrom ? { repositoryFrom: record.repositoryFrom } : {}),
      checks: check.checks,
      status: found.length > 0 ? 'failed' : check.checks.length > 0 ? 'passed' : 'not-checked',
    };
  });
  // ajv is loaded only when some chart has a schema: without one, no file has violations.
  if (rules.schema === 'auto' && hasValuesSchema(tree)) {
    const schema = valuesSchemaChecker(tree, await loadSchemaCompiler());
    for (const file of paths) violations.push(...schema.violationsOf(file));
  }
  return {
    files: paths,
    images,
    references: plan.references,
    lookups: { digests: plan.digestTargets.length, tags: plan.tagTargets.length },
    violations: sortedViolations(violations),
    warnings: sortedWarnings(warnings),
  };
}
