/**
 * component-tags.json: the one artifact between an app repo's build and its config repo.
 * A map from service to `{tag, sha?, digest?, image?}`; loaded, validated and merged here.
 */
import type { ErrorObject } from 'ajv';
import validateSchema from './generated/component-tags-validator.js';
import { ComponentTagsError, InputError, quote } from './errors.js';
import { digestProblem, parseRepository, repositoryOf, tagProblem } from './reference.js';

/** One service's image, as a build recorded it. */
export interface ComponentTag {
  tag: string;
  sha?: string;
  digest?: string;
  image?: string;
}

/** Service name -> its image. */
export type ComponentTags = Record<string, ComponentTag>;

/** A name for a message: at most 80 characters (a 10 MB key is not echoed whole). */
function clipped(name: string): string {
  return name.length > 80 ? `${name.slice(0, 80)}…` : name;
}

/** Turn one ajv error into a ComponentTagsError naming the service and field. */
function toComponentTagsError(
  source: string,
  data: unknown,
  error: ErrorObject,
): ComponentTagsError {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const [fullService = '', field = ''] = parts;
  const service = clipped(fullService);
  const value =
    field && typeof data === 'object' && data !== null
      ? (data as Record<string, Record<string, unknown>>)[fullService]?.[field]
      : undefined;
  const shown = typeof value === 'string' ? `${quote(value)} ` : '';
  switch (error.keyword) {
    case 'propertyNames':
      return new ComponentTagsError(
        source,
        clipped(String(error.params.propertyName ?? '')),
        '',
        'is not a valid service name: expected letters, digits, ".", "_" or "-", at most 63 characters',
      );
    case 'required':
      return new ComponentTagsError(
        source,
        service,
        String(error.params.missingProperty),
        'is required',
      );
    case 'additionalProperties':
      return new ComponentTagsError(
        source,
        service,
        String(error.params.additionalProperty),
        'is not a known field (expected tag, sha, digest, image)',
      );
    case 'pattern': {
      const rule =
        field === 'tag'
          ? tagProblem(String(value))
          : field === 'digest'
            ? digestProblem(String(value))
            : undefined;
      return new ComponentTagsError(
        source,
        service,
        field,
        `${shown}${rule ?? `must match ${error.params.pattern}`}`,
      );
    }
    default:
      return new ComponentTagsError(
        source,
        service,
        field,
        `${shown}${error.message ?? 'is invalid'}`,
      );
  }
}

/**
 * Validate parsed JSON as component tags. Throws the first problem as a ComponentTagsError
 * (all of them are listed in its message when there are several).
 */
export function validateComponentTags(data: unknown, source = 'component-tags'): ComponentTags {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ComponentTagsError(
      source,
      '',
      '',
      'must be a JSON object mapping service names to {tag, sha, digest, image}',
    );
  if (!validateSchema(data)) {
    const errors = (validateSchema.errors ?? []).map((e) => toComponentTagsError(source, data, e));
    const first = errors[0] as ComponentTagsError;
    if (errors.length > 1)
      first.message += ` (and ${errors.length - 1} more: ${errors
        .slice(1, 6)
        .map((e) => e.message)
        .join('; ')}${errors.length > 6 ? '; …' : ''})`;
    throw first;
  }
  const tags = data as ComponentTags;
  for (const [service, entry] of Object.entries(tags)) {
    if (entry.image === undefined) continue;
    try {
      parseRepository(entry.image);
    } catch (error) {
      throw new ComponentTagsError(source, service, 'image', (error as Error).message);
    }
  }
  return tags;
}

/** Parse component-tags JSON text; a syntax error names the source. */
export function parseComponentTags(text: string, source = 'component-tags'): ComponentTags {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ComponentTagsError(source, '', '', `is not valid JSON: ${(error as Error).message}`);
  }
  return validateComponentTags(data, source);
}

/** Serialise component tags as stable, reviewable JSON (services sorted, two-space indent). */
export function formatComponentTags(tags: ComponentTags): string {
  const sorted: ComponentTags = {};
  for (const service of Object.keys(tags).sort()) {
    const { tag, sha, digest, image } = tags[service] as ComponentTag;
    sorted[service] = {
      tag,
      ...(sha ? { sha } : {}),
      ...(digest ? { digest } : {}),
      ...(image ? { image } : {}),
    };
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/**
 * Merge several component-tags maps. The same service in two maps must agree field by field
 * (a field only one side has is taken); a conflict throws, naming the service and the field.
 */
export function mergeComponentTags(
  sources: ReadonlyArray<{ name: string; tags: ComponentTags }>,
): ComponentTags {
  const merged: ComponentTags = {};
  const origin: Record<string, string> = {};
  for (const { name, tags } of sources) {
    for (const [service, entry] of Object.entries(tags)) {
      const existing = merged[service];
      if (!existing) {
        merged[service] = { ...entry };
        origin[service] = name;
        continue;
      }
      for (const field of ['tag', 'sha', 'digest', 'image'] as const) {
        const a = existing[field];
        const b = entry[field];
        if (a !== undefined && b !== undefined && a !== b)
          throw new ComponentTagsError(
            name,
            service,
            field,
            `${JSON.stringify(b)} conflicts with ${JSON.stringify(a)} from ${origin[service]}`,
          );
        if (a === undefined && b !== undefined) existing[field] = b;
      }
    }
  }
  return merged;
}

/** The entry's repository normalised for writing, or undefined when it has no image. */
export function imageOf(entry: ComponentTag): string | undefined {
  return entry.image === undefined ? undefined : repositoryOf(parseRepository(entry.image));
}

/**
 * Only the named services (all when `services` is empty); a name that is not in the map is an
 * error naming the input.
 */
export function selectServices(
  tags: ComponentTags,
  services: readonly string[],
  input = 'services',
): ComponentTags {
  if (services.length === 0) return tags;
  const selected: ComponentTags = {};
  for (const service of services) {
    const entry = tags[service];
    if (!entry)
      throw new InputError(
        input,
        service,
        `is not a service in component-tags (it has ${Object.keys(tags).join(', ') || 'none'})`,
      );
    selected[service] = entry;
  }
  return selected;
}
