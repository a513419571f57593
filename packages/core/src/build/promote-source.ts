/**
 * emit-tags `mode: retag | resolve`: promote images already built. Resolve each image's source
 * (explicit tag or policy), render its tags from the source's own labels, plan every tag of
 * every image (an immutable conflict fails before anything is pushed), then push and read back.
 */
import type { ServiceImage } from './build-tags.js';
import type { ComponentTags } from '../component-tags.js';
import { placeholdersOf, renderTag, shortSha, type TagContext } from './tag-template.js';
import { ReleaseVersionError } from './retag-errors.js';
import { applyRetag, planRetag, type PlannedTag, type WantedTag } from './retag.js';
import {
  resolveSource,
  type ResolvedSource,
  type RetagRegistry,
  type SourceSpec,
} from './resolve-source.js';

export type SourceMode = 'retag' | 'resolve';

export interface SourcePromotionInputs {
  mode: SourceMode;
  images: readonly ServiceImage[];
  source: SourceSpec;
  /** Tag templates (`tags`); the first is the tag recorded. */
  templates: readonly string[];
  /** Used when neither the labels nor the filter's groups give a value. */
  fallback: { sha: string; version?: string; env?: string; branch?: string; runNumber?: string };
  shortShaLength: number;
  /** Unix seconds for `{{timestamp}}`: the promotion time unless the input gives one. */
  timestamp: number;
  /** Plan and report, push nothing. */
  dryRun: boolean;
  /** Fail before any push when the first image has no version (`release: true` names it). */
  needsVersion?: boolean;
}

/** Where `{{version}}` and `{{sha}}` came from. */
export type ValueOrigin = 'label' | 'filter' | 'input';

export interface PromotedImage {
  source: Omit<ResolvedSource, 'body'>;
  version?: { value: string; from: ValueOrigin };
  sha: { value: string; from: ValueOrigin };
  /** Empty in resolve mode. */
  tags: PlannedTag[];
}

export interface SourcePromotion {
  mode: SourceMode;
  dryRun: boolean;
  images: PromotedImage[];
  record: ComponentTags;
  /** Tags PUT (0 in a dry run, a resolve, or a re-run). */
  pushed: number;
}

function pick(label?: string, group?: string, input?: string) {
  if (label !== undefined) return { value: label, from: 'label' as const };
  if (group !== undefined && group !== '') return { value: group, from: 'filter' as const };
  return input === undefined || input === '' ? undefined : { value: input, from: 'input' as const };
}

function valuesOf(source: ResolvedSource, inputs: SourcePromotionInputs) {
  const groups = source.choice?.groups ?? {};
  const version = pick(
    source.labels.version?.replace(/^v/, ''),
    groups.version,
    inputs.fallback.version,
  );
  const sha = pick(source.labels.revision, groups.sha, inputs.fallback.sha) ?? {
    value: inputs.fallback.sha,
    from: 'input' as const,
  };
  return { version, sha };
}

function contextOf(inputs: SourcePromotionInputs, values: ReturnType<typeof valuesOf>): TagContext {
  const { env, branch, runNumber } = inputs.fallback;
  return {
    sha: values.sha.value,
    shortSha: shortSha(values.sha.value, inputs.shortShaLength),
    timestamp: inputs.timestamp,
    ...(values.version ? { version: values.version.value } : {}),
    ...(env ? { env } : {}),
    ...(branch ? { branch } : {}),
    ...(runNumber ? { runNumber } : {}),
  };
}

async function planImage(
  registry: RetagRegistry,
  image: ServiceImage,
  inputs: SourcePromotionInputs,
) {
  const source = await resolveSource(registry, image, inputs.source);
  const values = valuesOf(source, inputs);
  if (inputs.mode === 'resolve') return { source, values, tags: [] };
  const context = contextOf(inputs, values);
  const wanted = new Map<string, WantedTag>();
  for (const template of inputs.templates) {
    const tag = renderTag(template, context);
    if (!wanted.has(tag)) wanted.set(tag, { tag, alias: placeholdersOf(template).length === 0 });
  }
  return { source, values, tags: await planRetag(registry, source, [...wanted.values()]) };
}

function recordOf(
  planned: ReadonlyArray<Awaited<ReturnType<typeof planImage>>>,
  length: number,
): ComponentTags {
  const record: ComponentTags = {};
  for (const { source, values, tags } of planned)
    record[source.service] = {
      tag: tags[0]?.tag ?? source.tag,
      sha: shortSha(values.sha.value, length),
      digest: source.digest,
      image: source.repository,
    };
  return record;
}

/** Resolve, plan, then (retag, not dry run) push; every check passes before the first push. */
export async function promoteImages(
  registry: RetagRegistry,
  inputs: SourcePromotionInputs,
): Promise<SourcePromotion> {
  const planned = [];
  for (const image of inputs.images) planned.push(await planImage(registry, image, inputs));
  if (inputs.needsVersion && planned[0] !== undefined && planned[0].values.version === undefined)
    throw new ReleaseVersionError(
      `'release: true' needs a version, and ${planned[0].source.repository}:${planned[0].source.tag} has no org.opencontainers.image.version label, the filter no 'version' group, and 'version' is empty; nothing was pushed`,
    );
  let pushed = 0;
  if (inputs.mode === 'retag' && !inputs.dryRun)
    for (const { source, tags } of planned) {
      await applyRetag(registry, source, tags);
      pushed += tags.filter((t) => t.action !== 'keep').length;
    }
  return {
    mode: inputs.mode,
    dryRun: inputs.dryRun,
    images: planned.map(({ source: { body: _body, ...source }, values, tags }) => ({
      source,
      ...(values.version ? { version: values.version } : {}),
      sha: values.sha,
      tags,
    })),
    record: recordOf(planned, inputs.shortShaLength),
    pushed,
  };
}
