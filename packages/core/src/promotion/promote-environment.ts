/**
 * Promote one environment to another (open-promotion-pr's `mode: promote`, the CLI's
 * `promote --from-environment`): read the source environment's pinned images at the base,
 * then open the promotion that sets the target's files to them. And the dry run of any
 * promotion: the plan on the current base, with nothing written.
 */
import type { ComponentTags } from '../component-tags.js';
import { inlineCode } from '../markdown.js';
import { imagesAsComponentTags, readEnvironmentImages } from './environment-images.js';
import type { GitHubApi, PromotionLog } from './github-api.js';
import { explainingGitHubApi } from './github-errors.js';
import { type BaseRead, readBaseOf } from './base-read.js';
import {
  type GateBase,
  openPromotion,
  planOnBase,
  type PromotionRequest,
  type PromotionResult,
} from './open-promotion.js';
import { holdsEntry } from './holds-source.js';
import { type PromotionPlan, selectPromotionFiles } from './promotion-plan.js';
import { readBlobTexts, type RepositoryTree } from './repository-reader.js';
import type { SourceImage } from './gates/gate-facts.js';

/** A promotion from `fromEnvironment`: the promotion's settings but its component tags. */
export interface EnvironmentPromotionRequest extends Omit<
  PromotionRequest,
  'componentTags' | 'write' | 'failOnMissing' | 'heading'
> {
  /** The environment whose images are copied. */
  fromEnvironment: string;
  /** The source environment's glob lines, `{env}` already replaced by `fromEnvironment`. */
  sourcePatterns: readonly string[];
  /** Only these services (empty: every service the source pins). */
  services: readonly string[];
  /** The promotion's gates, made from the source images once they are read; absent: none. */
  gatesFor?: (sources: readonly SourceImage[]) => PromotionRequest['gate'];
}

export interface EnvironmentPromotionResult {
  result: PromotionResult;
  /** The source environment's images, as the component tags the target was bumped to. */
  componentTags: ComponentTags;
}

/**
 * The blobs a promotion between environments reads on the base: the source's files, the
 * target's and the holds file; none when the source matches no file (that fails first).
 */
function filesToRead(tree: RepositoryTree, request: EnvironmentPromotionRequest): string[] {
  const source = selectPromotionFiles(tree.entries, request.sourcePatterns).files;
  if (source.length === 0) return [];
  const target = selectPromotionFiles(tree.entries, request.filePatterns).files;
  const holds = request.holds ? holdsEntry(tree.entries, request.holds.path) : undefined;
  return [...source, ...target, ...(holds ? [holds] : [])].map((entry) => entry.sha);
}

/** The promotion request that sets the target to the source's images, and those images. */
async function sourcePromotion(
  api: GitHubApi,
  request: EnvironmentPromotionRequest,
  log: PromotionLog,
  given?: Promise<BaseRead>,
): Promise<{ promotion: PromotionRequest; componentTags: ComponentTags; read: BaseRead }> {
  const { fromEnvironment: from, sourcePatterns, services, gatesFor, ...common } = request;
  // The source and the target are read on one base commit, read once, their files together.
  const base = await (given ?? readBaseOf(api, request));
  const texts = await readBlobTexts(api, request.repository, filesToRead(base.tree, request));
  const read: BaseRead = { ...base, texts };
  const at = {
    base: read.snapshot.base,
    head: read.snapshot.baseHead.sha,
    entries: read.tree.entries,
    texts,
  };
  const images = await readEnvironmentImages(
    api,
    request.repository,
    { patterns: sourcePatterns, services },
    log,
    at,
  );
  const componentTags = imagesAsComponentTags(images);
  const gate = gatesFor?.([...images.values()]);
  const promotion: PromotionRequest = {
    ...common,
    ...(gate ? { gate } : {}),
    titleTemplate:
      request.titleTemplate || `chore(deploy): promote {services} from ${from} to {env}`,
    heading: `### Promotion ${inlineCode(from)} → ${inlineCode(request.environment)}`,
    componentTags,
    write: 'tag+digest',
    // A service the target lacks is reported, not added (and never fails the promotion).
    failOnMissing: false,
  };
  return { promotion, componentTags, read };
}

/**
 * Open or update the pull request that promotes `fromEnvironment` to `environment`; `given`: the
 * base read the caller started (`startBaseRead`), else it is read here.
 */
export async function promoteEnvironment(
  api: GitHubApi,
  request: EnvironmentPromotionRequest,
  log: PromotionLog,
  given?: Promise<BaseRead>,
): Promise<EnvironmentPromotionResult> {
  const explained = explainingGitHubApi(api, request.repository);
  const { promotion, componentTags, read } = await sourcePromotion(explained, request, log, given);
  return { result: await openPromotion(api, promotion, log, read), componentTags };
}

/** What a promotion would write on the current base: no branch, commit or pull request. */
export interface PromotionPreview {
  base: string;
  /** The base as the gates read it (`promote --explain` evaluates them on it), when known. */
  at?: GateBase;
  plan: PromotionPlan;
  componentTags: ComponentTags;
}

/** The dry run of `openPromotion`: read the base and plan every edit, writing nothing. */
export async function previewPromotion(
  client: GitHubApi,
  request: PromotionRequest,
  log: PromotionLog,
  read?: BaseRead,
): Promise<PromotionPreview> {
  const api = explainingGitHubApi(client, request.repository);
  const { base, baseSha, entries, plan } = await planOnBase(api, request, log, read);
  const at = entries ? { at: { base, baseSha, entries } } : {};
  return { base, ...at, plan, componentTags: request.componentTags };
}

/** The dry run of `promoteEnvironment`. */
export async function previewEnvironmentPromotion(
  api: GitHubApi,
  request: EnvironmentPromotionRequest,
  log: PromotionLog,
): Promise<PromotionPreview> {
  const explained = explainingGitHubApi(api, request.repository);
  const { promotion, read } = await sourcePromotion(explained, request, log);
  return previewPromotion(api, promotion, log, read);
}
